"""The Qt binding itself: the studio repaints 30 times a second for hours."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_eat_references_to_none(qtbot: Any) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call returning
    # nothing; after some ten thousand paint calls the interpreter aborted (none_dealloc).
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    colour = QColor("#FE2C55")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.setPen(colour)
        painter.fillRect(QRectF(0, 0, 4, 4), colour)
    painter.end()
    assert sys.getrefcount(None) >= before - 100
