"""'Continue where you left off': the saved drafts, newest first, with what they say."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio.core.draft import Draft, list_drafts


def describe(draft: Draft) -> str:
    """One line a creator recognises: template, their words, when."""
    name = Path(draft.template).name
    words = " · ".join(text for text in draft.blanks.values() if text.strip())[:60]
    when = ""
    if draft.updated:
        when = datetime.fromisoformat(draft.updated).astimezone().strftime("%d %b %H:%M")
    clips = len(draft.slots)
    return f"{name}  —  {words or 'no text yet'}  —  {clips} clip(s)  —  {when}"


class DraftsList(QWidget):
    """Emits `draft_chosen(path, draft)` on double-click or Enter."""

    draft_chosen = Signal(object, object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.title = QLabel(self.tr("Continue a draft"))
        self.title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
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
            item = QListWidgetItem(describe(draft))
            item.setData(Qt.ItemDataRole.UserRole, (path, draft))
            self.list.addItem(item)
        self.setVisible(bool(drafts))

    def _chosen(self, item: QListWidgetItem) -> None:
        path, draft = item.data(Qt.ItemDataRole.UserRole)
        self.draft_chosen.emit(path, draft)
