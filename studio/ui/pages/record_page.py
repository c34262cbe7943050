"""Record: the camera large at 9:16, the music playing, hold (or tap) to record segments.

The camera, the soundtrack player, the preview and the take's assembly all run off the UI
thread; this page only arranges widgets and calls `session.tick()` thirty times a second.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.capture.camera import CameraError, CameraSource
from studio.capture.clock import TrackClock
from studio.capture.duet_playback import DuetPlayback
from studio.capture.latency import DEFAULT_DEVICES, saved_corrections
from studio.capture.session import (
    RecordingSession,
    SessionSettings,
)
from studio.capture.soundtrack_player import RATE, soundtrack_clock
from studio.capture.take import Take, find_takes
from studio.core.platforms import load_platforms
from studio.core.resources import resource_path
from studio.media.filters import build_filter
from studio.media.probe import probe
from studio.ui.icons import icon
from studio.ui.record_workers import (
    CameraPreview,
    JobPool,
    take_job,
    thumbnails_job,
    track_job,
)
from studio.ui.space_key import SpaceKey
from studio.ui.widgets.camera_view import CameraView
from studio.ui.widgets.duet_view import DuetView
from studio.ui.widgets.filter_strip import FilterStrip
from studio.ui.widgets.record_button import RecordButton
from studio.ui.widgets.record_panel import OWN_FILE, RecordPanel
from studio.ui.widgets.segment_bar import SegmentBar
from studio.ui.widgets.waveform import envelope

RECENT_TAKES = 12
AUDIO_FILES = "Audio (*.m4a *.mp3 *.wav *.aac *.flac *.ogg *.opus)"
MEDIA_FILES = (
    "Clips and photos (*.mp4 *.mov *.mkv *.webm *.m4v *.jpg *.jpeg *.png "
    "*.webp *.heic *.heif *.gif)"
)


class RecordPage(QWidget):
    """Emits `take_ready(path)` with the assembled take, or `clip_chosen(path)` (no camera)."""

    take_ready = Signal(str)
    clip_chosen = Signal(str)
    music_chosen = Signal(object)  # the creator picked a song (a Path) or none (None)

    def __init__(self, takes_folder: Path) -> None:
        super().__init__()
        self.takes_folder = takes_folder
        self.clock: TrackClock | None = None
        self.camera: CameraSource | None = None
        self.preview: CameraPreview | None = None
        self.session: RecordingSession | None = None
        self.track_path: Path | None = None
        self.track_samples: np.ndarray | None = None
        self.jobs = JobPool()
        self.sound_notice: str | None = None
        self.recent_takes: list[Take] = []
        self._build()
        self._counter_shown = False
        self.space_key = SpaceKey(self, self._space_pressed, self._space_released)
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._tick)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.bar = SegmentBar()
        self.view = CameraView()
        self.strip = FilterStrip()
        self.strip.look_chosen.connect(self._look_chosen)
        self.record_button = RecordButton()
        self.record_button.pressed.connect(self.start_recording)
        self.record_button.released.connect(self.stop_recording)
        self.record_button.tapped.connect(self.toggle_recording)
        self.import_button = QPushButton(self.tr("Import a clip instead…"))
        self.import_button.clicked.connect(self._import_clip)
        self.import_button.setVisible(False)
        self.song_notice = QLabel("")  # a template whose song is fixed says so before recording
        self.song_notice.setObjectName("muted")
        self.song_notice.setWordWrap(True)
        self.song_notice.setVisible(False)
        # a duet's other clip plays beside the camera (hidden when recording alone)
        self.duet: DuetPlayback | None = None
        self.duet_view = DuetView()
        self.duet_view.setVisible(False)
        pictures = QHBoxLayout()
        pictures.addWidget(self.duet_view, 1)
        pictures.addWidget(self.view, 1)
        centre = QVBoxLayout()
        centre.addWidget(self.song_notice)
        centre.addWidget(self.bar)
        centre.addLayout(pictures, 1)
        centre.addWidget(self.strip)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        centre.addLayout(buttons)
        centre.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)

        panel = RecordPanel()
        self.track_combo = panel.track_combo
        self.listen_button = panel.listen_button
        self.waveform = panel.waveform
        self.camera_combo = panel.camera_combo
        self.mic_combo = panel.mic_combo
        self.quality_combo = panel.quality_combo
        self.countdown_combo = panel.countdown_combo
        self.speed_combo = panel.speed_combo
        self.length_combo = panel.length_combo
        self.stop_at = panel.stop_at
        self.tap_mode = panel.tap_mode
        self.ghost_box = panel.ghost_box
        self.mirror_box = panel.mirror_box
        self.safe_box = panel.safe_box
        self.delete_button = panel.delete_button
        self.next_button = panel.next_button
        self.status = panel.status
        self.takes_combo = panel.takes_combo
        self.use_take_button = panel.use_take_button
        self.track_combo.currentIndexChanged.connect(self._track_changed)
        self.listen_button.toggled.connect(self._listen)
        self.waveform.start_chosen.connect(self._start_chosen)
        self.tap_mode.toggled.connect(self._tap_mode)
        self.safe_box.toggled.connect(self._safe_zone)
        self.delete_button.clicked.connect(self.delete_last)
        self.next_button.clicked.connect(self.finish_take)
        self.use_take_button.clicked.connect(self._use_recent_take)
        self.has_camera = panel.has_camera
        self.camera_combo.currentIndexChanged.connect(lambda _: self._reopen())
        self.mic_combo.currentIndexChanged.connect(lambda _: self._reopen())
        self.quality_combo.currentIndexChanged.connect(lambda _: self._reopen())
        layout = QHBoxLayout(self)
        layout.addLayout(centre, 1)
        layout.addWidget(panel)

    def prefer(self, camera: str, microphone: str) -> None:
        """Select the devices chosen in Settings, by name, when they are connected."""
        if self._recorded():
            return
        for combo, name in ((self.camera_combo, camera), (self.mic_combo, microphone)):
            index = combo.findText(name) if name else -1
            if index >= 0:
                combo.setCurrentIndex(index)

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
            microphone = self.mic_combo.currentData()
            self.clock, self.sound_notice = soundtrack_clock(self.track_samples, None, microphone)
        if not self.has_camera:
            self.view.message = self.tr("No camera found. Import a clip instead, or pick the "
                                        "test pattern in the camera list.")  # fmt: skip
            self.import_button.setVisible(True)
            return
        try:
            width, height = self.quality_combo.currentData()  # MJPG lets USB cameras do both
            self.camera = CameraSource(self.camera_combo.currentData(), self.clock, width, height)
        except (CameraError, OSError) as exc:
            self.view.message = str(exc)
            self.import_button.setVisible(True)
            return
        self.import_button.setVisible(False)
        self.view.message = ""
        if self.session is not None:  # segments recorded before leaving the page go on
            self.session.use_camera(self.camera)
        self.preview = CameraPreview(self.camera)
        self.preview.frame_ready.connect(self._show_frame)
        self._look_chosen(self.strip.current)
        self.preview.start()
        self.timer.start()
        self.space_key.install()
        QTimer.singleShot(1500, self._make_thumbnails)
        self._show_status()

    def deactivate(self) -> None:
        """Stop the camera and the music (leaving the page, closing the window)."""
        self.timer.stop()
        self.space_key.remove()
        if self.duet is not None:
            self.duet.close()  # its decoder restarts where needed when the page shows again
        if self.session is not None and self.session.state == "recording":
            self.session.stop()
        if self.preview is not None:
            self.preview.stop()
            self.preview = None
        if self.camera is not None:
            if self.session is not None:
                self.session.camera.on_frame = None
            self.camera.close()
            self.camera = None
            self.session = None if not self._recorded() else self.session
        if self.clock is not None and not self._recorded():
            self.clock.close()
            self.clock = None
        self.listen_button.setChecked(False)

    def _reopen(self) -> None:
        if self._recorded():
            return  # devices stay fixed once a take has begun
        if self.isVisible():
            self.deactivate()
            if self.clock is not None:
                self.clock.close()
                self.clock = None
            self.activate()

    def _recorded(self) -> bool:
        return self.session is not None and bool(self.session.segments)

    # --- the music ----------------------------------------------------------------------------
    def _track_changed(self) -> None:
        choice = self.track_combo.currentData()
        if choice == OWN_FILE:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Your music"), "", AUDIO_FILES)
            if not path:
                self.track_combo.setCurrentIndex(0)
                return
            self.choose_track(Path(path))
        elif choice is None:
            self.choose_track(None)
        elif Path(choice).is_absolute():  # the creator's own file, chosen before
            self.choose_track(Path(choice))
        else:
            self.choose_track(resource_path("music", f"{choice}.m4a"))

    def restore_music(self, path: Path | None) -> None:
        """Choose `path` again (after the pages were rebuilt): a bundled track or the creator's."""
        if path is None:
            return
        index = self.track_combo.findData(path.stem)
        if index < 0 or resource_path("music", f"{path.stem}.m4a") != path:
            index = self.track_combo.findData(str(path))
        if index < 0:
            index = self.track_combo.count() - 1  # before "Your own file…"
            self.track_combo.insertItem(index, path.name, str(path))
        self.track_combo.setCurrentIndex(index)

    def show_fixed_song(self, fixed: bool) -> None:
        """Say before recording that the template keeps its own song over the take."""
        self.song_notice.setText(self.tr("This template keeps its own song: your take will play "
                                         "over it, not over the music you record to.")
                                 if fixed else "")  # fmt: skip
        self.song_notice.setVisible(fixed)

    def choose_track(self, path: Path | None) -> None:
        """Load a soundtrack off the UI thread; the waveform appears when it is ready."""
        self.track_path = path
        self.music_chosen.emit(path)
        self.session = None
        if path is None:
            self.track_samples = None
            self._use_samples(None)
            return
        job = track_job(path)
        job.done.connect(self._use_samples)
        job.failed.connect(lambda message: self._say(self.tr("Cannot use that music: {0}")
                                                     .format(message)))  # fmt: skip
        self.jobs.start(job)

    def _use_samples(self, samples: np.ndarray | None) -> None:
        self.track_samples = samples
        if samples is None:
            self.waveform.show_track(envelope(np.zeros(1)), 0.0)
        else:
            self.waveform.show_track(envelope(samples), len(samples) / RATE)
        if self.clock is not None and hasattr(self.clock, "track") and samples is not None:
            self.clock.track = samples

    def _start_chosen(self, seconds: float) -> None:
        if not self._recorded():
            self.session = None
        if self.listen_button.isChecked() and self.clock is not None:
            self.clock.play(seconds)

    def _listen(self, on: bool) -> None:
        if self.clock is None or (self.session is not None and self.session.state == "recording"):
            return
        if on:
            self.clock.play(self.waveform.start)
            self.listen_button.setText(self.tr("Stop"))
            self.listen_button.setIcon(icon("stop"))
        else:
            self.clock.pause()
            self.listen_button.setText(self.tr("Play"))
            self.listen_button.setIcon(icon("play"))
            self.waveform.playhead = None

    # --- recording ----------------------------------------------------------------------------
    def _settings(self) -> SessionSettings:
        duration = self.waveform.duration if self.track_samples is not None else float("inf")
        stop_at = self.stop_at.value() or None
        # the calibration in Settings measures the default devices' round trip
        voice = self.mic_combo.currentData() is not None
        correction = saved_corrections().get(DEFAULT_DEVICES, 0.0) if voice else 0.0
        # a duet's take keeps only the creator's voice: the other clip brings its own sound
        track = self.track_path if self.track_samples is not None and self.duet is None else None
        return SessionSettings(
            track=track,
            track_seconds=duration, track_start=self.waveform.start,
            speed=self.speed_combo.currentData(), countdown=self.countdown_combo.currentData(),
            max_seconds=self.length_combo.currentData(), stop_at=stop_at,
            mic_correction=correction, mirror=self.mirror_box.isChecked(),
        )  # fmt: skip

    def _session(self) -> RecordingSession | None:
        if self.camera is None or self.clock is None:
            return None
        if self.session is None:
            self.session = RecordingSession(self.camera, self.clock, self.takes_folder,
                                            self._settings())  # fmt: skip
        elif self.session.state == "ready":  # speed and countdown may change between segments
            self.session.settings = replace(
                self.session.settings, speed=self.speed_combo.currentData(),
                countdown=self.countdown_combo.currentData(),
            )  # fmt: skip
        return self.session

    def start_recording(self) -> None:
        self.listen_button.setChecked(False)
        session = self._session()
        if session is not None:
            session.start()
            self._tick()

    def stop_recording(self) -> None:
        if self.session is not None:
            released_early = self.session.state == "countdown"
            self.session.stop()
            if released_early:  # a hold released before the countdown ended
                self._say(self.tr("Released during the countdown: nothing recorded. Hold the "
                                  "button until the countdown ends."))  # fmt: skip
            self._tick()

    def toggle_recording(self) -> None:
        if self.session is not None and self.session.state in ("recording", "countdown"):
            self.stop_recording()
        else:
            self.start_recording()

    def delete_last(self) -> None:
        if self.session is not None:
            self.session.delete_last()
            self._tick()

    def finish_take(self) -> None:
        """Assemble the segments into one video (off the UI thread), then `take_ready`."""
        if self.session is None or not self.session.segments:
            return
        take = self.session.finish()
        self.session = None
        if take is not None:
            self._assemble(take)
            self.show_recent_takes()

    def _assemble(self, take: Take) -> None:
        self._say(self.tr("Putting your take together…"))
        job = take_job(take, take.folder / "take.mp4", self.preview.look if self.preview else None)
        job.done.connect(lambda path: self.take_ready.emit(str(path)))
        job.done.connect(lambda _: self._say(self.tr("Take ready.")))
        job.failed.connect(lambda m: self._say(self.tr("Cannot assemble the take: {0}").format(m)))
        self.jobs.start(job)

    def show_recent_takes(self) -> None:
        """Takes on disk, newest first; one cut short by a crash says so."""
        self.recent_takes = find_takes(self.takes_folder)[:RECENT_TAKES]
        self.takes_combo.clear()
        for take in self.recent_takes:
            label = self.tr("{0} · {1:.1f} s").format(take.folder.name.removeprefix("take-"),
                                                     take.duration)  # fmt: skip
            if take.interrupted:
                label += " " + self.tr("(recovered)")
            self.takes_combo.addItem(label)
        has_takes = bool(self.recent_takes)
        self.takes_combo.setEnabled(has_takes)
        self.use_take_button.setEnabled(has_takes)

    def _use_recent_take(self) -> None:
        index = self.takes_combo.currentIndex()
        if 0 <= index < len(self.recent_takes):
            self._assemble(self.recent_takes[index])

    # --- what the page shows ------------------------------------------------------------------
    def _tick(self) -> None:
        session = self.session
        if session is not None:
            session.tick()
            recorded, marks, total = session.recorded, session.segment_marks, session.limit
            total -= session.settings.track_start
            self.bar.show_progress(recorded, marks, total)
            self.view.countdown = int(session.countdown_left + 0.999)
            self.view.recording = session.state == "recording"
            self.record_button.recording = session.state == "recording"
            self.record_button.setEnabled(session.state != "done")
            self.waveform.recorded = recorded
            if self.preview is not None:
                self.preview.ghost = session.ghost if self.ghost_box.isChecked() else None
            self.delete_button.setEnabled(bool(session.segments) and session.state != "recording")
            self.next_button.setEnabled(bool(session.segments) and session.state != "recording")
        else:
            self.bar.show_progress(0, [], self.length_combo.currentData())
            self.delete_button.setEnabled(False)
            self.next_button.setEnabled(False)
            self.record_button.recording = False
        recording = session is not None and session.state in ("recording", "countdown")
        for widget in (self.track_combo, self.waveform, self.camera_combo, self.mic_combo,
                       self.quality_combo, self.length_combo):  # fmt: skip
            widget.setEnabled(not recording and not self._recorded())
        if self.listen_button.isChecked() and self.clock is not None and not recording:
            self.waveform.playhead = self.clock.position_at(self.clock.now())
        self.record_button.update()
        self.waveform.update()
        self.view.update()
        self._show_duet()
        counting = session is not None and session.state == "recording"
        if self._counter_shown and not counting:
            self._say("")  # the seconds counter goes when the recording stops
        self._counter_shown = counting
        self._show_status()
        if session is not None and counting:
            self._say(self.tr("● Recording {0} s").format(f"{session.recorded:.1f}"))

    def _show_status(self) -> None:
        lines = [self.sound_notice] if self.sound_notice else []
        if self.session is not None:
            lines += self.session.notices[-2:]
        if self.camera is not None and self.camera.lost:
            lines.append(self.camera.lost)
        if lines:
            self._say("\n".join(lines))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _show_frame(self, image: QImage) -> None:
        self.view.show_image(image)

    def _look_chosen(self, name: str) -> None:
        if self.preview is not None:
            self.preview.look = build_filter(name) if name != "none" else None

    def _make_thumbnails(self) -> None:
        frame = self.preview.latest_rgb if self.preview is not None else None
        if frame is None:
            return
        job = thumbnails_job(frame.copy())
        job.done.connect(self.strip.show_thumbnails)
        self.jobs.start(job)

    def _tap_mode(self, on: bool) -> None:
        self.record_button.hold_mode = not on
        self.record_button.setToolTip(self.tr("Tap to start, tap to stop (Space)") if on
                                      else self.tr("Hold to record (Space)"))  # fmt: skip

    def _safe_zone(self, on: bool) -> None:
        self.view.safe_zone = load_platforms()["tiktok"].safe_zone if on else None
        self.view.update()

    def _import_clip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A clip or photo"), "", MEDIA_FILES)
        if path:
            self.clip_chosen.emit(path)

    def _space_pressed(self) -> None:
        self.toggle_recording() if not self.record_button.hold_mode else self.start_recording()

    def _space_released(self) -> None:
        if self.record_button.hold_mode:
            self.stop_recording()

    # --- recording beside another clip (duet, reaction) ------------------------------------
    def set_duet_clip(self, path: Path | None) -> None:
        """Record beside `path` in time with the soundtrack, which becomes that clip's own
        sound when it has one; None records alone."""
        if self.duet is not None and self.duet.path == path:
            return
        if self.duet is not None:
            self.duet.close()
            self.duet = None
        self.duet_view.setVisible(path is not None)
        if path is None:
            return
        self.duet = DuetPlayback(path)
        if probe(path).has_audio and not self._recorded():
            self.choose_track(path)
        self._show_duet()

    def _show_duet(self) -> None:
        if self.duet is None:
            return
        position = self.clock.position_at(self.clock.now()) if self.clock is not None else None
        self.duet_view.show_rgb(self.duet.frame_at(self.waveform.start if position is None
                                                   else position))  # fmt: skip

    def shutdown(self) -> None:
        """Everything off: the window is closing."""
        self.set_duet_clip(None)
        self.deactivate()
        if self.clock is not None:
            self.clock.close()
            self.clock = None
        self.jobs.stop_all()
