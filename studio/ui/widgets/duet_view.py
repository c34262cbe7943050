"""The other clip of a duet beside the live camera, at the soundtrack clock's position."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class DuetView(QWidget):
    """Shows RGB frames scaled to fit, letterboxed on black."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.setMinimumSize(135, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("The clip you are duetting, in time with the music"))

    def show_rgb(self, frame: np.ndarray) -> None:
        """Show one RGB frame (copied: the caller may reuse its array)."""
        frame = np.ascontiguousarray(frame)
        height, width = frame.shape[:2]
        self.image = QImage(
            frame.data, width, height, 3 * width, QImage.Format.Format_RGB888
        ).copy()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self.image is not None:
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = (self.width() - scaled.width()) // 2
            top = (self.height() - scaled.height()) // 2
            painter.drawImage(QRect(left, top, scaled.width(), scaled.height()), self.image)
        painter.end()
