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

    Playing, scrubbing and typing draw at half size (540x960, ~7 ms a frame). A `full` request
    (the editor sends one when the picture rests) draws the exact export frame at 1080x1920 in
    a second loop, `run_full`, with an engine of its own: its 100-400 ms never hold up the next
    keystroke's or scrub's small frame, and a full frame overtaken by a newer request is dropped.
    """

    def __init__(self) -> None:
        self._compositor: object | None = None
        self._full_compositor: object | None = None  # made on the first full request
        self._plan: RenderPlan | None = None
        self._full_plan: RenderPlan | None = None  # the plan the full engine draws
        self._proxies: dict[Path, Path] = {}  # originals with a preview proxy (half size only)
        self.restarts = 0  # compositors built: typing a blank must not add one
        self._pending: float | None = None
        self._pending_full: float | None = None
        self._asked = 0  # requests and plans so far: a full frame of an older one is dropped
        self._full_asked = 0  # `_asked` when the pending full frame was requested
        self._latest = 0.0  # the last time asked for: a new plan redraws it
        self._posted_plan: list[RenderPlan | None] = []  # newest last; taken by the loop
        self._posted_full_plan: list[RenderPlan | None] = []  # the same, for the full loop
        self._posted_proxies: dict[Path, Path] | None = None
        self._shown_size: tuple[int, int] | None = None  # the canvas's picture, device pixels
        self._wake = threading.Condition()

    # --- any thread -----------------------------------------------------------------------------
    def post_plan(self, plan: RenderPlan | None) -> None:
        """Preview `plan` from now on (None: keep the picture)."""
        with self._wake:
            self._posted_plan = [plan]
            self._posted_full_plan = [plan]
            self._asked += 1
            self._wake.notify_all()

    def post_proxies(self, proxies: dict[Path, Path]) -> None:
        """Read these originals from their proxies from now on."""
        with self._wake:
            self._posted_proxies = dict(proxies)
            self._wake.notify_all()

    def show_at(self, width: int, height: int) -> None:
        """The size the picture is shown at, in device pixels: each frame also comes scaled to
        it, here rather than on the window's thread at every paint."""
        with self._wake:
            self._shown_size = (width, height) if width > 0 and height > 0 else None

    def request(self, t: float, full: bool = False) -> None:
        """Ask for the frame at `t` (`full`: at the export's size); only the newest is drawn."""
        with self._wake:
            if full:
                self._pending_full, self._full_asked = t, self._asked
            else:
                self._pending = self._latest = t
                self._pending_full = None
                self._asked += 1
            self._wake.notify_all()

    def wake(self) -> None:
        """Let the loops see that their job was cancelled now rather than at their next look."""
        with self._wake:
            self._wake.notify_all()

    # --- the jobs' threads ----------------------------------------------------------------------
    def run(self, context: JobContext) -> None:
        """Draw what is asked until cancelled: `("frame", t, QImage, plan)` or `("failed",
        line)` items, then close the half-size compositor."""
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
            self._close_half()

    def run_full(self, context: JobContext) -> None:
        """Draw the full-size frames asked for until cancelled, then close their compositor."""
        try:
            while not context.cancel.is_set():
                with self._wake:
                    self._wake.wait_for(
                        lambda: self._pending_full is not None or context.cancel.is_set(),
                        timeout=0.5,
                    )
                self._report(context, self.render_full())
        finally:
            self._close_full()

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
        from studio.media.compositor import Compositor

        previous, self._plan = self._plan, plan
        if _retexted(self._compositor, previous, plan):  # a keystroke: decoders keep running
            with self._wake:
                self._pending = self._latest
            return None
        self._close_half()
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
        """Draw the newest half-size request: `("frame", t, image, plan drawn, the image at the
        size shown or None)`, `("failed", line)` or None."""
        with self._wake:
            t, self._pending = self._pending, None
        compositor = self._compositor
        if t is None or compositor is None:
            return None
        try:  # a clip deleted since its proxy was made fails here: a line, not a dead thread
            frame = compositor.frame_at(t)  # type: ignore[attr-defined]
        except Exception as exc:
            return ("failed", failure_line(exc))
        return ("frame", t, frame_to_image(frame), self._plan, self._shown(frame))

    def render_full(self) -> tuple[object, ...] | None:
        """Draw the pending full-size request (from the originals), as `render_pending` does;
        None when nothing is asked or a newer request overtook it while it was drawn."""
        from studio.media.compositor import Compositor

        with self._wake:
            t, self._pending_full = self._pending_full, None
            asked = self._full_asked
            posted, self._posted_full_plan = self._posted_full_plan, []
        if posted:
            previous, self._full_plan = self._full_plan, posted[-1]
            if not _retexted(self._full_compositor, previous, self._full_plan):
                self._close_full()
        plan = self._full_plan
        if t is None or plan is None:
            return None
        try:  # the full-size picture reads the originals: one deleted since is a line
            if self._full_compositor is None:
                self._full_compositor = Compositor(plan, scale=1.0)
            frame = self._full_compositor.frame_at(t)  # type: ignore[attr-defined]
        except Exception as exc:
            return ("failed", failure_line(exc))
        with self._wake:
            if self._asked != asked:
                return None  # the creator typed or scrubbed meanwhile: that frame is newer
        return ("frame", t, frame_to_image(frame), plan, self._shown(frame))

    def _shown(self, frame: np.ndarray) -> QImage | None:
        """`frame` at the size it is shown at (None: not known, or not smaller)."""
        import cv2

        size = self._shown_size
        if size is None or size[0] >= frame.shape[1] or size == (frame.shape[1], frame.shape[0]):
            return None
        return frame_to_image(cv2.resize(frame, size, interpolation=cv2.INTER_AREA))

    def shutdown(self) -> None:
        """Close the compositors (once the jobs have stopped, or when there are none)."""
        self._close_half()
        self._close_full()

    def _close_half(self) -> None:
        if self._compositor is not None:
            self._compositor.close()  # type: ignore[attr-defined]
        self._compositor = None

    def _close_full(self) -> None:
        if self._full_compositor is not None:
            self._full_compositor.close()  # type: ignore[attr-defined]
        self._full_compositor = None


def _retexted(compositor: object | None, previous: RenderPlan | None,
              plan: RenderPlan | None) -> bool:  # fmt: skip
    """Give `compositor` `plan` when only its words differ from `previous` (True), keeping its
    decoders; False when it must be built again."""
    from studio.media.compositor import only_text_differs

    if compositor is None or plan is None or previous is None:
        return False
    if not only_text_differs(previous, plan):
        return False
    compositor.retext(plan)  # type: ignore[attr-defined]
    return True
