"""The edit page's preview: the render engine on a thread of its own drawing the frame asked for,
the scrub bar and its clock, play with the sound leading the picture, and the timeline's playhead.

A fast, small frame comes first; once the picture rests it is drawn again at full size, when
the canvas is larger than the small frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton

from studio.core.render_plan import RenderPlan
from studio.ui.jobs import JobRunner
from studio.ui.locale_numbers import local_number
from studio.ui.preview_sound import PreviewSound
from studio.ui.widgets.preview_canvas import PreviewCanvas, ScrubBar
from studio.ui.widgets.timeline import TimelineView
from studio.ui.workers import PreviewRenderer


class PreviewTransport(QObject):
    """Drives `canvas`, `scrub`, `clock` and `timeline` from `play_button`; the sound plays the
    newest plan shown (the page's forgiving preview plan)."""

    def __init__(self, play_button: QPushButton, timeline: TimelineView,
                 failed: Callable[[str], None],
                 parent: QObject) -> None:  # fmt: skip
        super().__init__(parent)
        self.play_button = play_button
        self.timeline = timeline
        self.canvas = PreviewCanvas()
        self.scrub = ScrubBar()
        self.scrub.valueChanged.connect(self._scrubbed)
        self.scrub.sliderMoved.connect(self._seek_sound)
        self.clock = QLabel(self.tr("{0} s").format(local_number(0, 1)))
        self.sound = PreviewSound()
        self.fps = 30  # the plan's frame rate: the scrub bar counts its frames
        self.preview_time = 0.0
        self.last_frame: QImage | None = None
        self.last_drawn_plan: object | None = None
        self.sharpen_timer = QTimer(self)  # once the picture rests, draw it at full size
        self.sharpen_timer.setSingleShot(True)
        self.sharpen_timer.setInterval(350)
        self.sharpen_timer.timeout.connect(self._sharpen)
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(66)
        self.play_timer.timeout.connect(self._advance)
        self.failed = failed
        self.current_plan: RenderPlan | None = None  # the newest plan shown
        self.renderer = PreviewRenderer()
        self.jobs = JobRunner(self)  # the renderer's loops: two jobs for the page's life
        self.jobs.submit("preview", self.renderer.run, lane="preview", item=self._drawn)
        self.jobs.submit("sharp", self.renderer.run_full, lane="sharp", item=self._drawn)

    def show_plan(self, plan: RenderPlan | None) -> None:
        """Preview `plan` (None: keep the old picture) and redraw the current time."""
        self.renderer.post_plan(plan)
        if plan is not None:
            self.current_plan = plan
            self.fps = plan.fps
            self.scrub.setRange(0, plan.frame_count - 1)
            self._show_clock(self.scrub.value())
            self.sound.prepare(plan)
        self.request(self.preview_time)

    def request(self, t: float) -> None:
        """Draw the frame at `t` seconds: small now, full size once the picture rests."""
        self.preview_time = t
        plan = self.current_plan
        if plan is not None:  # the canvas may have been resized since
            self.renderer.show_at(*self.canvas.shown_size(plan.width, plan.height))
        self.renderer.request(t)
        if not self.play_button.isChecked():
            self.sharpen_timer.start()

    def _sharpen(self) -> None:
        """The picture rests: draw the export's own frame, when the canvas shows more pixels
        than the small frame has (a large or high-DPI screen). Smaller, the small frame scaled
        down looks the same, and the full one would only take a core from the next keystroke
        (100-400 ms a frame on a busy machine)."""
        plan = self.current_plan
        if plan is None or self.play_button.isChecked():
            return
        width, height = self.canvas.shown_size(plan.width, plan.height)
        if width > round(plan.width * 0.5) or height > round(plan.height * 0.5):
            self.renderer.request(self.preview_time, full=True)

    def _scrubbed(self, frame: int) -> None:
        self._show_clock(frame)
        self.timeline.show_time(frame / self.fps)
        self.request(frame / self.fps)

    def _show_clock(self, frame: int) -> None:
        total = (self.scrub.maximum() + 1) / self.fps  # the export's duration
        self.clock.setText(self.tr("{0} / {1} s").format(
            local_number(frame / self.fps, 1), local_number(total, 1)))  # fmt: skip

    def seek(self, seconds: float) -> None:
        """Go to `seconds` (the timeline was clicked), the sound too while playing."""
        frame = round(seconds * self.fps)
        if frame == self.scrub.value():
            self._scrubbed(frame)  # e.g. the same frame after a new in-point: draw it again
        else:
            self.scrub.setValue(frame)
        self._seek_sound(frame)

    def use_proxies(self, proxies: dict[Path, Path]) -> None:
        """Preview from the small copies of the clips that are ready."""
        self.renderer.post_proxies(proxies)
        self.request(self.preview_time)

    def play(self, playing: bool) -> None:
        """Start or stop playing from the scrub bar's frame."""
        if playing:
            self.play_timer.start()
            self.sound.play(self.current_plan, self.scrub.value() / self.fps)
        else:
            self.play_timer.stop()
            self.sound.stop()

    def _seek_sound(self, frame: int) -> None:
        if self.play_button.isChecked():
            self.sound.play(self.current_plan, frame / self.fps)

    def _advance(self) -> None:
        heard = self.sound.position()  # the sound leads the picture, once it plays
        following = round(heard * self.fps) if heard is not None else self.scrub.value() + 2
        if following > self.scrub.maximum():
            following = 0
            self.sound.play(self.current_plan, 0.0)
        self.scrub.blockSignals(heard is not None)  # follow the sound without re-seeking it
        self.scrub.setValue(following)
        self.scrub.blockSignals(False)
        if heard is not None:
            self._scrubbed(following)

    def _drawn(self, outcome: tuple[object, ...]) -> None:
        if outcome[0] == "frame":
            image = outcome[2]
            assert isinstance(image, QImage)
            self.last_frame = image
            self.last_drawn_plan = outcome[3]  # which edit the picture shows
            shown = outcome[4]
            self.canvas.show_image(image, shown if isinstance(shown, QImage) else None)
        elif outcome[0] == "failed":
            self.failed(str(outcome[1]))

    def stop_playing(self) -> None:
        """Silence: the window is closing."""
        self.play_timer.stop()
        self.sound.close()

    def shutdown(self) -> None:
        """Stop the preview's jobs; their loops close the engines as they end."""
        self.jobs.cancel("preview")
        self.jobs.cancel("sharp")
        self.renderer.wake()
        self.jobs.close()
