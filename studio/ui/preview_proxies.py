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
from studio.ui.record_workers import Job

START_DELAY_MS = 400  # the clip's first preview frame decodes first, without a proxy beside it


class ProxyPreparer(QObject):
    """Emits `progress(original, fraction)`, then `ready(original, proxy)` or `failed(original,
    one line)`. `proxies` maps every original with a finished proxy to it."""

    progress = Signal(object, float)
    ready = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, short_side: int = PROXY_SHORT_SIDE) -> None:
        super().__init__()
        self.short_side = short_side
        self.proxies: dict[Path, Path] = {}
        self.fractions: dict[Path, float] = {}  # originals waiting or being made
        self._waiting: list[Path] = []
        self._job: Job | None = None
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
        QTimer.singleShot(START_DELAY_MS, self, self._next)  # dropped if this object is gone

    def busy(self) -> bool:
        return self._job is not None or bool(self._waiting)

    def _next(self) -> None:
        if self._job is not None or not self._waiting or self._closed:
            return
        path = self._current = self._waiting.pop(0)
        job = Job(lambda: None)

        def work() -> Path:
            return make_proxy(path, self._report, job.cancel, self.short_side)

        job.work = work
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._job = job
        job.start()

    def _report(self, fraction: float) -> None:  # on the job's thread: a queued signal
        if self._current is not None:
            self.progress.emit(self._current, fraction)

    def _done(self, proxy: object) -> None:
        path = self._current
        if path is None or not isinstance(proxy, Path):
            return
        self.fractions.pop(path, None)
        self.proxies[path] = proxy
        self.ready.emit(path, proxy)

    def _failed(self, message: str) -> None:
        path = self._current
        if path is not None:
            self.fractions.pop(path, None)
            if not self._closed:
                self.failed.emit(path, message)

    def _finished(self) -> None:
        self._job, self._current = None, None
        self._next()

    def close(self) -> None:
        """Stop the proxy being made (its partial file is removed) and forget the queue."""
        self._closed = True
        self._waiting.clear()
        job = self._job
        if job is not None:
            job.cancel.set()
            job.wait(10_000)
