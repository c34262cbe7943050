"""Preview proxies made in the background, one clip at a time, reporting progress to the UI.

The UI thread only looks up the cache; making a proxy (seconds per clip minute) runs on a job
thread, so dropping a clip never freezes the window. A failed proxy is not an error the creator
must act on: the preview keeps reading the original.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from studio.media.preview_proxy import PROXY_SHORT_SIDE, cached_proxy, make_proxy
from studio.ui.jobs import JobContext, JobRunner

START_DELAY_MS = 400  # the clip's first preview frame decodes first, without a proxy beside it


class ProxyPreparer(QObject):
    """Emits `progress(original, fraction)`, then `ready(original, proxy)` or `failed(original,
    one line)`. `proxies` maps every original with a finished proxy to it. Proxies are made one
    at a time, as jobs on `runner`'s background lane."""

    progress = Signal(object, float)
    ready = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, runner: JobRunner, short_side: int = PROXY_SHORT_SIDE) -> None:
        super().__init__()
        self.runner = runner
        self.short_side = short_side
        self.proxies: dict[Path, Path] = {}
        self.fractions: dict[Path, float] = {}  # originals waiting or being made
        self._waiting: list[Path] = []
        self._current: Path | None = None
        self._closed = False

    def want(self, originals: Iterable[Path]) -> None:
        """Make sure each video has a proxy: found in the cache now, or queued to be made."""
        for path in originals:
            if path in self.proxies or path in self.fractions:
                continue
            found = cached_proxy(path, self.short_side)
            if found is not None:
                self.proxies[path] = found
                self.ready.emit(path, found)
                continue
            self.fractions[path] = 0.0
            self._waiting.append(path)
        if self._waiting and self._current is None:  # (every keystroke asks again)
            QTimer.singleShot(START_DELAY_MS, self, self._next)  # dropped if this object is gone

    def busy(self) -> bool:
        return self._current is not None or bool(self._waiting)

    def _next(self) -> None:
        if self._current is not None or not self._waiting or self._closed:
            return
        path = self._current = self._waiting.pop(0)
        short_side = self.short_side

        def work(context: JobContext) -> Path:
            return make_proxy(path, context.progress, context.cancel, short_side)

        self.runner.submit(
            f"proxy:{path}", work, lane="background",
            progress=lambda fraction: self.progress.emit(path, fraction),
            done=lambda proxy: self._done(path, proxy),
            failed=lambda message: self._failed(path, message),
            cancelled=lambda: self._finished(path),
        )  # fmt: skip

    def _done(self, path: Path, proxy: Path) -> None:
        self.fractions.pop(path, None)
        self.proxies[path] = proxy
        self._finished(path)
        self.ready.emit(path, proxy)

    def _failed(self, path: Path, message: str) -> None:
        self.fractions.pop(path, None)
        self._finished(path)
        if not self._closed:
            self.failed.emit(path, message)

    def _finished(self, path: Path) -> None:
        if self._current == path:
            self._current = None
        self._next()

    def close(self) -> None:
        """Stop the proxy being made (its partial file is removed) and forget the queue."""
        self._closed = True
        self._waiting.clear()
        if self._current is not None:
            self.runner.cancel(f"proxy:{self._current}")
