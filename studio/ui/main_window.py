"""The studio window: composes pages and nothing else (pages own their layout)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget

from studio.ui.pages.home_page import HomePage


class MainWindow(QMainWindow):
    """Home, Record, Edit and Post as tabs along the top."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Crossumer Studio"))
        self.setMinimumSize(1024, 680)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.home = HomePage()
        self.tabs.addTab(self.home, self.tr("Home"))
        self.setCentralWidget(self.tabs)
