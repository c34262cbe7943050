"""The preview picture, scaled to whatever room the window gives it, and the scrub bar under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QSlider, QStyle, QStyleOptionSlider, QWidget


class PreviewCanvas(QWidget):
    """Shows the newest preview frame as large as fits, keeping its shape, on black."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.shown: QImage | None = None  # the same at the picture's size, scaled off this thread
        self.painted: QImage | None = None  # the image the last paint drew (what is on screen)
        # drawn over the picture: the editor's handles and guides (painter, picture rectangle)
        self.decorate: Callable[[QPainter, QRectF], None] | None = None
        self.setMinimumSize(180, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview"))

    def sizeHint(self) -> QSize:
        return QSize(360, 640)

    def show_image(self, image: QImage, shown: QImage | None = None) -> None:
        """Show `image`; `shown` is the same already scaled to `shown_size()`, when known."""
        self.image, self.shown = image, shown
        self.update()

    def shown_size(self, width: int, height: int) -> tuple[int, int]:
        """The device pixels a `width` x `height` picture is drawn at, as large as fits."""
        ratio = self.devicePixelRatioF()
        scale = min(self.width() / width, self.height() / height) * ratio
        return round(width * scale), round(height * scale)

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the largest rectangle of its shape that fits."""
        if self.image is None or self.image.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.picture_rect()
        path = QPainterPath()
        path.addRoundedRect(target, 12, 12)
        painter.fillPath(path, QColor("#000000"))
        if self.image is not None:
            painter.setClipPath(path)
            shown = self.shown
            ratio = self.devicePixelRatioF()
            if shown is not None and (shown.width(), shown.height()) == (
                round(target.width() * ratio), round(target.height() * ratio)):  # fmt: skip
                shown.setDevicePixelRatio(ratio)  # scaled already: drawn pixel for pixel
                painter.drawImage(target.topLeft(), shown)
            else:
                painter.drawImage(target, self.image)
            self.painted = self.image
        if self.decorate is not None:
            painter.setClipping(False)
            self.decorate(painter, target)
        painter.end()


class ScrubBar(QSlider):
    """A horizontal slider where a click jumps to the place clicked (not a page step)."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setAccessibleName(self.tr("Position in the video"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            if not handle.contains(event.position().toPoint()):
                span = max(1, self.width() - handle.width())
                x = round(event.position().x() - handle.width() / 2)
                value = QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), x, span, option.upsideDown
                )
                self.setValue(value)
                self.sliderMoved.emit(value)
        super().mousePressEvent(event)
