"""Threads that do the long work and report to the UI through Qt signals, never touching widgets."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QWidget

from studio.core.errors import Cancelled, StudioError
from studio.core.render_plan import RenderPlan


def frame_to_image(frame: np.ndarray) -> QImage:
    """A QImage owning a copy of an RGB frame (safe to hand across threads)."""
    height, width = frame.shape[:2]
    data = np.ascontiguousarray(frame)
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def fitted_pixmap(image: QImage, widget: QWidget) -> QPixmap:
    """`image` scaled to fit `widget` in device pixels, so it stays sharp on high-DPI screens."""
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap.fromImage(image).scaled(
        widget.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class RenderWorker(QThread):
    """Exports a plan; `progress(fraction, eta_seconds or -1)`, then `finished_ok` or `failed`."""

    progress = Signal(float, float)
    finished_ok = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, plan: RenderPlan, output: Path, preset: str = "veryfast", crf: int = 20
                 ) -> None:  # fmt: skip
        super().__init__()
        self.plan = plan
        self.output = output
        self.preset, self.crf = preset, crf
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from studio.media.encoder import EncoderSettings
        from studio.media.render import RenderProgress, render

        def report(update: RenderProgress) -> None:
            eta = update.eta
            self.progress.emit(update.fraction, -1.0 if eta is None else eta)

        try:
            path = render(self.plan, self.output, EncoderSettings(self.preset, self.crf),
                          progress=report, cancel=self._cancel)  # fmt: skip
        except Cancelled:
            self.cancelled.emit()
        except StudioError as exc:
            self.failed.emit(exc.first_line)
        except Exception as exc:  # an unforeseen failure still becomes one line in the window
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        else:
            self.finished_ok.emit(str(path))


class PreviewRenderer(QObject):
    """Lives on its own thread; renders the latest requested time, dropping stale requests.

    Playing and scrubbing draw at half size (540x960, ~7 ms a frame); a `full` request (the
    editor sends one when the picture rests) draws the exact export frame at 1080x1920.
    """

    frame_ready = Signal(float, QImage)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._compositor: object | None = None
        self._full_compositor: object | None = None  # made on the first full request
        self._plan: RenderPlan | None = None
        self._proxies: dict[Path, Path] = {}  # originals with a preview proxy (half size only)
        self.restarts = 0  # compositors built: typing a blank must not add one
        self._pending: float | None = None
        self._pending_full = False
        self._latest = 0.0  # the last time asked for: a new plan redraws it
        self._lock = threading.Lock()

    @Slot(object)
    def set_plan(self, plan: RenderPlan | None) -> None:
        from studio.media.compositor import Compositor, only_text_differs

        previous = self._plan
        if (
            plan is not None
            and previous is not None
            and self._compositor is not None
            and (
                only_text_differs(previous, plan)  # a keystroke: redraw words, keep decoders
            )
        ):
            for compositor in (self._compositor, self._full_compositor):
                if compositor is not None:
                    compositor.retext(plan)  # type: ignore[attr-defined]
            self._plan = plan
            with self._lock:
                self._pending = self._latest
            return
        self._close()
        self._plan = plan
        if plan is None:
            return
        try:
            self.restarts += 1
            self._compositor = Compositor(plan, scale=0.5, proxies=self._proxies)
        except Exception as exc:
            self.failed.emit(str(exc).splitlines()[0])
            return
        with self._lock:  # an earlier plan may have used up the request: draw it again
            self._pending = self._latest

    @Slot(object)
    def set_proxies(self, proxies: dict[Path, Path]) -> None:
        """Read these originals from their proxies from now on (rebuilds the half-size picture)."""
        self._proxies = dict(proxies)
        plan = self._plan
        if plan is not None and any(s.media in self._proxies for s in plan.slots):
            self._plan = None  # not a text-only change: rebuild
            self.set_plan(plan)

    def request(self, t: float, full: bool = False) -> None:
        """Ask for the frame at `t` (any thread); only the newest request is drawn."""
        with self._lock:
            self._pending = self._latest = t
            self._pending_full = full

    @Slot()
    def render_pending(self) -> None:
        with self._lock:
            t, self._pending = self._pending, None
            full, self._pending_full = self._pending_full, False
        compositor = self._compositor
        if t is None or compositor is None:
            return
        if full and self._plan is not None:
            if self._full_compositor is None:
                from studio.media.compositor import Compositor

                self._full_compositor = Compositor(self._plan, scale=1.0)
            compositor = self._full_compositor
        try:
            frame = compositor.frame_at(t)  # type: ignore[attr-defined]
        except Exception as exc:
            self.failed.emit(str(exc).splitlines()[0])
            return
        self.frame_ready.emit(t, frame_to_image(frame))

    @Slot()
    def shutdown(self) -> None:
        self._close()

    def _close(self) -> None:
        for compositor in (self._compositor, self._full_compositor):
            if compositor is not None:
                compositor.close()  # type: ignore[attr-defined]
        self._compositor = self._full_compositor = None
