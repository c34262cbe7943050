"""Home: the template gallery a creator starts from, searchable by name and tag."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.resources import bundled_templates_dir
from studio.core.template import LoadedTemplate, TemplateError, load_template
from studio.ui.widgets.drafts_list import DraftsList

CARD = QSize(180, 320)


def load_gallery(folder: Path) -> tuple[list[LoadedTemplate], list[str]]:
    """Every template in `folder`, and a one-line message for each that cannot be loaded."""
    loaded, broken = [], []
    for child in sorted(p for p in folder.iterdir() if p.is_dir()):
        try:
            loaded.append(load_template(child))
        except TemplateError as exc:
            broken.append(str(exc.problems[0]))
    return loaded, broken


class HomePage(QWidget):
    """Template cards with their preview images; `template_chosen` fires on double-click."""

    template_chosen = Signal(object)  # LoadedTemplate
    just_record = Signal()

    def __init__(self, drafts_folder: Path, templates_folder: Path | None = None) -> None:
        super().__init__()
        self.drafts = DraftsList(drafts_folder)
        self.templates, self.broken = load_gallery(templates_folder or bundled_templates_dir())
        title = QLabel(self.tr("Pick a template"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or tag"))
        self.search.textChanged.connect(self._filter)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(CARD)
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setMovement(QListWidget.Movement.Static)
        self.gallery.setSpacing(14)
        self.gallery.setWordWrap(True)
        for loaded in self.templates:
            item = QListWidgetItem(QIcon(self._preview(loaded)), loaded.template.name)
            item.setData(Qt.ItemDataRole.UserRole, loaded)
            item.setToolTip(loaded.template.description)
            self.gallery.addItem(item)
        self.gallery.itemActivated.connect(
            lambda item: self.template_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        hint = QLabel(self.tr("Double-click a template to fill it with your clips and words."))
        hint.setObjectName("muted")
        record = QPushButton(self.tr("Just record"))
        record.setObjectName("primary")
        record.setToolTip(self.tr("Record to music without a template: a plain lip-sync video"))
        record.clicked.connect(self.just_record)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(record)
        layout.addLayout(header)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.drafts)
        for message in self.broken:
            warning = QLabel(message)
            warning.setObjectName("muted")
            layout.addWidget(warning)

    def visible_names(self) -> list[str]:
        """Names of the cards the search leaves visible, in order."""
        items = (self.gallery.item(i) for i in range(self.gallery.count()))
        return [item.text() for item in items if not item.isHidden()]

    def _preview(self, loaded: LoadedTemplate) -> QPixmap:
        from studio.media.picture import picture_problem

        path = loaded.folder / loaded.template.preview
        if picture_problem(path) is not None:  # a bomb or broken preview: an empty card
            return QPixmap()
        pixmap = QPixmap(str(path))
        return pixmap.scaled(CARD, Qt.AspectRatioMode.KeepAspectRatio)

    def _filter(self, query: str) -> None:
        words = query.casefold().split()
        for index in range(self.gallery.count()):
            item = self.gallery.item(index)
            template = item.data(Qt.ItemDataRole.UserRole).template
            haystack = " ".join([template.name, template.description, *template.tags]).casefold()
            item.setHidden(not all(word in haystack for word in words))
