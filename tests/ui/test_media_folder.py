"""File dialogs open where the creator last picked media, on every page and after a restart.

The modal dialog itself is replaced (a test cannot click a native file dialog); what is checked
is the folder the studio asks it to open in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from studio.ui.media_folder import last_media_folder, pick_media_file


def test_the_next_dialog_opens_where_the_last_file_was_picked(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    clips = tmp_path / "phone clips"
    clips.mkdir()
    opened_in: list[str] = []
    answers = [str(clips / "take.mp4"), ""]

    def dialog(parent: QWidget, title: str, folder: str, filters: str) -> tuple[str, str]:
        opened_in.append(folder)
        return answers.pop(0), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert pick_media_file(parent, "A clip", "*.mp4") == str(clips / "take.mp4")
    assert pick_media_file(parent, "A photo", "*.jpg") == ""  # cancelled: nothing forgotten
    assert opened_in == ["", str(clips)]
    assert last_media_folder() == str(clips)  # kept in settings.ini for the next start
