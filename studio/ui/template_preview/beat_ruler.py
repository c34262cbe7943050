"""A ruler under the picture: the soundtrack's beats, where slots cut, and the playhead."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from studio.ui.theme import ACCENT


class BeatRuler(QWidget):
    """Beat ticks, slot cuts and the playhead over the video's length; a click seeks there."""

    seek = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.duration = 1.0
        self.beats: list[float] = []
        self.cuts: list[tuple[float, str]] = []  # (slot start, slot id)
        self.playhead = 0.0
        self.setFixedHeight(38)
        self.setToolTip(self.tr("Beats (ticks) and slot cuts (labels); click to jump there"))

    def set_timeline(
        self, duration: float, beats: list[float], cuts: list[tuple[float, str]]
    ) -> None:
        self.duration = max(duration, 1e-3)
        self.beats, self.cuts = beats, cuts
        self.update()

    def set_playhead(self, seconds: float) -> None:
        self.playhead = seconds
        self.update()

    def _x(self, seconds: float) -> float:
        return 4 + (self.width() - 8) * min(max(seconds / self.duration, 0.0), 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#17171C"))
        painter.setPen(QPen(QColor("#6D6D7A"), 1))
        for index, beat in enumerate(self.beats):
            tall = 14 if index % 4 == 0 else 7  # bars stand out from beats
            painter.drawLine(QPointF(self._x(beat), 0), QPointF(self._x(beat), tall))
        painter.setPen(QPen(QColor("#E8E8EE"), 1))
        for start, slot_id in self.cuts:
            x = self._x(start)
            painter.drawLine(QPointF(x, 12), QPointF(x, self.height()))
            painter.drawText(QRectF(x + 3, 16, 120, 20), Qt.AlignmentFlag.AlignLeft, slot_id)
        painter.setPen(QPen(QColor(ACCENT), 2))
        x = self._x(self.playhead)
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        fraction = (event.position().x() - 4) / max(1, self.width() - 8)
        self.seek.emit(min(max(fraction, 0.0), 1.0) * self.duration)
