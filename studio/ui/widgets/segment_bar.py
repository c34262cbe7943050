"""The bar along the top of the camera, like TikTok's: recorded segments, a tick between each."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from studio.ui.theme import ACCENT


class SegmentBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.total = 60.0  # seconds the take may last
        self.recorded = 0.0  # seconds recorded, including the segment being recorded
        self.marks: list[float] = []  # where each finished segment ends
        self.setFixedHeight(10)

    def show_progress(self, recorded: float, marks: list[float], total: float) -> None:
        self.recorded, self.marks, self.total = recorded, marks, max(total, 0.001)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width(), self.height()
        painter.fillRect(QRectF(0, 2, width, height - 4), QColor(255, 255, 255, 60))
        filled = min(1.0, self.recorded / self.total) * width
        painter.fillRect(QRectF(0, 2, filled, height - 4), QColor(ACCENT))
        for mark in self.marks:
            x = min(1.0, mark / self.total) * width
            painter.fillRect(QRectF(x - 1.5, 0, 3, height), QColor("#FFFFFF"))
        painter.end()
