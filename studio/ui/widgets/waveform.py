"""The soundtrack as a waveform; click or drag to choose where the recording starts."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from studio.ui.theme import ACCENT

BUCKETS = 240


def envelope(samples: np.ndarray, buckets: int = BUCKETS) -> np.ndarray:
    """Peak level per bucket (0-1) of mono or stereo samples."""
    mono = np.abs(samples).max(axis=1) if samples.ndim == 2 else np.abs(samples)
    usable = len(mono) // buckets * buckets
    if usable == 0:
        return np.zeros(buckets)
    peaks: np.ndarray = mono[:usable].reshape(buckets, -1).max(axis=1)
    return peaks / max(float(peaks.max()), 1e-6)


class WaveformView(QWidget):
    """Emits `start_chosen(seconds)`; shows the chosen start and the recorded stretch."""

    start_chosen = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.peaks = np.zeros(BUCKETS)
        self.duration = 0.0
        self.start = 0.0
        self.recorded = 0.0
        self.playhead: float | None = None  # where the music is while it plays
        self.setMinimumHeight(56)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click where the music should start"))

    def show_track(self, peaks: np.ndarray, duration: float) -> None:
        """The song's waveform; the chosen start (the project's) stays, within the song."""
        self.peaks, self.duration, self.recorded = peaks, duration, 0.0
        self.start = min(self.start, duration)
        self.update()

    def _seconds_at(self, x: float) -> float:
        return max(0.0, min(self.duration, x / max(1, self.width()) * self.duration))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.isEnabled() and self.duration > 0:
            self.start = self._seconds_at(event.position().x())
            self.update()
            self.start_chosen.emit(self.start)

    mouseMoveEvent = mousePressEvent

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width(), self.height()
        painter.fillRect(QRectF(0, 0, width, height), QColor("#1E1E22"))
        if self.duration > 0:
            bar = width / len(self.peaks)
            start_x = self.start / self.duration * width
            done_x = (self.start + self.recorded) / self.duration * width
            for index, peak in enumerate(self.peaks):
                x = index * bar
                colour = QColor(ACCENT) if start_x <= x < done_x else QColor("#6A6A75")
                level = max(1.0, float(peak) * (height - 8) / 2)
                painter.fillRect(
                    QRectF(x, height / 2 - level, max(1.0, bar - 1), level * 2), colour
                )
            painter.setPen(QColor("#FFFFFF"))
            painter.drawLine(QPointF(start_x, 0), QPointF(start_x, height))
            if self.playhead is not None:
                play_x = self.playhead / self.duration * width
                painter.setPen(QColor(ACCENT))
                painter.drawLine(QPointF(play_x, 0), QPointF(play_x, height))
        painter.end()
