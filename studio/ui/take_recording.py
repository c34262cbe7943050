"""The take being recorded on Record: a `RecordingSession` made with the project's record
settings, the page's camera and its soundtrack clock; started and stopped by the record button
or Space, cut back by Delete last segment, and finished into one video by `TakeAssembly`.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from studio.capture.camera import CameraSource
from studio.capture.clock import TrackClock
from studio.capture.session import RecordingSession, SessionSettings
from studio.ui.take_assembly import TakeAssembly

ACTIVE = ("recording", "countdown")  # the states a press of the button or Space stops


class TakeRecording(QObject):
    """`session` is the take being recorded (None until the first press, and again once a new
    song or new settings start the take afresh). `camera()` and `clock()` are the page's
    devices, `settings()` how the next segment is recorded. Emits `changed()` after each action
    (the page redraws) and `said(line)` with what the status line should say."""

    changed = Signal()
    said = Signal(str)

    def __init__(self, parent: QObject, takes_folder: Path, takes: TakeAssembly,
                 camera: Callable[[], CameraSource | None], clock: Callable[[], TrackClock | None],
                 settings: Callable[[], SessionSettings]) -> None:  # fmt: skip
        super().__init__(parent)
        self.takes_folder, self.takes = takes_folder, takes
        self.camera, self.clock, self.settings = camera, clock, settings
        self.session: RecordingSession | None = None

    def recorded(self) -> bool:
        """Whether segments of a take have been recorded (the devices then stay fixed)."""
        return self.session is not None and bool(self.session.segments)

    def recording(self) -> bool:
        """Whether a segment is being recorded now."""
        return self.session is not None and self.session.state == "recording"

    def active(self) -> bool:
        """Whether a segment is being recorded or counted down to."""
        return self.session is not None and self.session.state in ACTIVE

    def start_afresh(self) -> None:
        """The next take is made with the settings as they are now (a new song: even after
        segments were recorded)."""
        self.session = None

    def follow_settings(self) -> None:
        """The settings changed: before any segment, the take starts again with them."""
        if not self.recorded():
            self.session = None

    def _session(self) -> RecordingSession | None:
        camera, clock = self.camera(), self.clock()
        if camera is None or clock is None:
            return None
        if self.session is None:
            self.session = RecordingSession(camera, clock, self.takes_folder, self.settings())
        elif self.session.state == "ready":  # speed and countdown may change between segments
            now = self.settings()
            self.session.settings = replace(self.session.settings, speed=now.speed,
                                            countdown=now.countdown)  # fmt: skip
        return self.session

    def start(self) -> None:
        """Start a segment (after the countdown, if there is one)."""
        session = self._session()
        if session is not None:
            session.start()
            self.changed.emit()

    def stop(self) -> None:
        """End the segment being recorded (a countdown cut short records nothing)."""
        if self.session is None:
            return
        released_early = self.session.state == "countdown"
        self.session.stop()
        if released_early:  # a hold released before the countdown ended
            self.said.emit(QCoreApplication.translate(
                "RecordPage", "Released during the countdown: nothing recorded. Hold the "
                "button until the countdown ends."))  # fmt: skip
        self.changed.emit()

    def delete_last(self) -> None:
        """Take back the last segment."""
        if self.session is not None:
            self.session.delete_last()
            self.changed.emit()

    def finish(self) -> None:
        """Assemble the segments into one video (off the UI thread); `takes` says when ready."""
        if self.session is None or not self.session.segments:
            return
        take = self.session.finish()
        self.session = None
        if take is not None:
            self.takes.assemble(take)
            self.takes.show_recent()
