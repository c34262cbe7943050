"""The record page's centre: the song notice, the segment bar, the camera (beside a duet's clip),
the looks strip, the record button between Delete last segment and Next (where the thumb is, as
on a phone, and never scrolled away on a small screen), the status line and the import button.

Only widgets, and the recording session they show: the record page connects them and sets their
words (its translations keep them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.capture.session import RecordingSession
from studio.core.platforms import load_platforms
from studio.ui.icons import icon
from studio.ui.widgets.camera_view import CameraView
from studio.ui.widgets.duet_view import DuetView
from studio.ui.widgets.filter_strip import FilterStrip
from studio.ui.widgets.record_button import RecordButton
from studio.ui.widgets.segment_bar import SegmentBar


class RecordStage(QWidget):
    """What the creator looks at while recording; the side panel holds the settings."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = SegmentBar()
        self.view = CameraView()
        self.strip = FilterStrip()
        self.record_button = RecordButton()
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete last segment"))
        self.next_button = QPushButton(icon("next"), self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.import_button = QPushButton()
        self.import_button.setVisible(False)
        self.song_notice = QLabel("")  # a template whose song is fixed says so before recording
        self.song_notice.setObjectName("muted")
        self.song_notice.setWordWrap(True)
        self.song_notice.setVisible(False)
        # a duet's other clip plays beside the camera (hidden when recording alone)
        self.duet_view = DuetView()
        self.duet_view.setVisible(False)
        pictures = QHBoxLayout()
        pictures.addWidget(self.duet_view, 1)
        pictures.addWidget(self.view, 1)
        centre = QVBoxLayout(self)
        centre.setContentsMargins(0, 0, 0, 0)  # laid out as if directly in the page
        centre.addWidget(self.song_notice)
        centre.addWidget(self.bar)
        centre.addLayout(pictures, 1)
        centre.addWidget(self.strip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button, 1, Qt.AlignmentFlag.AlignRight)
        buttons.addSpacing(16)
        buttons.addWidget(self.record_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.next_button, 1, Qt.AlignmentFlag.AlignLeft)
        centre.addLayout(buttons)
        centre.addWidget(self.status)
        centre.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_session(self, session: RecordingSession | None, max_seconds: float) -> None:
        """The take being made: its segments on the bar, the countdown, the buttons' states (no
        session yet: an empty bar `max_seconds` long)."""
        if session is None:
            self.bar.show_progress(0, [], max_seconds)
            self.record_button.recording = False
            for button in (self.delete_button, self.next_button):
                button.setEnabled(False)
        else:
            recording = session.state == "recording"
            total = session.limit - session.settings.track_start
            self.bar.show_progress(session.recorded, session.segment_marks, total)
            self.view.countdown = int(session.countdown_left + 0.999)
            self.view.recording = self.record_button.recording = recording
            self.record_button.setEnabled(session.state != "done")
            for button in (self.delete_button, self.next_button):
                button.setEnabled(bool(session.segments) and not recording)
        self.record_button.update()
        self.view.update()

    def show_safe_zone(self, on: bool) -> None:
        """Draw (or not) what a platform's buttons cover over the camera (TikTok's)."""
        self.view.safe_zone = load_platforms()["tiktok"].safe_zone if on else None
        self.view.update()
