"""Record: the camera large at 9:16, the music playing, hold (or tap) to record segments.

The camera, the soundtrack player, the preview and the take's assembly all run off the UI
thread; this page only arranges widgets and calls `session.tick()` thirty times a second.
How the take is recorded (speed, countdown, length, stop, mirror, ghost, look, the song and
where it starts, the background) is the project's (`attach`), shown and changed by
`RecordSettingsView`. The take being recorded is `TakeRecording`'s, what the status line says
besides is `record_status`'s, and the song, a duet's other clip, the background and the take's
assembly each have a helper of their own.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from studio.capture.camera import CameraSource
from studio.capture.clock import TrackClock
from studio.capture.latency import DEFAULT_DEVICES, saved_corrections
from studio.capture.session import RecordingSession, SessionSettings
from studio.capture.soundtrack_player import soundtrack_clock
from studio.core.project import Project, RecordSettings
from studio.media.filters import build_filter, look_thumbnails
from studio.ui.background_choice import BackgroundChoice
from studio.ui.camera_opening import CameraOpening
from studio.ui.duet_beside import DuetBeside
from studio.ui.jobs import JobRunner
from studio.ui.locale_numbers import local_number
from studio.ui.media_folder import pick_media_file
from studio.ui.record_settings import RecordSettingsView
from studio.ui.record_status import status_lines
from studio.ui.record_workers import CameraPreview
from studio.ui.soundtrack_choice import SoundtrackChoice
from studio.ui.space_key import SpaceKey
from studio.ui.take_assembly import TakeAssembly
from studio.ui.take_recording import TakeRecording
from studio.ui.widgets.record_panel import RecordPanel
from studio.ui.widgets.record_stage import RecordStage

MEDIA_FILES = (
    "Clips and photos (*.mp4 *.mov *.mkv *.webm *.m4v *.jpg *.jpeg *.png "
    "*.webp *.heic *.heif *.avif *.tif *.tiff *.gif)"
)


class RecordPage(QWidget):
    """Emits `take_ready(path)` with the assembled take, or `clip_chosen(path)` (no camera)."""

    take_ready = Signal(str)
    clip_chosen = Signal(str)
    music_chosen = Signal(object)  # the creator picked a song (a Path) or none (None)
    panel: RecordPanel  # made by `_build`, read by the helpers made after it
    take: TakeRecording

    def __init__(self, takes_folder: Path) -> None:
        super().__init__()
        self.takes_folder = takes_folder
        self.clock: TrackClock | None = None
        self.camera: CameraSource | None = None
        self.preview: CameraPreview | None = None
        self.jobs = JobRunner(self)
        self.opening = CameraOpening(self.jobs)  # the camera opens off the window's thread
        self.opening.opened.connect(self._camera_opened)
        self.opening.failed.connect(self._camera_failed)
        self.sound_notice: str | None = None
        self._build()
        self.music = SoundtrackChoice(self.panel, self.jobs, lambda: self.clock,
                                      lambda: self.take.recording())  # fmt: skip
        self.music.chosen.connect(self._music_chosen)
        self.music.start_moved.connect(self._start_moved)
        self.music.loaded.connect(self._track_loaded)
        self.music.said.connect(self.say)
        self.duet = DuetBeside(self.duet_view, self.jobs)
        self.duet.opened.connect(self._duet_opened)
        self.duet.failed.connect(self.say)
        self.background = BackgroundChoice(self.panel.background_combo, self, self.jobs)
        self.background.said.connect(self.say)
        self.record_settings = RecordSettingsView(self.panel, self.strip, self.music,
                                                  self.background)  # fmt: skip
        self.record_settings.shown.connect(self._settings_shown)
        self.record_settings.look_shown.connect(self._show_look)
        self.music_chosen.connect(self.record_settings.song_chosen)
        look = lambda: self.preview.look if self.preview else None  # noqa: E731
        self.takes = TakeAssembly(self.panel, takes_folder, self.jobs, look,
                                  self.background.cutout)  # fmt: skip
        self.takes.ready.connect(self.take_ready)
        self.takes.said.connect(self.say)
        self.take = TakeRecording(self, takes_folder, self.takes, lambda: self.camera,
                                  lambda: self.clock, self._settings)  # fmt: skip
        self.take.changed.connect(self._tick)
        self.take.said.connect(self.say)
        self._counter_shown = False
        self.space_key = SpaceKey(self, self._space_pressed, self._space_released)
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._tick)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stage = stage = RecordStage()
        # the stage's and panel's widgets the page (and its tests) reach by name
        self.bar, self.view, self.strip = stage.bar, stage.view, stage.strip
        self.record_button, self.import_button = stage.record_button, stage.import_button
        self.song_notice, self.duet_view = stage.song_notice, stage.duet_view
        self.strip.look_chosen.connect(self._look_chosen)
        self.record_button.pressed.connect(self.start_recording)
        self.record_button.released.connect(lambda: self.take.stop())
        self.record_button.tapped.connect(self.toggle_recording)
        self.import_button.setText(self.tr("Import a clip instead…"))
        self.import_button.clicked.connect(self._import_clip)

        self.panel = panel = RecordPanel()
        self.track_combo, self.listen_button = panel.track_combo, panel.listen_button
        self.waveform, self.status = panel.waveform, stage.status
        self.countdown_combo, self.speed_combo = panel.countdown_combo, panel.speed_combo
        self.delete_button, self.next_button = stage.delete_button, stage.next_button
        self.takes_combo, self.use_take_button = panel.takes_combo, panel.use_take_button
        panel.tap_mode.toggled.connect(self._tap_mode)
        panel.safe_box.toggled.connect(stage.show_safe_zone)
        self.delete_button.clicked.connect(lambda: self.take.delete_last())
        self.next_button.clicked.connect(lambda: self.take.finish())
        for combo in (panel.camera_combo, panel.mic_combo, panel.quality_combo):
            combo.currentIndexChanged.connect(lambda _: self._reopen())
        layout = QHBoxLayout(self)
        layout.addWidget(stage, 1)
        layout.addWidget(panel.in_scroll_area())

    # --- the project's record settings (shown and sent by RecordSettingsView) ---------------
    @property
    def project(self) -> Project | None:
        """The project whose record settings the page shows."""
        return self.record_settings.project

    @property
    def settings(self) -> RecordSettings:
        """How the next take is recorded."""
        return self.record_settings.settings

    def attach(self, project: Project | None) -> None:
        """Show `project`'s record settings and send the creator's changes to it."""
        self.record_settings.attach(project)

    def _settings_shown(self) -> None:
        self.take.follow_settings()  # the next take is made with these settings

    def prefer(self, camera: str, microphone: str) -> None:
        """Select the devices chosen in Settings, by name, when they are connected."""
        if not self.recorded():
            self.panel.prefer(camera, microphone)

    # --- opening and closing the camera with the page --------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()

    def hideEvent(self, event: QHideEvent) -> None:
        self.deactivate()
        super().hideEvent(event)

    def activate(self) -> None:
        if self.camera is not None:
            return
        self.show_recent_takes()
        if self.clock is None:
            microphone = self.panel.mic_combo.currentData()
            self.clock, self.sound_notice = soundtrack_clock(self.track_samples, None, microphone)
        if not self.panel.has_camera:
            self.view.message = self.tr("No camera found. Import a clip instead, or pick the "
                                        "test pattern in the camera list.")  # fmt: skip
            self.import_button.setVisible(True)
            return
        self._tick()  # the buttons as they are until the camera is open
        width, height = self.panel.quality_combo.currentData()  # MJPG lets USB cameras do both
        self.view.message = self.tr("Opening the camera…")
        self.opening.open(self.panel.camera_combo.currentData(), self.clock, width, height)

    def _camera_failed(self, line: str) -> None:
        self.view.message = line
        self.import_button.setVisible(True)

    def _camera_opened(self, camera: CameraSource) -> None:
        self.camera = camera
        self.import_button.setVisible(False)
        self.view.message = ""
        if self.session is not None:  # segments recorded before leaving the page go on
            self.session.use_camera(self.camera)
        self.preview = CameraPreview(self.camera, self.jobs)
        self.preview.frame_ready.connect(self.view.show_image)
        self._show_look(self.settings.look)
        self.background.use_in(self.preview)
        self.preview.start()
        self.timer.start()
        self.space_key.install()
        QTimer.singleShot(1500, self._make_thumbnails)
        self._show_status()

    def deactivate(self) -> None:
        """Stop the camera and the music (leaving the page, closing the window)."""
        self.opening.stop()
        self.timer.stop()
        self.space_key.remove()
        self.duet.pause()  # its decoder restarts where needed when the page shows again
        if self.session is not None and self.session.state == "recording":
            self.session.stop()
        if self.preview is not None:
            self.background.use_in(None)
            self.preview.stop()
            self.preview = None
        if self.camera is not None:
            if self.session is not None:
                self.session.camera.on_frame = None
            self.camera.close()
            self.camera = None
            self.take.follow_settings()  # a take begun goes on with the camera opened again
        if self.clock is not None and not self.recorded():
            self.opening.retire(self.clock.close)  # once no camera being opened reads it
            self.clock = None
        self.listen_button.setChecked(False)

    def _reopen(self) -> None:
        if self.recorded():
            return  # devices stay fixed once a take has begun
        if self.isVisible():
            self.deactivate()
            if self.clock is not None:
                self.clock.close()
                self.clock = None
            self.activate()

    @property
    def session(self) -> RecordingSession | None:
        """The take being recorded (see `TakeRecording`)."""
        return self.take.session

    def recorded(self) -> bool:
        """Whether segments of a take have been recorded (the devices then stay fixed)."""
        return self.take.recorded()

    # --- the music (chosen, loaded and listened to by SoundtrackChoice) ----------------------
    @property
    def track_path(self) -> Path | None:
        """The song chosen to record to, or None."""
        return self.music.path

    @property
    def track_samples(self) -> np.ndarray | None:
        """The chosen song's samples once loaded, or None."""
        return self.music.samples

    def choose_track(self, path: Path | None) -> None:
        """Load a soundtrack off the UI thread; the waveform appears when it is ready."""
        self.music.choose(path)

    def restore_music(self, path: Path | None) -> None:
        """Choose `path` again (after the pages were rebuilt): a bundled track or the creator's."""
        self.music.restore(path)

    def _music_chosen(self, path: Path | None) -> None:
        self.music_chosen.emit(path)
        self.take.start_afresh()  # a new song: the take starts again

    def _start_moved(self) -> None:
        self.take.follow_settings()

    def _track_loaded(self, samples: np.ndarray | None) -> None:
        clock = self.clock
        if clock is not None and hasattr(clock, "track") and samples is not None:
            clock.track = samples

    def show_fixed_song(self, fixed: bool) -> None:
        """Say before recording that the template keeps its own song over the take."""
        self.song_notice.setText(self.tr("This template keeps its own song: your take will play "
                                         "over it, not over the music you record to.")
                                 if fixed else "")  # fmt: skip
        self.song_notice.setVisible(fixed)

    # --- recording ----------------------------------------------------------------------------
    def _settings(self) -> SessionSettings:
        duration = self.waveform.duration if self.track_samples is not None else float("inf")
        # the calibration in Settings measures the default devices' round trip
        voice = self.panel.mic_combo.currentData() is not None
        correction = saved_corrections().get(DEFAULT_DEVICES, 0.0) if voice else 0.0
        # a duet's take keeps only the creator's voice: the other clip brings its own sound
        alone = self.duet.path is None
        track = self.track_path if self.track_samples is not None and alone else None
        return self.record_settings.session_settings(track, duration, correction)

    def start_recording(self) -> None:
        """Start a segment (the song being listened to stops: it plays from the take's start)."""
        self.listen_button.setChecked(False)
        self.take.start()

    def toggle_recording(self) -> None:
        self.take.stop() if self.take.active() else self.start_recording()

    def show_recent_takes(self) -> None:
        """Takes on disk, newest first; one cut short by a crash says so."""
        self.takes.show_recent()

    # --- what the page shows ------------------------------------------------------------------
    def _tick(self) -> None:
        session = self.session
        if session is not None:
            session.tick()
            self.waveform.recorded = session.recorded
            if self.preview is not None:
                self.preview.ghost = session.ghost if self.settings.ghost else None
        self.stage.show_session(session, self.settings.max_seconds)
        recording = session is not None and session.state in ("recording", "countdown")
        self.panel.lock(recording or self.recorded())
        if self.listen_button.isChecked() and self.clock is not None and not recording:
            self.waveform.playhead = self.clock.position_at(self.clock.now())
        self.waveform.update()
        self._show_duet()
        counting = session is not None and session.state == "recording"
        if self._counter_shown and not counting:
            self.say("")  # the seconds counter goes when the recording stops
        self._counter_shown = counting
        self._show_status()
        if session is not None and counting:
            self.say(self.tr("● Recording {0} s").format(local_number(session.recorded, 1)))

    def _show_status(self) -> None:
        lines = status_lines(self.sound_notice, self.session, self.camera)
        if lines:
            self.say("\n".join(lines))

    def say(self, text: str) -> None:
        """Show `text` in the side panel's status line."""
        self.status.setText(text)

    def _look_chosen(self, name: str) -> None:
        """The creator tapped a look: the project's now, and the camera seen through it."""
        self.record_settings.set("look", name)
        self._show_look(name)

    def _show_look(self, name: str) -> None:
        if self.preview is not None:
            self.preview.look = build_filter(name) if name != "none" else None

    def _make_thumbnails(self) -> None:
        frame = self.preview.latest_rgb if self.preview is not None else None
        if frame is None:
            return
        frame = frame.copy()
        self.jobs.submit("thumbnails", lambda _: look_thumbnails(frame, 72),
                         done=self.strip.show_thumbnails)  # fmt: skip

    def _tap_mode(self, on: bool) -> None:
        self.record_button.hold_mode = not on
        self.record_button.setToolTip(self.tr("Tap to start, tap to stop (Space)") if on
                                      else self.tr("Hold to record (Space)"))  # fmt: skip

    def _import_clip(self) -> None:
        path = pick_media_file(self, self.tr("A clip or photo"), MEDIA_FILES)
        if path:
            self.clip_chosen.emit(path)

    def _space_pressed(self) -> None:
        self.toggle_recording() if not self.record_button.hold_mode else self.start_recording()

    def _space_released(self) -> None:
        if self.record_button.hold_mode:
            self.take.stop()

    # --- recording beside another clip (duet, reaction) ------------------------------------
    def set_duet_clip(self, path: Path | None) -> None:
        """Record beside `path` in time with the soundtrack, which becomes that clip's own
        sound when it has one; None records alone. The clip is opened off the window's thread."""
        self.duet.set_clip(path)

    def _duet_opened(self, path: Path, has_audio: bool) -> None:
        if has_audio and not self.recorded():
            self.choose_track(path)
        self._show_duet()

    def _show_duet(self) -> None:
        self.duet.show(self.clock, self.waveform.start)

    def shutdown(self) -> None:
        """Everything off: the window is closing."""
        self.record_settings.close()
        self.duet.close()
        self.deactivate()
        self.opening.close()
        if self.clock is not None:
            self.clock.close()
            self.clock = None
        self.jobs.close()
