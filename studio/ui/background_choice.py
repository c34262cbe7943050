"""What stands behind the creator while recording: their room as it is, or a picture or clip of
their choice with the room cut away (remove-background, at preview size, live).

The take is assembled with the same cut as the preview showed. Where person segmentation cannot
run (no mediapipe for this machine) choosing a picture says so in the status line, in one line.
Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from studio.media.filters import Filter, FilterError, build_filter
from studio.ui.media_folder import pick_media_file
from studio.ui.widgets.record_panel import OWN_FILE

if TYPE_CHECKING:
    from studio.ui.pages.record_page import RecordPage

BACKGROUND_FILES = (
    "Pictures and clips (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.mp4 *.mov *.mkv "
    "*.webm *.m4v)"
)
NONE = ""  # the combo's data for "the room as it is"


class BackgroundChoice:
    """The record page's background: `path` ("" for the room as it is)."""

    def __init__(self, page: RecordPage) -> None:
        self.page = page
        self.combo = page.panel.background_combo
        self.path = NONE
        self.combo.currentIndexChanged.connect(self._changed)

    def cutout(self) -> Filter | None:
        """A new cut-out filter for the chosen picture (each thread gets its own), or None."""
        if not self.path:
            return None
        return build_filter("remove-background", params={"background": self.path})

    def show(self) -> None:
        """Hand the chosen cut to the camera preview (also after it was opened again)."""
        preview = self.page.preview
        if preview is None:
            return
        try:
            preview.use_cutout(self.cutout())
        except FilterError as exc:
            self._refuse(exc.first_line)

    def _changed(self) -> None:
        choice = self.combo.currentData()
        if choice == OWN_FILE:
            title = QCoreApplication.translate("RecordPage", "A picture or clip behind you")
            path = pick_media_file(self.page, title, BACKGROUND_FILES)
            if not path:
                self._select(self.path)
                return
            choice = path
        self.path = str(choice or NONE)
        self._select(self.path)
        self.show()
        if self.path:
            said = QCoreApplication.translate(
                "RecordPage", "Your room is cut away: you stand in front of {0}."
            )
            self.page.say(said.format(Path(self.path).name))

    def _refuse(self, reason: str) -> None:
        self.path = NONE
        self._select(NONE)
        said = QCoreApplication.translate("RecordPage", "Cannot remove the background: {0}")
        self.page.say(said.format(reason))

    def _select(self, path: str) -> None:
        """Show `path` in the combo (adding it above "Pick…" the first time) without a signal."""
        self.combo.blockSignals(True)
        index = self.combo.findData(path)
        if index < 0:
            self.combo.insertItem(self.combo.count() - 1, Path(path).name, path)
            index = self.combo.findData(path)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
