"""The template's picture, letterboxed, with the safe zones of the platforms the designer ticks."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.platforms import Platform
from studio.ui.widgets.aspect_rect import aspect_rect

# one colour per platform, so two zones drawn together can be told apart
ZONE_COLOURS = ("#FF4F6D", "#4FC3FF", "#FFD24F", "#7CFF8A", "#C58BFF")


class PreviewCanvas(QWidget):
    """Paints the latest frame at the canvas's aspect; `zones` are drawn over it."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.aspect = (9, 16)
        self.zones: list[tuple[Platform, str]] = []  # (platform, colour)
        self.setMinimumSize(225, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def frame_rect(self) -> QRectF:
        """Where the picture sits inside the widget."""
        return aspect_rect(self.width(), self.height(), *self.aspect)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self.frame_rect()
        painter.fillRect(frame, QColor("#000000"))
        if self.image is not None:
            painter.drawImage(frame, self.image)
        for platform, colour in self.zones:
            self._draw_zone(painter, frame, platform, QColor(colour))
        painter.end()

    @staticmethod
    def _draw_zone(painter: QPainter, frame: QRectF, platform: Platform, colour: QColor) -> None:
        """Tint what the platform's buttons cover and outline what stays visible."""
        zone = platform.safe_zone
        sx, sy = frame.width() / 1080, frame.height() / 1920
        tint = QColor(colour)
        tint.setAlpha(50)
        top, bottom = zone.top * sy, zone.bottom * sy
        middle = frame.height() - top - bottom
        for rect in (
            QRectF(frame.left(), frame.top(), frame.width(), top),
            QRectF(frame.left(), frame.bottom() - bottom, frame.width(), bottom),
            QRectF(frame.left(), frame.top() + top, zone.left * sx, middle),
            QRectF(frame.right() - zone.right * sx, frame.top() + top, zone.right * sx, middle),
        ):
            painter.fillRect(rect, tint)
        visible = frame.adjusted(zone.left * sx, top, -zone.right * sx, -bottom)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(visible)
        painter.drawText(visible.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignTop
                         | Qt.AlignmentFlag.AlignLeft, platform.name)  # fmt: skip
