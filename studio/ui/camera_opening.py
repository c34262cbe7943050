"""Opening Record's camera off the window's thread: a camera (or the test pattern) takes a good
part of a second to open, during which the window would not answer.

The camera asked for last is the one shown: one opened for an older request (another camera,
another quality, the page left meanwhile) is closed as it arrives, never dropped open, and the
clock it reads is closed only after it (`retire`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from studio.capture.camera import CameraSource
from studio.capture.clock import TrackClock
from studio.ui.jobs import JobContext, JobRunner

KEY = "camera-open"
Request = tuple[int | str, TrackClock, int, int]  # source, clock, width, height


class CameraOpening(QObject):
    """Opens cameras on `runner`, one at a time. Emits `opened(camera)` with the camera asked
    for last (the receiver owns it then) and `failed(line)` when it cannot be opened."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: JobRunner) -> None:
        super().__init__(runner)
        self.runner = runner
        self.wanted: Request | None = None
        self._pending = False  # a job's outcome is still to come: it is never superseded
        # opened, not yet taken by the window's thread: `close()` closes them if never delivered
        self._unclaimed: set[CameraSource] = set()
        self._lock = threading.Lock()
        self._retired: list[Callable[[], None]] = []  # closing clocks a camera may still read

    def open(self, source: int | str, clock: TrackClock, width: int, height: int) -> None:
        """Open `source` at `width`x`height`, stamped by `clock` (instead of any asked before)."""
        self.wanted = (source, clock, width, height)
        if not self._pending:
            self._start()

    def stop(self) -> None:
        """No camera is wanted now (the page is hidden): one being opened is closed on arrival."""
        self.wanted = None
        self.runner.cancel(KEY)

    def retire(self, close_clock: Callable[[], None]) -> None:
        """Close a clock the page no longer uses, once no camera being opened reads it."""
        self._retired.append(close_clock)
        if not self._pending:
            self._close_retired()

    def close(self) -> None:
        """Stop opening, and close a camera opened that nobody will take (the window closes)."""
        self.stop()
        self.runner.wait(KEY, 5.0)
        with self._lock:
            unclaimed, self._unclaimed = self._unclaimed, set()
        for camera in unclaimed:
            camera.close()
        self._close_retired()

    def _close_retired(self) -> None:
        retired, self._retired = self._retired, []
        for close_clock in retired:
            close_clock()

    def _open(self, request: Request, context: JobContext) -> tuple[CameraSource, Request]:
        """Open the camera of `request` (a job); closed again when cancelled meanwhile."""
        source, clock, width, height = request
        camera = CameraSource(source, clock, width, height)
        with self._lock:
            self._unclaimed.add(camera)
        if context.cancel.is_set():
            with self._lock:
                self._unclaimed.discard(camera)
            camera.close()
        context.cancel.check()
        return camera, request

    def _start(self) -> None:
        request = self.wanted
        if request is None:
            return
        self._pending = True
        self.runner.submit(KEY, lambda context: self._open(request, context), done=self._done,
                           failed=self._failed, cancelled=self._cancelled)  # fmt: skip

    def _done(self, result: tuple[CameraSource, Request]) -> None:
        self._pending = False
        camera, request = result
        with self._lock:
            self._unclaimed.discard(camera)
        if request == self.wanted:
            self.opened.emit(camera)
        else:
            camera.close()  # asked for before the creator changed their mind
        self._close_retired()  # a camera now open reads the page's current clock, not these
        if request != self.wanted:
            self._start()

    def _failed(self, line: str) -> None:
        self._pending = False
        self._close_retired()
        if self.wanted is not None:
            self.failed.emit(line)

    def _cancelled(self) -> None:
        self._pending = False
        self._close_retired()
        self._start()  # when one is wanted again
