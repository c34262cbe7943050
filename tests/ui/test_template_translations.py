"""A creator who chose Italian or German reads the templates in that language: the gallery's
names, the Edit page's slots and blanks, and numbers written the way their language writes them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.core.template.schema import Slot
from studio.ui.locale_numbers import local_number
from studio.ui.main_window import MainWindow
from studio.ui.pages.home_page import HomePage
from studio.ui.translation import current_language, install_language
from studio.ui.widgets.slot_timing import SlotTiming

ITALIAN = {
    "name": "Il mio punto di vista",
    "slots": {"scene": {"label": "La mia scena"}},
    "blanks": {"activity": {"prompt": "Che cosa fai?", "example": "riordino la camera"}},
}


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    """A templates folder holding POV with translations of its own (only some texts in Italian)."""
    folder = tmp_path / "templates"
    shutil.copytree(bundled_templates_dir() / "pov", folder / "pov")
    file = folder / "pov" / "template.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["translations"] = {"it": ITALIAN}
    file.write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    yield main
    main.apply_settings(replace(main.settings, language="en"))  # the next test starts in English
    main.close()


@pytest.fixture
def italian(qapp: Any) -> Iterator[None]:
    install_language("it")
    yield
    install_language("en")


def _form_labels(window: MainWindow) -> list[str]:
    assert window.edit.blanks is not None
    return [label.text() for label in window.edit.blanks.findChildren(QLabel)]


def test_the_gallery_card_shows_the_template_name_in_italian(
    qtbot: Any, tmp_path: Path, templates: Path, italian: None
) -> None:
    assert current_language() == "it"
    page = HomePage(tmp_path / "drafts", templates)
    qtbot.addWidget(page)
    card = page.card("pov")
    assert card.title.text() == "Il mio punto di vista"
    # not translated: the template's own description
    assert card.toolTip() == load_template(templates / "pov").template.description


def test_english_keeps_the_template_own_name(qtbot: Any, tmp_path: Path, templates: Path) -> None:
    page = HomePage(tmp_path / "drafts", templates)
    qtbot.addWidget(page)
    assert page.card("pov").title.text() == "POV"


def test_the_bundled_gallery_follows_the_language_switch(window: MainWindow) -> None:
    assert window.home.card("three-things").title.text() == "3 things"
    window.apply_settings(replace(window.settings, language="it"))
    assert window.home.card("three-things").title.text() == "3 cose"
    window.apply_settings(replace(window.settings, language="de"))
    assert window.home.card("three-things").title.text() == "3 Dinge"


def test_the_edit_page_shows_slot_label_and_blank_prompt_in_italian(
    window: MainWindow, templates: Path
) -> None:
    window.open_template(load_template(templates / "pov"))
    card = window.edit.cards["scene"]
    assert "Your scene" in card.title.text()
    assert "What are you doing?" in _form_labels(window)
    window.apply_settings(replace(window.settings, language="it"))
    card = window.edit.cards["scene"]  # the pages were rebuilt in Italian
    assert "La mia scena" in card.title.text()
    # the slot's prompt is not translated: it stays in the template's words
    assert card.prompt.text() == load_template(templates / "pov").template.slots[0].prompt
    labels = _form_labels(window)
    assert "Che cosa fai?" in labels and "When?" in labels
    assert window.edit.blanks is not None
    assert window.edit.blanks.edits["activity"].placeholderText() == "riordino la camera"


@pytest.mark.parametrize("language", ["it", "de"])
def test_numbers_are_written_with_the_language_decimal_comma(qapp: Any, language: str) -> None:
    install_language(language)
    try:
        assert local_number(2.5) == "2,5"
        assert local_number(2.5, 2) == "2,50"
        timing = SlotTiming(Slot(id="a", label="A", duration=2, speed=1.5))
        shown = [timing.speed.itemText(i) for i in range(timing.speed.count())]
        assert "0,5x" in shown and "0.5x" not in shown
        assert "1,5" in shown[0]  # the template's own speed
    finally:
        install_language("en")
    assert local_number(2.5) == "2.5"


def test_the_drafts_list_names_the_template_in_italian(
    window: MainWindow, templates: Path, italian: None
) -> None:
    window.open_template(load_template(templates / "pov"))
    window.edit.type_blank("activity", "ballo")  # every edit is saved as a draft
    window.tabs.setCurrentWidget(window.home)  # going Home writes the last keystroke and lists
    drafts = window.home.drafts
    assert drafts.list.count() == 1
    shown = drafts.list.item(0).text().replace("\u2068", "").replace("\u2069", "")  # isolates
    assert shown.startswith("Il mio punto di vista  —  ballo")


def test_the_preview_types_the_example_the_empty_field_shows(
    qtbot: Any, window: MainWindow, templates: Path
) -> None:
    """In Italian the empty field showed "riordino la camera" while the preview drew the
    English example: the two disagreed."""
    from tests.ui.settling import settle

    window.apply_settings(replace(window.settings, language="it"))
    try:
        window.open_template(load_template(templates / "pov"))
        page = window.edit
        page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
        settle(qtbot, page)
        assert page.preview_plan is not None
        assert "riordino la camera" in page.preview_plan.texts[0].text
    finally:
        window.apply_settings(replace(window.settings, language="en"))
