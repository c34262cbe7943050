"""'Continue where you left off': the saved drafts, newest first, with what they say."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio.core.draft import Draft, list_drafts
from studio.core.template import TemplateError, load_template
from studio.ui.missing_template import template_for_draft


def describe(draft: Draft) -> str:
    """One line a creator recognises: template, their words, when."""
    name = Path(draft.template).name
    words = " · ".join(text for text in draft.blanks.values() if text.strip())[:60]
    when = ""
    if draft.updated:
        when = datetime.fromisoformat(draft.updated).astimezone().strftime("%d %b %H:%M")
    clips = len(draft.slots)
    return f"{name}  —  {words or 'no text yet'}  —  {clips} clip(s)  —  {when}"


def thumbnail(draft: Draft) -> QIcon:
    """The picture of the draft's template (its first frame, made by the engine itself)."""
    try:
        loaded = load_template(draft.template)
    except TemplateError:
        return QIcon()
    return QIcon(QPixmap(str(loaded.asset(loaded.template.preview))))


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
        self.list.setMaximumHeight(170)
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
        for path, draft in drafts:
            text = describe(draft)
            if template_for_draft(draft) is None:  # say so before the creator opens it
                text += "  —  " + self.tr("template not found")
            item = QListWidgetItem(thumbnail(draft), text)
            item.setData(Qt.ItemDataRole.UserRole, (path, draft))
            self.list.addItem(item)
        self.setVisible(bool(drafts))

    def _chosen(self, item: QListWidgetItem) -> None:
        path, draft = item.data(Qt.ItemDataRole.UserRole)
        self.draft_chosen.emit(path, draft)
