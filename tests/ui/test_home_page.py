"""The home page as a creator meets it: every bundled template shown, search narrows the list."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from studio.core.resources import bundled_templates_dir
from studio.ui.main_window import MainWindow
from studio.ui.pages.home_page import HomePage


def test_gallery_shows_each_bundled_template_and_search_filters(qtbot: Any, tmp_path: Path) -> None:
    page = HomePage(tmp_path / "drafts")
    qtbot.addWidget(page)
    assert sorted(page.visible_names()) == ["3 things", "Before / After", "POV"]
    qtbot.keyClicks(page.search, "glowup")
    assert page.visible_names() == ["Before / After"]
    page.search.clear()
    assert len(page.visible_names()) == 3


def test_broken_template_is_named_not_fatal(qtbot: Any, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(bundled_templates_dir() / "pov", templates / "pov")
    (templates / "broken").mkdir()
    (templates / "broken" / "template.json").write_text("{")
    page = HomePage(tmp_path / "drafts", templates)
    qtbot.addWidget(page)
    assert page.visible_names() == ["POV"]
    assert not page.drafts.isVisibleTo(page)  # no drafts yet: no empty list either
    assert page.broken == [
        f"{templates / 'broken' / 'template.json'}: invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"
    ]
    card = page.card("broken")
    assert card.title.text() == "broken"
    assert card.problem is not None and card.problem.wordWrap()
    assert card.problem.text() == (
        "invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"
    )


def test_main_window_opens_on_home(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentWidget() is window.home
    assert window.windowTitle() == "Crossumer Studio"
    window.close()
