"""Pictures kept by key within a budget of bytes, the most recently used first."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np


class ByteBudget:
    """Pictures by key, the most recently used kept while they fit in `budget` bytes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()
        self._bytes = 0

    def get(self, key: str) -> np.ndarray | None:
        picture = self._kept.get(key)
        if picture is not None:
            self._kept.move_to_end(key)
        return picture

    def put(self, key: str, picture: np.ndarray) -> None:
        if key in self._kept:
            self._bytes -= self._kept.pop(key).nbytes
        self._kept[key] = picture
        self._bytes += picture.nbytes
        while self._bytes > self.budget and len(self._kept) > 1:
            self._bytes -= self._kept.popitem(last=False)[1].nbytes
