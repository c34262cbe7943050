"""The edit flow a creator goes through, driven through the real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.core.draft import list_drafts
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.probe import probe
from studio.ui.main_window import MainWindow
from studio.ui.pages.edit_page import EditPage
from tests.media_factory import solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    yield main
    main.close()


def _open(window: MainWindow, slug: str) -> None:
    window.open_template(load_template(bundled_templates_dir() / slug))


def _pov_with_a_red_clip(qtbot: Any, window: MainWindow, tmp_path: Path) -> EditPage:
    """The POV template open in Edit with a red clip in its one slot."""
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=2)
    _open(window, "pov")
    window.edit.choose_media("scene", str(clip))
    settle(qtbot, window.edit)
    return window.edit


def test_fill_the_pov_template_and_export(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    _open(window, "pov")
    page = window.edit
    assert window.tabs.currentWidget() is page
    assert page.problems.text().startswith("Add a clip or photo to “Your scene”")
    page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
    settle(qtbot, page)
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["activity"], "learn a dance")
    qtbot.keyClicks(page.blanks.edits["day"], "Saturday")
    assert page.blanks.counters["day"].text() == "8/16"
    assert page.problems.text() == ""
    qtbot.waitUntil(lambda: page.last_frame is not None, timeout=20_000)
    assert (page.last_frame.width(), page.last_frame.height()) == (540, 960)

    with qtbot.waitSignal(page.exported, timeout=180_000) as exported:
        output = page.export()
    assert output is not None and Path(exported.args[0]) == output
    info = probe(output)
    assert (info.width, info.height, info.video_codec) == (1080, 1920, "h264")
    assert "Saved" in page.export_panel.status.text()
    page.export_panel.copy_caption()
    from PySide6.QtGui import QGuiApplication

    assert (
        QGuiApplication.clipboard().text()
        == "POV: you learn a dance on a Saturday #pov #relatable #fyp"
    )


def test_undo_and_redo_every_edit(qtbot: Any, window: MainWindow) -> None:
    _open(window, "pov")
    page = window.edit
    assert page.blanks is not None
    page.choose_media("scene", str(resource_path("samples", "city-landscape.mp4")))
    settle(qtbot, page)
    qtbot.keyClicks(page.blanks.edits["day"], "Monday")
    assert page.draft is not None and page.draft.blanks["day"] == "Monday"
    page.undo()  # the typing is one step
    assert page.blanks.edits["day"].text() == ""
    page.undo()
    assert "scene" not in page.draft.slots
    assert page.cards["scene"].file_label.text().startswith("Empty")
    page.redo()
    assert page.cards["scene"].file_label.text() == "city-landscape.mp4"


def _fill(qtbot: Any, window: MainWindow, slug: str, media: dict[str, str],
          words: dict[str, str]) -> EditPage:  # fmt: skip
    """Open a template and fill it as a creator would: files into slots, typing into blanks."""
    _open(window, slug)
    page = window.edit
    assert page.blanks is not None
    for slot, sample in media.items():
        page.choose_media(slot, str(resource_path("samples", sample)))
        settle(qtbot, page)
    for blank, text in words.items():
        qtbot.keyClicks(page.blanks.edits[blank], text)
    return page


def test_every_edit_is_saved_as_a_draft(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    page = _fill(qtbot, window, "three-things", {"first": "garden-square.mp4"}, {"one": "coffee"})
    settle(qtbot, page)  # typing is written at most 300 ms after it rests
    # a crash now: what was typed is already on disk
    [(_, draft)] = list_drafts(tmp_path / "drafts")
    assert draft.blanks == {"one": "coffee"}
    assert draft.slots["first"].media.endswith("garden-square.mp4")


def test_cancel_an_export_leaves_no_file(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    page = _fill(qtbot, window, "pov", {"scene": "dance-portrait.mp4"},
                 {"activity": "cancel things", "day": "Sunday"})  # fmt: skip
    output = page.export()
    assert output is not None
    qtbot.waitUntil(lambda: page.export_panel.bar.value() > 100, timeout=60_000)
    qtbot.mouseClick(page.export_panel.cancel_button, qtbot_button())
    qtbot.waitUntil(lambda: not page.export_panel.busy, timeout=30_000)
    assert "cancelled" in page.export_panel.status.text()
    assert list((tmp_path / "videos").iterdir()) == []


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_reopening_after_a_crash_offers_the_draft(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    page = _fill(qtbot, window, "pov", {"scene": "city-landscape.mp4"}, {"activity": "bake bread"})
    settle(qtbot, page)  # typing is written at most 300 ms after it rests
    # The process dies here: no close, no save on exit. A new window starts from disk.
    reopened = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(reopened)
    try:
        drafts = reopened.home.drafts
        assert drafts.isVisibleTo(reopened.home) and drafts.list.count() == 1
        assert "bake bread" in drafts.list.item(0).text()
        assert not drafts.list.item(0).icon().isNull()  # with the template's picture
        drafts.list.itemActivated.emit(drafts.list.item(0))
        page = reopened.edit
        assert reopened.tabs.currentWidget() is page
        assert page.blanks is not None and page.blanks.edits["activity"].text() == "bake bread"
        assert page.cards["scene"].file_label.text() == "city-landscape.mp4"
        qtbot.keyClicks(page.blanks.edits["day"], "Sunday")
        reopened.tabs.setCurrentWidget(reopened.home)  # Home re-reads the drafts folder
        assert drafts.list.count() == 1  # the same draft goes on, not a copy
        assert "bake bread · Sunday" in drafts.list.item(0).text()
    finally:
        reopened.close()


def test_choose_a_look_for_a_slot(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    page = _pov_with_a_red_clip(qtbot, window, tmp_path)
    look = page.cards["scene"].look
    assert look.combo.currentText() == "Template's look (Warm)"  # its title, translated
    look.combo.setCurrentIndex(look.combo.findData("mono"))
    assert page.draft is not None
    [chosen] = page.draft.slots["scene"].filters or []
    assert (chosen.name, chosen.strength) == ("mono", 1.0)
    assert set(look.controls) == {"strength"}  # built from the filter's declarations

    def preview_is_grey() -> bool:
        image = page.last_frame
        if image is None:
            return False
        colour = image.pixelColor(20, image.height() - 20)
        return abs(colour.red() - colour.blue()) < 8

    qtbot.waitUntil(preview_is_grey, timeout=20_000)
    assert page.project is not None
    steps = page.project.undo_steps
    for value in (80, 60, 40):  # a drag: one undo step
        look.controls["strength"].widget.setValue(value)  # type: ignore[attr-defined]
    assert page.project.undo_steps == steps
    assert page.draft.slots["scene"].filters[0].strength == 0.4  # type: ignore[index]
    page.undo()
    assert page.draft.slots["scene"].filters is None
    assert look.combo.currentData() == ""  # back to the template's look


def test_choice_and_file_parameters_get_their_own_controls(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton

    page = _pov_with_a_red_clip(qtbot, window, tmp_path)
    look = page.cards["scene"].look
    look.combo.setCurrentIndex(look.combo.findData("face-sticker"))
    sticker = look.controls["sticker"].widget
    assert isinstance(sticker, QComboBox) and sticker.count() >= 5
    sticker.setCurrentIndex(sticker.findData("sunglasses"))
    assert page.draft is not None
    assert page.draft.slots["scene"].filters[0].params["sticker"] == "sunglasses"  # type: ignore[index]
    look.combo.setCurrentIndex(look.combo.findData("lut"))
    button = look.controls["file"].widget
    assert isinstance(button, QPushButton) and button.text() == "Choose a file…"
    look.controls["file"].set_file(str(tmp_path / "grade.cube"))
    assert button.text() == "grade.cube"
    assert page.draft.slots["scene"].filters[0].params["file"] == str(tmp_path / "grade.cube")  # type: ignore[index]


def test_slot_speed_effect_and_framing_are_undoable_edits(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    page = _pov_with_a_red_clip(qtbot, window, tmp_path)
    timing = page.cards["scene"].timing
    assert not timing.freeze_at.isVisibleTo(timing)
    timing.effect.setCurrentIndex(timing.effect.findData("freeze"))
    assert timing.freeze_at.isVisibleTo(timing)
    timing.freeze_at.setValue(1.5)
    timing.speed.setCurrentIndex(timing.speed.findData(2.0))
    timing.fit.setCurrentIndex(timing.fit.findData("follow"))
    assert page.draft is not None
    chosen = page.draft.slots["scene"]
    assert (chosen.time_effect, chosen.freeze_at, chosen.speed, chosen.fit) == (
        "freeze", 1.5, 2.0, "follow")  # fmt: skip
    page.choose_media("scene", str(tmp_path / "red.mp4"))  # replacing the clip keeps its timing
    settle(qtbot, page)
    assert page.draft.slots["scene"].fit == "follow"
    for _ in range(5):
        page.undo()
    assert page.draft.slots["scene"].time_effect is None
    assert timing.effect.currentData() is None  # the card shows the template's again


def test_the_preview_plays_with_sound_and_follows_it(qtbot: Any, window: MainWindow) -> None:
    _open(window, "pov")
    page = window.edit
    page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
    settle(qtbot, page)
    page.play_button.setChecked(True)
    qtbot.waitUntil(lambda: page.sound.position() is not None, timeout=30_000)
    qtbot.wait(1000)
    heard = page.sound.position()
    assert heard is not None and 0.5 < heard < 3.0
    assert abs(page.scrub.value() / 30 - heard) < 0.3  # the picture follows the sound
    page.play_button.setChecked(False)
    assert page.sound.position() is None


def test_a_v2_creator_input_is_picked_like_a_slot(qtbot: Any, window: MainWindow) -> None:
    _open(window, "green-screen")
    page = window.edit
    assert list(page.cards) == ["me", "background"]
    assert "Add a clip or photo to “Background”" in page.problems.text()  # the input, by name
    page.choose_media("me", str(resource_path("samples", "green-screen-dance.mp4")))
    settle(qtbot, page)
    page.choose_media("background", str(resource_path("samples", "beach-photo.jpg")))
    settle(qtbot, page)
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["caption"], "the beach")
    assert page.problems.text() == ""
    qtbot.waitUntil(lambda: page.last_frame is not None, timeout=20_000)
