"""The work of the preview and the export, run as jobs on the job runner (`ui/jobs.py`), and
the pictures they hand to the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QWidget

from studio.core.render_plan import RenderPlan
from studio.ui.jobs import JobContext, failure_line


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


def export_work(plan: RenderPlan, output: Path, preset: str = "veryfast", crf: int = 20
                ) -> Callable[[JobContext], object]:  # fmt: skip
    """The export as a job: progress `(fraction, eta or -1)` as items, the path as its result;
    cancelled, it stops and leaves nothing of the output behind."""

    def work(context: JobContext) -> str:
        from studio.media.encoder import EncoderSettings
        from studio.media.render import RenderProgress, render

        def report(update: RenderProgress) -> None:
            eta = update.eta
            context.emit((update.fraction, -1.0 if eta is None else eta))

        settings = EncoderSettings(preset, crf)  # the project's quality
        return str(render(plan, output, settings, progress=report, cancel=context.cancel))

    return work


class PreviewRenderer:
    """The preview's engine: `run` is one long-lived job on the runner's preview lane drawing
    the latest requested time (stale requests are dropped); plans, proxies and requests are
    posted from the window's thread and taken up by that loop.

    Playing and scrubbing draw at half size (540x960, ~7 ms a frame); a `full` request (the
    editor sends one when the picture rests) draws the exact export frame at 1080x1920.
    """

    def __init__(self) -> None:
        self._compositor: object | None = None
        self._full_compositor: object | None = None  # made on the first full request
        self._plan: RenderPlan | None = None
        self._proxies: dict[Path, Path] = {}  # originals with a preview proxy (half size only)
        self.restarts = 0  # compositors built: typing a blank must not add one
        self._pending: float | None = None
        self._pending_full = False
        self._latest = 0.0  # the last time asked for: a new plan redraws it
        self._posted_plan: list[RenderPlan | None] = []  # newest last; taken by the loop
        self._posted_proxies: dict[Path, Path] | None = None
        self._wake = threading.Condition()

    # --- any thread -----------------------------------------------------------------------------
    def post_plan(self, plan: RenderPlan | None) -> None:
        """Preview `plan` from now on (None: keep the picture)."""
        with self._wake:
            self._posted_plan = [plan]
            self._wake.notify()

    def post_proxies(self, proxies: dict[Path, Path]) -> None:
        """Read these originals from their proxies from now on."""
        with self._wake:
            self._posted_proxies = dict(proxies)
            self._wake.notify()

    def request(self, t: float, full: bool = False) -> None:
        """Ask for the frame at `t`; only the newest request is drawn."""
        with self._wake:
            self._pending = self._latest = t
            self._pending_full = full
            self._wake.notify()

    def wake(self) -> None:
        """Let the loop see that its job was cancelled now rather than at its next look."""
        with self._wake:
            self._wake.notify()

    # --- the job's thread -----------------------------------------------------------------------
    def run(self, context: JobContext) -> None:
        """Draw what is asked until cancelled: `("frame", t, QImage, plan)` or `("failed",
        line)` items, then close the compositors."""
        try:
            while not context.cancel.is_set():
                with self._wake:
                    self._wake.wait_for(
                        lambda: self._has_work() or context.cancel.is_set(), timeout=0.5
                    )
                    plans, self._posted_plan = self._posted_plan, []
                    proxies, self._posted_proxies = self._posted_proxies, None
                if proxies is not None:
                    self._report(context, self.set_proxies(proxies))
                if plans:
                    self._report(context, self.set_plan(plans[-1]))
                self._report(context, self.render_pending())
        finally:
            self.shutdown()

    def _has_work(self) -> bool:
        return (
            bool(self._posted_plan)
            or self._posted_proxies is not None
            or (self._pending is not None and self._compositor is not None)
        )

    @staticmethod
    def _report(context: JobContext, outcome: tuple[object, ...] | None) -> None:
        if outcome is not None:
            context.emit(outcome)

    def set_plan(self, plan: RenderPlan | None) -> tuple[str, str] | None:
        """Take `plan` (a keystroke keeps the decoders); a failure is returned as a line."""
        from studio.media.compositor import Compositor, only_text_differs

        previous = self._plan
        if (
            plan is not None
            and previous is not None
            and self._compositor is not None
            and only_text_differs(previous, plan)  # a keystroke: redraw words, keep decoders
        ):
            for compositor in (self._compositor, self._full_compositor):
                if compositor is not None:
                    compositor.retext(plan)  # type: ignore[attr-defined]
            self._plan = plan
            with self._wake:
                self._pending = self._latest
            return None
        self._close()
        self._plan = plan
        if plan is None:
            return None
        try:
            self.restarts += 1
            self._compositor = Compositor(plan, scale=0.5, proxies=self._proxies)
        except Exception as exc:
            return ("failed", failure_line(exc))
        with self._wake:  # an earlier plan may have used up the request: draw it again
            self._pending = self._latest
        return None

    def set_proxies(self, proxies: dict[Path, Path]) -> tuple[str, str] | None:
        """Read these originals from their proxies (rebuilds the half-size picture)."""
        self._proxies = dict(proxies)
        plan = self._plan
        if plan is not None and any(s.media in self._proxies for s in plan.slots):
            self._plan = None  # not a text-only change: rebuild
            return self.set_plan(plan)
        return None

    def render_pending(self) -> tuple[object, ...] | None:
        """Draw the newest request: `("frame", t, image, plan drawn)`, `("failed", line)` or
        None."""
        with self._wake:
            t, self._pending = self._pending, None
            full, self._pending_full = self._pending_full, False
        compositor = self._compositor
        if t is None or compositor is None:
            return None
        try:  # a clip deleted since its proxy was made fails here: a line, not a dead thread
            if full and self._plan is not None:
                if self._full_compositor is None:
                    from studio.media.compositor import Compositor

                    self._full_compositor = Compositor(self._plan, scale=1.0)
                compositor = self._full_compositor
            frame = compositor.frame_at(t)  # type: ignore[attr-defined]
        except Exception as exc:
            return ("failed", failure_line(exc))
        return ("frame", t, frame_to_image(frame), self._plan)

    def shutdown(self) -> None:
        """Close the compositors (on the job's thread, or once the job has stopped)."""
        self._close()

    def _close(self) -> None:
        for compositor in (self._compositor, self._full_compositor):
            if compositor is not None:
                compositor.close()  # type: ignore[attr-defined]
        self._compositor = self._full_compositor = None
