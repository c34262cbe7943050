"""Record's settings as a view of the project: the countdown, speed, length, stop, mirror and
ghost controls, the look strip, the song and the background behind the creator show the
project's `RecordSettings`, and the creator's changes become `SetRecord` commands (so they are
undone, saved in the draft and kept through a crash, a restart or a language switch).

Only the widgets it is given: it emits `shown` when the controls show the project's settings
again (the record page then makes its next take with them) and `look_shown(name)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.capture.session import SessionSettings
from studio.core.project import Change, Project, RecordSettings, SetRecord
from studio.ui.background_choice import BackgroundChoice
from studio.ui.soundtrack_choice import SoundtrackChoice
from studio.ui.widgets.filter_strip import FilterStrip
from studio.ui.widgets.record_panel import RecordPanel


class RecordSettingsView(QObject):
    """Shows one project's record settings in `panel`, `strip`, `music` and `background`;
    sends edits."""

    shown = Signal()
    look_shown = Signal(str)

    def __init__(self, panel: RecordPanel, strip: FilterStrip, music: SoundtrackChoice,
                 background: BackgroundChoice) -> None:  # fmt: skip
        super().__init__(panel)
        self.panel, self.strip, self.music = panel, strip, music
        self.background = background
        self.project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # `activated` and `clicked` come only from the creator, never from showing a value
        for combo, setting in ((panel.countdown_combo, "countdown"),
                               (panel.speed_combo, "speed"),
                               (panel.length_combo, "max_seconds")):  # fmt: skip
            combo.activated.connect(lambda _, c=combo, s=setting: self.set(s, c.currentData()))
        panel.stop_at.valueChanged.connect(lambda value: self.set("stop_at", value or None))
        panel.mirror_box.clicked.connect(lambda on: self.set("mirror", on))
        panel.ghost_box.clicked.connect(lambda on: self.set("ghost", on))
        panel.waveform.start_chosen.connect(lambda seconds: self.set("song_start", seconds))
        background.picked.connect(lambda path: self.set("background", path or None))

    @property
    def settings(self) -> RecordSettings:
        """How the next take is recorded (the defaults without a project)."""
        return self.project.state.record if self.project is not None else RecordSettings()

    def session_settings(self, track: Path | None, track_seconds: float,
                         mic_correction: float) -> SessionSettings:  # fmt: skip
        """The recording session's settings: the project's, for `track` as loaded (None: no
        music on the take) and the microphone's measured delay."""
        record = self.settings
        return SessionSettings(
            track=track, track_seconds=track_seconds,
            track_start=min(record.song_start, track_seconds), speed=record.speed,
            countdown=record.countdown, max_seconds=record.max_seconds, stop_at=record.stop_at,
            mic_correction=mic_correction, mirror=record.mirror,
        )  # fmt: skip

    def attach(self, project: Project | None) -> None:
        """Show `project`'s record settings and send the creator's changes to it."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        if project is not None:
            self._unsubscribe = project.subscribe(self._changed)
        self.show()

    def _changed(self, change: Change) -> None:
        if "record" in change.aspects:
            self.show()

    def show(self) -> None:
        """Every control as the project has it (set quietly: showing is not choosing)."""
        record, panel = self.settings, self.panel
        for combo, value in ((panel.countdown_combo, record.countdown),
                             (panel.speed_combo, record.speed),
                             (panel.length_combo, record.max_seconds)):  # fmt: skip
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        panel.stop_at.blockSignals(True)
        panel.stop_at.setValue(record.stop_at or 0.0)
        panel.stop_at.blockSignals(False)
        panel.mirror_box.setChecked(record.mirror)
        panel.ghost_box.setChecked(record.ghost)
        self.strip.show_look(record.look)
        song = Path(record.song) if record.song else None
        if song != self.music.path:
            if song is None:
                panel.track_combo.setCurrentIndex(0)
            else:
                self.music.restore(song)
        panel.waveform.start = min(record.song_start, panel.waveform.duration or record.song_start)
        panel.waveform.update()
        self.background.show_path(record.background or "")
        self.look_shown.emit(record.look)
        self.shown.emit()

    def set(self, setting: str, value: Any) -> None:
        """The creator changed one record setting: a command to the project."""
        if self.project is None or getattr(self.settings, setting) == value:
            return
        changed = self.settings.model_copy(update={setting: value})
        self.project.execute(SetRecord(changed, setting))
        if setting != "song_start":  # dragging along the song is one step
            self.project.seal()

    def song_chosen(self, path: Path | None) -> None:
        """A song picked in the list (or none): it plays from its start."""
        song = str(path) if path else None
        if self.project is None or song == self.settings.song:
            return
        changed = self.settings.model_copy(update={"song": song, "song_start": 0.0})
        self.project.execute(SetRecord(changed, "song"))
        self.project.seal()

    def close(self) -> None:
        self.attach(None)
