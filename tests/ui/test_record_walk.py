"""The walk from Record to Post as a creator does it, with the keyboard and the mouse: Space
and Ctrl+E whatever has focus, what Record says while it records, where a take goes when
every slot is full, and what Copy caption leaves out. Real widgets, the paced test camera and
the null sound sink."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from studio.core.resources import resource_path
from studio.core.template import load_template
from studio.ui.icons import icon
from studio.ui.main_window import MainWindow
from tests.media_factory import small_template, solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def one_slot(tmp_path: Path) -> Path:
    return small_template(tmp_path / "one", {
        "soundtrack": {"track": "bundled:hype-beat", "clip_audio_db": -60},
        "slots": [{"id": "scene", "label": "Scene", "prompt": "Film it", "duration": 1}],
    })  # fmt: skip


def choose(combo: Any, data: object) -> None:
    """Pick an item as the creator does (a click on the list sends `activated`)."""
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def same_image(a: Any, b: Any) -> bool:
    return bool(a.pixmap(16).toImage() == b.pixmap(16).toImage())


def test_record_says_what_it_does_and_space_records_from_a_focused_combo(
    qtbot: Any, studio: MainWindow
) -> None:
    studio.just_record()
    page = studio.record
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=15_000)
    page.restore_music(resource_path("music", "sunny-pop.m4a"))
    qtbot.waitUntil(lambda: page.waveform.duration > 30, timeout=15_000)
    # the music's Play shows a stop icon while it plays, and the playhead follows the music
    page.listen_button.setChecked(True)
    assert page.listen_button.text() == "Stop"
    assert same_image(page.listen_button.icon(), icon("stop"))
    qtbot.waitUntil(lambda: (page.waveform.playhead or 0) > 0.3, timeout=10_000)
    page.listen_button.setChecked(False)
    assert same_image(page.listen_button.icon(), icon("play"))
    # releasing during the countdown says that nothing was recorded
    choose(page.countdown_combo, 3)
    qtbot.mousePress(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    qtbot.mouseRelease(page.record_button, Qt.MouseButton.LeftButton)
    assert "nothing recorded" in page.status.text()
    choose(page.countdown_combo, 0)
    # Space records even while a combo has the focus, and a seconds counter runs
    studio.activateWindow()
    page.speed_combo.setFocus()
    qtbot.waitUntil(page.speed_combo.hasFocus, timeout=5_000)
    qtbot.keyPress(page.speed_combo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Recording" in page.status.text(), timeout=5_000)
    qtbot.wait(600)
    qtbot.keyRelease(page.speed_combo, Qt.Key.Key_Space)
    assert page.session is not None and len(page.session.segments) == 1
    qtbot.waitUntil(lambda: "Recording" not in page.status.text(), timeout=5_000)
    assert not page.speed_combo.view().isVisible()  # the combo did not open


def click_later(qtbot: Any, text: str) -> None:
    """Click the button labelled `text` in the dialog about to open."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        for button in dialog.findChildren(QPushButton):
            if button.text() == text:
                button.click()

    QTimer.singleShot(100, click)


def test_a_take_with_every_slot_full_asks_where_it_goes(qtbot: Any, studio: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(one_slot(tmp_path)))
    red = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    blue = solid_clip(tmp_path / "blue.mp4", "blue", seconds=1)
    studio.edit.choose_media("scene", str(red))
    settle(qtbot, studio.edit)
    studio.tabs.setCurrentWidget(studio.record)
    click_later(qtbot, "Replace Scene")
    studio.use_take(str(blue))
    settle(qtbot, studio.edit)
    assert studio.tabs.currentWidget() is studio.edit
    assert studio.edit.draft is not None and studio.edit.draft.slots["scene"].media == str(blue)
    studio.tabs.setCurrentWidget(studio.record)
    click_later(qtbot, "Post it alone")
    studio.use_take(str(red))
    settle(qtbot, studio.edit)
    assert studio.tabs.currentWidget() is studio.post and studio.post.video == red
    assert studio.edit.draft.slots["scene"].media == str(blue)  # the template kept its clip


def test_ctrl_e_exports_from_another_page(qtbot: Any, studio: MainWindow, tmp_path: Path) -> None:
    studio.open_template(load_template(one_slot(tmp_path)))
    studio.edit.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    settle(qtbot, studio.edit)
    studio.tabs.setCurrentWidget(studio.home)
    studio.activateWindow()
    with qtbot.waitSignal(studio.edit.exported, timeout=120_000):
        qtbot.keyClick(studio.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert studio.tabs.currentWidget() is studio.post


def test_copy_caption_says_which_tags_it_left_out(studio: MainWindow, tmp_path: Path) -> None:
    post = studio.post
    studio.post_alone(str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    platform = post.chosen()[0]
    tags = " ".join(f"#tag{n}" for n in range(platform.hashtags_max + 2))
    post.caption.setPlainText(f"hello {tags}")
    post.copy_caption()
    assert f"without its last 2 hashtags: {platform.name}" in post.status.text()
    assert f"#tag{platform.hashtags_max}" not in QGuiApplication.clipboard().text()


def test_space_plays_on_edit_while_a_combo_has_focus(qtbot: Any, studio: MainWindow,
                                                     tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(one_slot(tmp_path)))
    page = studio.edit
    page.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    settle(qtbot, page)
    look = page.cards["scene"].look.combo
    studio.activateWindow()
    look.setFocus()
    qtbot.waitUntil(look.hasFocus, timeout=5_000)
    qtbot.keyClick(look, Qt.Key.Key_Space)
    assert page.play_button.isChecked()
    qtbot.keyClick(look, Qt.Key.Key_Space)
    assert not page.play_button.isChecked()
    typing = page.cards["scene"].in_point  # a field one types into keeps its Space
    typing.setFocus()
    qtbot.waitUntil(typing.hasFocus, timeout=5_000)
    qtbot.keyClick(typing, Qt.Key.Key_Space)
    assert not page.play_button.isChecked()


def test_qt_dialog_buttons_follow_the_language(studio: MainWindow) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QDialogButtonBox

    studio.apply_settings(replace(studio.settings, language="it"))
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"
    finally:
        studio.apply_settings(replace(studio.settings, language="en"))


def next_tab_stop(widget: Any) -> Any:
    """Where Tab moves from `widget` (skipping what Tab never stops at)."""
    following = widget.nextInFocusChain()
    while (not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or not following.isEnabled()
           or following.isHidden()):  # fmt: skip
        following = following.nextInFocusChain()
    return following


def test_tab_on_post_follows_the_work(qtbot: Any, studio: MainWindow, tmp_path: Path) -> None:
    post = studio.post
    studio.post_alone(str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    settle(qtbot, post)  # the cover's slider takes focus once the video is read
    assert post.caption.tabChangesFocus()  # Tab leaves the caption instead of typing a tab
    assert next_tab_stop(post.caption) is post.title
    assert next_tab_stop(post.title) is next(iter(post.platform_boxes.values()))
    assert next_tab_stop(post.suggestions) is post.cover_slider  # then the cover
    assert next_tab_stop(post.cover_title) is post.save_button


def test_space_still_records_after_a_language_switch(qtbot: Any, studio: MainWindow,
                                                     tmp_path: Path) -> None:  # fmt: skip
    from dataclasses import replace

    studio.open_template(load_template(one_slot(tmp_path)))  # Edit is shown: Space plays there
    studio.apply_settings(replace(studio.settings, language="it"))  # the pages are rebuilt
    studio.apply_settings(replace(studio.settings, language="en"))
    studio.tabs.setCurrentWidget(studio.record)
    page = studio.record
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=15_000)
    page.setFocus()
    qtbot.keyPress(page, Qt.Key.Key_Space)  # the old pages' Space is gone with them
    qtbot.waitUntil(lambda: "Recording" in page.status.text(), timeout=5_000)
    qtbot.wait(400)
    qtbot.keyRelease(page, Qt.Key.Key_Space)
    assert page.session is not None and len(page.session.segments) == 1


def test_post_names_a_video_it_cannot_read_in_one_line(qtbot: Any, studio: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    bad = tmp_path / "notes.mp4"
    bad.write_text("not a video\n" * 10)
    studio.post_alone(str(bad))
    settle(qtbot, studio.post)  # read off the window's thread
    assert studio.post.status.text().startswith(str(bad))
    assert "\n" not in studio.post.status.text()
    assert not studio.post.save_button.isEnabled()


def test_post_reads_the_video_off_the_window_and_the_last_one_shown_wins(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    post = studio.post
    bad = tmp_path / "notes.mp4"
    bad.write_text("not a video\n" * 10)
    red = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    studio.post_alone(str(bad))
    # the page answers at once: the video is read by a job, whose result reaches the window
    # only through the event loop (which has not run yet)
    assert post.video == bad and not post.save_button.isEnabled()
    studio.post_alone(str(red))  # the creator moves on before the first file was read
    settle(qtbot, post)
    assert post.status.text() == ""  # the older file's failure is dropped, not shown
    assert post.save_button.isEnabled() and post.cover_slider.isEnabled()
    assert post.facts is not None and post.facts.duration == pytest.approx(1.0, abs=0.1)
