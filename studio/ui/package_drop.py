"""Dropping a `.crossumer` file anywhere on the studio window installs it (via Home)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from studio.core.template.package_manifest import PACKAGE_SUFFIX


def dropped_packages(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local .crossumer files a drag carries."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() == PACKAGE_SUFFIX]


class PackageDrop(QObject):
    """Event filter for a window: accepts drags of template packages, installs them on drop."""

    def __init__(self, window: QWidget, install: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._install = install
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
        ):  # fmt: skip
            packages = dropped_packages(event)
            if not packages:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                for package in packages:
                    self._install(package)
            return True
        return False
