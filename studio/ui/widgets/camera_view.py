"""The 9:16 camera picture with what a creator needs over it: countdown, safe zone, REC."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.platforms import SafeZone
from studio.ui.theme import ACCENT
from studio.ui.widgets.aspect_rect import aspect_rect


class CameraView(QWidget):
    """Paints the latest preview image letterboxed at 9:16; overlays are plain attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.countdown = 0  # seconds left, shown large; 0 hides it
        self.recording = False
        self.safe_zone: SafeZone | None = None
        self.message = ""  # shown when there is no picture (no camera, opening…)
        self.setMinimumSize(180, 320)  # grows with the window; small screens keep the controls
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def frame_rect(self) -> QRectF:
        """Where the 9:16 picture sits inside the widget."""
        return aspect_rect(self.width(), self.height(), 9, 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self.frame_rect()
        painter.fillRect(frame, QColor("#000000"))
        if self.image is not None:
            painter.drawImage(frame, self.image)
        elif self.message:
            painter.setPen(QColor("#9A9AA5"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(frame.adjusted(24, 0, -24, 0), flags, self.message)
        if self.safe_zone is not None:
            self._draw_safe_zone(painter, frame, self.safe_zone)
        if self.recording:
            painter.setBrush(QColor(ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(frame.left() + 16, frame.top() + 28, 14, 14))
        if self.countdown > 0:
            font = QFont(self.font())
            font.setPixelSize(int(frame.height() / 4))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, str(self.countdown))
        painter.end()

    @staticmethod
    def _draw_safe_zone(painter: QPainter, frame: QRectF, zone: SafeZone) -> None:
        """Shade what the platform's buttons cover (designed on 1080x1920)."""
        sx, sy = frame.width() / 1080, frame.height() / 1920
        shade = QColor(0, 0, 0, 110)
        top, bottom = zone.top * sy, zone.bottom * sy
        middle = frame.height() - top - bottom
        covered = [
            QRectF(frame.left(), frame.top(), frame.width(), top),
            QRectF(frame.left(), frame.bottom() - bottom, frame.width(), bottom),
            QRectF(frame.left(), frame.top() + top, zone.left * sx, middle),
            QRectF(frame.right() - zone.right * sx, frame.top() + top, zone.right * sx, middle),
        ]
        for rect in covered:
            painter.fillRect(rect, shade)
        painter.setPen(QPen(QColor(255, 255, 255, 140), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame.adjusted(zone.left * sx, zone.top * sy, -zone.right * sx,
                                        -zone.bottom * sy))  # fmt: skip
