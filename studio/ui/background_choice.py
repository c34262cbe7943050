"""What stands behind the creator while recording: their room as it is, or a picture or clip of
their choice with the room cut away (remove-background, at preview size, live).

The choice is the project's (`RecordSettings.background`, shown by `RecordSettingsView`), so it
is undone, saved in the draft and back after a restart. The take is assembled with the same cut
as the preview showed. The cut is built off the window's thread (it probes the picture); where
person segmentation cannot run (no mediapipe for this machine), or the picture is gone, the
status line says so in one line. Its words keep the record page's translation context, where
they were first written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from studio.media.filters import Filter, build_filter
from studio.ui.jobs import JobContext, JobRunner
from studio.ui.media_folder import pick_media_file
from studio.ui.record_workers import CameraPreview
from studio.ui.widgets.record_panel import OWN_FILE

BACKGROUND_FILES = (
    "Pictures and clips (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.mp4 *.mov *.mkv "
    "*.webm *.m4v)"
)
NONE = ""  # the combo's data for "the room as it is"


def cutout_for(path: str) -> Filter | None:
    """A new cut-out filter in front of `path` (each thread gets its own), or None for the room;
    FilterError when it cannot run. It probes the picture: a job's work, or cached."""
    if not path:
        return None
    return build_filter("remove-background", params={"background": path})


class BackgroundChoice(QObject):
    """The background on `combo`: `path` as the project has it ("" for the room as it is).

    Emits `picked(path)` when the creator picks one (the record settings make it the
    project's), `said(line)` with what the status line should say."""

    picked = Signal(str)
    said = Signal(str)

    def __init__(self, combo: QComboBox, dialog_parent: QWidget, runner: JobRunner) -> None:
        super().__init__(combo)
        self.combo = combo
        self.dialog_parent = dialog_parent
        self.runner = runner
        self.path = NONE
        self.preview: CameraPreview | None = None  # the camera preview the cut is handed to
        self.combo.currentIndexChanged.connect(self._changed)

    def cutout(self) -> Filter | None:
        """A new cut-out filter for the chosen picture, or None (for the take's assembly)."""
        return cutout_for(self.path)

    def show_path(self, path: str) -> None:
        """Show the project's background, and hand its cut to the camera preview."""
        if path == self.path:
            return
        self.path = path
        self._select(path)
        self.use_in(self.preview)
        if path:
            said = QCoreApplication.translate(
                "RecordPage", "Your room is cut away: you stand in front of {0}."
            )
            self.said.emit(said.format(Path(path).name))

    def use_in(self, preview: CameraPreview | None) -> None:
        """Hand the chosen cut to `preview` (also after it was opened again), built off the
        window's thread; the background chosen last wins."""
        self.preview = preview
        if preview is None:
            self.runner.submit("cutout", lambda _: None)  # a cut still being built is dropped
            return
        path = self.path
        self.runner.submit("cutout", lambda context: _built(path, context),
                           done=lambda cutout: self._hand(preview, cutout),
                           failed=self._refuse)  # fmt: skip

    def _hand(self, preview: CameraPreview, cutout: Filter | None) -> None:
        if preview is self.preview:
            preview.use_cutout(cutout)
        elif cutout is not None:  # the preview was closed meanwhile
            cutout.close()

    def _changed(self) -> None:
        choice = self.combo.currentData()
        if choice == OWN_FILE:
            title = QCoreApplication.translate("RecordPage", "A picture or clip behind you")
            path = pick_media_file(self.dialog_parent, title, BACKGROUND_FILES)
            self._select(self.path)  # shown as the project has it until the project changes
            if path:
                self.picked.emit(path)
            return
        self._select(self.path)
        self.picked.emit(str(choice or NONE))

    def _refuse(self, reason: str) -> None:
        if self.preview is not None:
            self.preview.use_cutout(None)
        said = QCoreApplication.translate("RecordPage", "Cannot remove the background: {0}")
        self.said.emit(said.format(reason))

    def _select(self, path: str) -> None:
        """Show `path` in the combo (adding it above "Pick…" the first time) without a signal."""
        self.combo.blockSignals(True)
        index = self.combo.findData(path)
        if index < 0:
            self.combo.insertItem(self.combo.count() - 1, Path(path).name, path)
            index = self.combo.findData(path)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)


def _built(path: str, context: JobContext) -> Filter | None:
    cutout = cutout_for(path)
    if cutout is not None and context.cancel.is_set():  # a newer choice: nobody takes this one
        cutout.close()
    context.cancel.check()
    return cutout
