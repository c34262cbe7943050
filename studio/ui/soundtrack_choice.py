"""The song a take is recorded to: the list's choice or the creator's own file, loaded off the UI
thread into the waveform, and listened to before recording.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from studio.capture.clock import TrackClock
from studio.capture.soundtrack_player import RATE
from studio.core.resources import resource_path
from studio.ui.icons import icon
from studio.ui.jobs import JobRunner
from studio.ui.media_folder import pick_media_file
from studio.ui.widgets.record_panel import OWN_FILE, RecordPanel
from studio.ui.widgets.waveform import envelope

AUDIO_FILES = "Audio (*.m4a *.mp3 *.wav *.aac *.flac *.ogg *.opus)"


class SoundtrackChoice(QObject):
    """The music chosen on `panel`: `path`, and `samples` once loaded on `runner` (None: no
    music). `clock()` is the record page's soundtrack clock, `recording()` whether a segment is
    being recorded (the song is not previewed then). Emits `chosen(path or None)` when the
    creator picks a song, `start_moved()` when they move where it starts, `loaded(samples or
    None)` once it is decoded and `said(line)` with what the status line should say."""

    chosen = Signal(object)
    start_moved = Signal()
    loaded = Signal(object)
    said = Signal(str)

    def __init__(self, panel: RecordPanel, runner: JobRunner,
                 clock: Callable[[], TrackClock | None],
                 recording: Callable[[], bool]) -> None:  # fmt: skip
        super().__init__(panel)
        self.panel = panel
        self.runner = runner
        self.clock = clock
        self.recording = recording
        self.path: Path | None = None
        self.samples: np.ndarray | None = None
        self.panel.track_combo.currentIndexChanged.connect(self._track_changed)
        self.panel.listen_button.toggled.connect(self._listen)
        self.panel.waveform.start_chosen.connect(self._start_chosen)

    def _track_changed(self) -> None:
        choice = self.panel.track_combo.currentData()
        if choice == OWN_FILE:
            path = pick_media_file(
                self.panel, QCoreApplication.translate("RecordPage", "Your music"), AUDIO_FILES
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
            combo.blockSignals(True)  # the insert is not a choice; setting the index is
            combo.insertItem(index, path.name, str(path))
            combo.blockSignals(False)
        combo.setCurrentIndex(index)

    def _show(self, path: Path | None) -> None:
        """The list names the song chosen (a file picked through "Your own file…" too), quietly:
        showing it is not choosing it again."""
        combo = self.panel.track_combo
        index = 0 if path is None else combo.findData(str(path))
        if path is not None and index < 0 and resource_path("music", f"{path.stem}.m4a") == path:
            index = combo.findData(path.stem)
        # quiet from the insert on: inserting before the current "Your own file…" moves the
        # current index, which asked for the file a second time (cancelled, the song was lost)
        combo.blockSignals(True)
        if index < 0:
            index = combo.count() - 1  # before "Your own file…"
            combo.insertItem(index, path.name if path else "", str(path))
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def choose(self, path: Path | None) -> None:
        """Load a soundtrack off the UI thread; the waveform appears when it is ready. The song
        picked last wins, however long an earlier one takes to decode."""
        from studio.media.pcm import decode_pcm

        self.path = path
        self._show(path)
        self.chosen.emit(path)
        if path is None:
            self.runner.cancel("track")
            self._use_samples(None)
            return
        self.runner.submit("track", lambda _: decode_pcm(path), done=self._use_samples,
                           failed=self._failed)  # fmt: skip

    def _failed(self, message: str) -> None:
        text = QCoreApplication.translate("RecordPage", "Cannot use that music: {0}")
        self.said.emit(text.format(message))

    def _use_samples(self, samples: np.ndarray | None) -> None:
        self.samples = samples
        if samples is None:
            self.panel.waveform.show_track(envelope(np.zeros(1)), 0.0)
        else:
            self.panel.waveform.show_track(envelope(samples), len(samples) / RATE)
        self.loaded.emit(samples)

    def _start_chosen(self, seconds: float) -> None:
        self.start_moved.emit()
        clock = self.clock()
        if self.panel.listen_button.isChecked() and clock is not None:
            clock.play(seconds)

    def _listen(self, on: bool) -> None:
        clock = self.clock()
        if clock is None or self.recording():
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
