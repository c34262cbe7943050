"""The song a take is recorded to: the list's choice or the creator's own file, loaded off the UI
thread into the waveform, and listened to before recording.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from studio.capture.soundtrack_player import RATE
from studio.core.resources import resource_path
from studio.ui.icons import icon
from studio.ui.media_folder import pick_media_file
from studio.ui.record_workers import track_job
from studio.ui.widgets.record_panel import OWN_FILE
from studio.ui.widgets.waveform import envelope

if TYPE_CHECKING:
    from studio.ui.pages.record_page import RecordPage

AUDIO_FILES = "Audio (*.m4a *.mp3 *.wav *.aac *.flac *.ogg *.opus)"


class SoundtrackChoice:
    """The record page's music: `path` chosen, `samples` once loaded (None: no music)."""

    def __init__(self, page: RecordPage) -> None:
        self.page = page
        self.panel = page.panel
        self.path: Path | None = None
        self.samples: np.ndarray | None = None
        self.panel.track_combo.currentIndexChanged.connect(self._track_changed)
        self.panel.listen_button.toggled.connect(self._listen)
        self.panel.waveform.start_chosen.connect(self._start_chosen)

    def _track_changed(self) -> None:
        choice = self.panel.track_combo.currentData()
        if choice == OWN_FILE:
            path = pick_media_file(
                self.page, QCoreApplication.translate("RecordPage", "Your music"), AUDIO_FILES
            )
            if not path:
                self.panel.track_combo.setCurrentIndex(0)
                return
            self.choose(Path(path))
        elif choice is None:
            self.choose(None)
        elif Path(choice).is_absolute():  # the creator's own file, chosen before
            self.choose(Path(choice))
        else:
            self.choose(resource_path("music", f"{choice}.m4a"))

    def restore(self, path: Path | None) -> None:
        """Choose `path` again (after the pages were rebuilt): a bundled track or the creator's."""
        if path is None:
            return
        combo = self.panel.track_combo
        index = combo.findData(path.stem)
        if index < 0 or resource_path("music", f"{path.stem}.m4a") != path:
            index = combo.findData(str(path))
        if index < 0:
            index = combo.count() - 1  # before "Your own file…"
            combo.insertItem(index, path.name, str(path))
        combo.setCurrentIndex(index)

    def choose(self, path: Path | None) -> None:
        """Load a soundtrack off the UI thread; the waveform appears when it is ready."""
        self.path = path
        self.page.music_chosen.emit(path)
        self.page.session = None
        if path is None:
            self.samples = None
            self._use_samples(None)
            return
        job = track_job(path)
        job.done.connect(self._use_samples)
        job.failed.connect(self._failed)
        self.page.jobs.start(job)

    def _failed(self, message: str) -> None:
        text = QCoreApplication.translate("RecordPage", "Cannot use that music: {0}")
        self.page.say(text.format(message))

    def _use_samples(self, samples: np.ndarray | None) -> None:
        self.samples = samples
        if samples is None:
            self.panel.waveform.show_track(envelope(np.zeros(1)), 0.0)
        else:
            self.panel.waveform.show_track(envelope(samples), len(samples) / RATE)
        clock = self.page.clock
        if clock is not None and hasattr(clock, "track") and samples is not None:
            clock.track = samples

    def _start_chosen(self, seconds: float) -> None:
        if not self.page.recorded():
            self.page.session = None
        if self.panel.listen_button.isChecked() and self.page.clock is not None:
            self.page.clock.play(seconds)

    def _listen(self, on: bool) -> None:
        clock, session = self.page.clock, self.page.session
        if clock is None or (session is not None and session.state == "recording"):
            return
        button = self.panel.listen_button
        if on:
            clock.play(self.panel.waveform.start)
            button.setText(QCoreApplication.translate("RecordPage", "Stop"))
            button.setIcon(icon("stop"))
        else:
            clock.pause()
            button.setText(QCoreApplication.translate("RecordPage", "Play"))
            button.setIcon(icon("play"))
            self.panel.waveform.playhead = None
