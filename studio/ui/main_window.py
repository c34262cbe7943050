"""The studio window: composes pages and nothing else (pages own their layout)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from studio.core.draft import Draft
from studio.core.template import LoadedTemplate, TemplateError, load_template
from studio.ui.pages.edit_page import EditPage
from studio.ui.pages.home_page import HomePage


class MainWindow(QMainWindow):
    """Home and Edit as tabs along the top; choosing a template opens it in Edit."""

    def __init__(self, drafts_folder: Path, output_folder: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Crossumer Studio"))
        self.setMinimumSize(1024, 680)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.home = HomePage(drafts_folder)
        self.edit = EditPage(drafts_folder, output_folder)
        self.tabs.addTab(self.home, self.tr("Home"))
        self.tabs.addTab(self.edit, self.tr("Edit"))
        self.home.template_chosen.connect(self.open_template)
        self.home.drafts.draft_chosen.connect(self.open_draft)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    def open_template(self, loaded: LoadedTemplate) -> None:
        self.edit.open_template(loaded)
        self.tabs.setCurrentWidget(self.edit)

    def open_draft(self, path: Path, draft: Draft) -> None:
        """Continue a saved draft; a template that is gone or broken is named, not fatal."""
        try:
            loaded = load_template(draft.template)
        except TemplateError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the draft"), str(exc.problems[0]))
            return
        self.edit.open_template(loaded, draft, path)
        self.tabs.setCurrentWidget(self.edit)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.home:
            self.home.drafts.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.edit.shutdown()
        super().closeEvent(event)
