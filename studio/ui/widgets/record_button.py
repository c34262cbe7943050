"""The big round record button: hold to record, or tap to start and tap to stop."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from studio.ui.theme import ACCENT


class RecordButton(QWidget):
    """`pressed`/`released` in hold mode; `tapped` in tap mode (the page decides which)."""

    pressed = Signal()
    released = Signal()
    tapped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.hold_mode = True
        self.recording = False
        self.setFixedSize(96, 96)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Hold to record (Space)"))
        self.setAccessibleName(self.tr("Record"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            (self.pressed if self.hold_mode else self.tapped).emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.hold_mode:
            self.released.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QRectF(4, 4, self.width() - 8, self.height() - 8)
        painter.setPen(QPen(QColor(255, 255, 255, 200 if self.isEnabled() else 60), 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT if self.isEnabled() else "#5A5A62"))
        if self.recording:  # a rounded square, as on phones, while recording
            inner = ring.adjusted(28, 28, -28, -28)
            painter.drawRoundedRect(inner, 8, 8)
        else:
            painter.drawEllipse(ring.adjusted(12, 12, -12, -12))
        painter.end()
