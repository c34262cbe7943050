"""'Continue where you left off': the saved drafts, newest first, with what they say."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio.core.draft import Draft, list_drafts
from studio.core.template import TemplateError, load_template
from studio.core.template.loader import LoadedTemplate
from studio.core.template.translated import template_words
from studio.ui.gallery_previews import made_still
from studio.ui.missing_template import template_for_draft
from studio.ui.translation import current_language

TEMPLATE_FOLDER = Qt.ItemDataRole.UserRole + 1  # an item's template folder, for its picture


def describe(draft: Draft, name: str | None = None) -> str:
    """One line a creator recognises: template (`name`, its folder's otherwise), words, when."""
    name = name or Path(draft.template).name
    words = " · ".join(text for text in draft.blanks.values() if text.strip())[:60]
    when = ""
    if draft.updated:  # in the chosen language's own date format
        moment = QDateTime.fromSecsSinceEpoch(
            int(datetime.fromisoformat(draft.updated).timestamp())
        )
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    words = words or QCoreApplication.translate("DraftsList", "no text yet")
    count = len(draft.slots)  # a name, not a call: the translation tools miss `len(...)` here
    clips = QCoreApplication.translate("DraftsList", "%n clip(s)", "", count)
    # each part isolated (FSI ... PDI): the creator's Hebrew or Arabic words took the clip count
    # into their right-to-left run ("שלום עולם 1 — clip")
    return f"{_isolated(name)}  —  {_isolated(words)}  —  {clips}  —  {when}"


def _isolated(text: str) -> str:
    return f"\u2068{text}\u2069"


def _loaded(draft: Draft) -> LoadedTemplate | None:
    try:
        return load_template(draft.template)
    except TemplateError:
        return None


def thumbnail(draft: Draft, loaded: LoadedTemplate | None = None) -> QIcon:
    """The picture of the draft's template (a moving preview's first frame once the gallery
    has made it: nothing is decoded here, on the window's thread)."""
    loaded = loaded or _loaded(draft)
    still = made_still(loaded) if loaded is not None else None
    return picture_icon(still) if still is not None else QIcon()


def picture_icon(path: Path) -> QIcon:
    """The picture at `path` as an icon (none for a bomb or a broken file, checked first)."""
    from studio.media.picture import picture_problem

    if picture_problem(path) is not None:  # checked before Qt decodes it
        return QIcon()
    return QIcon(QPixmap(str(path)))


class DraftsList(QWidget):
    """Emits `draft_chosen(path, draft)` on double-click or Enter."""

    draft_chosen = Signal(object, object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.title = QLabel(self.tr("Continue a draft"))
        self.title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.list = QListWidget()
        self.list.setIconSize(QSize(27, 48))
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the drafts folder (after an edit elsewhere, or at start after a crash)."""
        self.list.clear()
        drafts = list_drafts(self.folder) if self.folder.is_dir() else []
        language = current_language()
        for path, draft in drafts:
            loaded = _loaded(draft)  # once, for its translated name and its picture
            text = describe(
                draft, template_words(loaded.template, language).name if loaded else None
            )
            if template_for_draft(draft) is None:  # say so before the creator opens it
                text += "  —  " + self.tr("template not found")
            item = QListWidgetItem(thumbnail(draft, loaded), text)
            item.setData(Qt.ItemDataRole.UserRole, (path, draft))
            item.setData(TEMPLATE_FOLDER, str(loaded.folder) if loaded else "")
            self.list.addItem(item)
        self.setVisible(bool(drafts))
        # as tall as its drafts (up to three rows, then it scrolls): a list as tall as three
        # rows for one draft took the height the gallery's names needed at 1024x700
        rows = min(3, max(1, len(drafts)))
        row = max(self.list.sizeHintForRow(0), self.list.iconSize().height() + 8)
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 4)

    def show_still(self, folder: str, png: str) -> None:
        """The picture of `folder`'s template is made (a moving preview's first frame)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(TEMPLATE_FOLDER) == folder:
                item.setIcon(picture_icon(Path(png)))

    def _chosen(self, item: QListWidgetItem) -> None:
        path, draft = item.data(Qt.ItemDataRole.UserRole)
        self.draft_chosen.emit(path, draft)
