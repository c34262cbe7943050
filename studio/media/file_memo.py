"""Answers about a file remembered by its path, size and modification time: asking again about
an unchanged file costs a `stat`, and a file that changed is a new question."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


def file_key(path: Path) -> tuple[str, int, int]:
    """The file's absolute path, size and modification time (ns); OSError when it is gone."""
    stat = path.stat()
    return str(path.absolute()), stat.st_size, stat.st_mtime_ns


class FileMemo(Generic[T]):
    """`memo(path)` is `compute(path)`, computed once per version of the file (safe from any
    thread; the `size` most recently used answers are kept, and with `weigh`, only as many as
    fit in `budget` (bytes), the newest always)."""

    def __init__(self, compute: Callable[[Path], T], size: int = 64,
                 weigh: Callable[[T], int] | None = None, budget: int = 0) -> None:  # fmt: skip
        self.compute = compute
        self.size = size
        self.weigh, self.budget = weigh, budget
        self.hits = 0
        self.misses = 0
        self._answers: OrderedDict[tuple[str, int, int], T] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, path: Path) -> T:
        key = file_key(Path(path))
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                self.hits += 1
                return self._answers[key]
            self.misses += 1
        answer = self.compute(Path(path))  # outside the lock: other files need not wait
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.size or self._over_budget():
                self._answers.popitem(last=False)
        return answer

    def _over_budget(self) -> bool:
        if self.weigh is None or len(self._answers) < 2:
            return False
        return sum(self.weigh(answer) for answer in self._answers.values()) > self.budget

    def held(self) -> int:
        """What the kept answers weigh (0 without `weigh`)."""
        with self._lock:
            weigh = self.weigh
            return sum(weigh(answer) for answer in self._answers.values()) if weigh else 0

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
