"""Qt tests run offscreen (make test sets QT_QPA_PLATFORM); the theme matches the real app."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def studio(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The whole window, its camera the paced test pattern, its drafts and videos in tmp_path."""
    from studio.ui.main_window import MainWindow

    monkeypatch.setenv("STUDIO_CAMERA", "lavfi:testsrc2=size=640x360:rate=30")
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
