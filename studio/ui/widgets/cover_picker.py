"""The post's cover: a frame chosen with a slider and the text on it, previewed as the kit's
cover will be (drawn by the same function, off the UI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget

from studio.ui.jobs import JobRunner
from studio.ui.workers import fitted_pixmap, frame_to_image

COVER_STEPS = 200
CONTROLS_HEIGHT = 120  # the label, slider and text field under the picture


class CoverPicker(QWidget):
    """Emits `edited()` when the creator moves the slider or types the text."""

    edited = Signal()

    def __init__(self, jobs: JobRunner) -> None:
        super().__init__()
        self.jobs = jobs
        self.video: Path | None = None
        self.duration = 0.0
        self.timer = QTimer(self)  # the cover waits for the slider (or the typing) to rest
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.load)
        self.image = QLabel()
        self.image.setObjectName("muted")
        self.image.setFixedSize(270, 480)  # then sized to the page's height (resizeEvent)
        self._frame: QImage | None = None
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)  # "export first" fits the picture's narrow width
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, COVER_STEPS)
        self.slider.setToolTip(self.tr("The frame the cover shows"))
        self.slider.valueChanged.connect(lambda _: self._changed())
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Text on the cover (optional)"))
        self.text.textChanged.connect(lambda _: self._changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image)
        layout.addWidget(QLabel(self.tr("Cover frame")))
        layout.addWidget(self.slider)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.show_video(None, 0.0)

    def show_video(self, video: Path | None, duration: float) -> None:
        """The video the cover is taken from (None: nothing to post yet)."""
        self.video, self.duration = video, duration
        self.slider.setEnabled(video is not None)
        self.image.clear()  # the frame follows once it is drawn, not the old video's
        self._frame = None
        if video is None:
            self.image.setText(self.tr("Export a video or finish a take first."))

    def seconds(self) -> float:
        """The chosen frame's time in the video."""
        return self.slider.value() / COVER_STEPS * max(0.0, self.duration - 0.05)

    def step_for(self, seconds: float) -> int:
        """The slider position that shows the frame at `seconds`."""
        usable = max(0.0, self.duration - 0.05)
        return round(seconds / usable * COVER_STEPS) if usable > 0 else 0

    def load(self) -> None:
        """Draw the cover for the slider's frame and the text, off the UI thread."""
        if self.video is None:
            return
        from studio.media.kit import cover_frame

        video, seconds, text = self.video, self.seconds(), self.text.text()
        size = self.image.size() * self.image.devicePixelRatioF()

        def work(_: object) -> tuple[QImage, QImage]:
            # drawn as the kit's cover is, and scaled to the label here, not on the window's
            # thread (a smooth scale of a 1080x1920 frame takes tens of milliseconds)
            frame = frame_to_image(cover_frame(video, seconds, text))
            fitted = frame.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            return frame, fitted

        self.jobs.submit("cover", work, done=self._show)  # the slider's newest position wins

    def _changed(self) -> None:
        self.timer.start()
        self.edited.emit()

    def _show(self, images: tuple[QImage, QImage]) -> None:
        self._frame, fitted = images
        pixmap = QPixmap.fromImage(fitted)
        pixmap.setDevicePixelRatio(self.image.devicePixelRatioF())
        self.image.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The cover at 9:16 as tall as the page allows: small windows keep their controls,
        large ones show the picture large (between 320 and 1280 pixels high)."""
        height = min(1280, max(320, event.size().height() - CONTROLS_HEIGHT))
        if height != self.image.height():
            self.image.setFixedSize(round(height * 9 / 16), height)
            if self._frame is not None:
                self.image.setPixmap(fitted_pixmap(self._frame, self.image))
        super().resizeEvent(event)
