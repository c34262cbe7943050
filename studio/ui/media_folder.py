"""Where the creator last picked media: every file dialog opens there, across pages and runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from studio.core.user_data import user_data_dir

_KEY = "last_media_folder"


def _store() -> QSettings:
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def last_media_folder() -> str:
    """The folder of the last picked file, or "" (the dialog's own default) before the first."""
    folder = str(_store().value(_KEY, ""))
    return folder if folder and Path(folder).is_dir() else ""


def pick_media_file(parent: QWidget, title: str, filters: str) -> str:
    """A file dialog that opens where the creator last picked media; remembers the new folder."""
    path, _ = QFileDialog.getOpenFileName(parent, title, last_media_folder(), filters)
    if path:
        store = _store()
        store.setValue(_KEY, str(Path(path).parent))
        store.sync()
    return path
