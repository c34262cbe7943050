"""Hostile and broken media reach the window as one line naming the file, like the CLI's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.ui.main_window import MainWindow
from tests.hostile_media import bomb_png, cut_short_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    yield main
    main.close()


def _pov(qtbot: Any, window: MainWindow, media: Path) -> Any:
    window.open_template(load_template(bundled_templates_dir() / "pov"))
    page = window.edit
    page.choose_media("scene", str(media))
    settle(qtbot, page)
    return page


def test_a_bomb_photo_is_one_line_in_the_editor(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    bomb = bomb_png(tmp_path / "bomb.png")
    page = _pov(qtbot, window, bomb)
    # refused as it is picked, in one line
    assert page.problems.text().startswith(f"{bomb}: the picture is too large to open")
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["activity"], "open a bomb")
    qtbot.keyClicks(page.blanks.edits["day"], "Monday")
    assert page.draft is not None and page.draft.slots == {}  # refused when picked
    assert page.export() is None
    [line] = page.problems.text().splitlines()  # Export says what is missing, in one line
    assert line == "Add a clip or photo to “Your scene”"


def test_export_of_a_clip_cut_short_warns(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    page = _pov(qtbot, window, clip)
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["activity"], "cut a file")
    qtbot.keyClicks(page.blanks.edits["day"], "Monday")
    assert page.export() is not None
    settle(qtbot, page)  # the export's checks run off the window's thread
    [line] = page.problems.text().splitlines()  # said once, placed and exported
    assert (
        line == "cut.mp4 ends after 1.2 s of the 4.0 s it should last: the file is cut short. "
        "Copy it again."
    )
    qtbot.mouseClick(page.export_panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.export_panel.busy, timeout=60_000)


def test_a_clip_dropped_on_a_photo_slot_is_refused_at_the_card_in_its_words(
    qtbot: Any, window: MainWindow
) -> None:
    """Photo dump's cards said "drop a clip or photo", then refused a clip at the panel's foot,
    in English, with the slot's id ("slot 'p6' needs a photo"); and offered a photo speed,
    effects and an in-point."""
    from dataclasses import replace

    from studio.core.resources import resource_path

    window.apply_settings(replace(window.settings, language="it"))
    try:
        window.open_template(load_template(bundled_templates_dir() / "photo-dump"))
        page = window.edit
        card = page.cards["p1"]
        assert card.prompt.text() == "Trascina qui una foto"
        assert card.timing.isHidden() and card.in_point.isHidden()
        clip = resource_path("samples", "dance-portrait.mp4")
        page.choose_media("p1", str(clip))
        settle(qtbot, page)
        said = f"“{card.words.label}” vuole una foto; dance-portrait.mp4 è una clip"
        assert card.refusal.text() == said and not card.refusal.isHidden()
        assert page.project is not None and page.project.slot("p1") is None
    finally:
        window.apply_settings(replace(window.settings, language="en"))


def test_letters_no_font_has_are_said_as_they_are_typed_in_the_creators_words(
    qtbot: Any, window: MainWindow
) -> None:
    """Told only at Export, in English, naming a font file and a text's id ("…/Inter-Black.otf:
    warning: has no letters for 你好 … in text 'headline'")."""
    from dataclasses import replace

    from studio.core.resources import resource_path
    from studio.media.fallback_fonts import fallback_font

    unknown = "".join(ch for ch in "你好" if fallback_font(ch, bold=True) is None)
    window.apply_settings(replace(window.settings, language="it"))
    try:
        page = _pov(qtbot, window, resource_path("samples", "dance-portrait.mp4"))
        assert page.blanks is not None
        expected = f"Nessun font di questo computer ha {unknown}: appaiono come riquadri vuoti in"
        for typed in ("你好 mondo", "你好 mondo!", "ciao mondo"):  # told while it is there
            page.type_blank("activity", typed)
            settle(qtbot, page)
            told = [line for line in page.problems.text().splitlines() if "Nessun font" in line]
            shown = unknown and "你" in typed
            assert [line[: len(expected)] for line in told] == ([expected] if shown else [])
    finally:
        window.apply_settings(replace(window.settings, language="en"))
