"""Post and Record as views of the project: the caption follows the blanks until the creator
makes it theirs, undo takes back one field's edit at a time with the keys a creator presses,
a crash loses neither the title nor how they record, and messages appear where they look.

Real widgets and keys (pytest-qt, offscreen), real ffmpeg exports probed afterwards."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from studio.core.project import Project
from studio.core.template import load_template
from studio.media.render import caption_sidecar
from studio.ui.main_window import MainWindow, first_size, remember_size
from tests.media.test_render_output import stream_summary
from tests.media_factory import small_template, solid_clip
from tests.ui.test_project_views import export_now

pytestmark = pytest.mark.slow
CTRL = Qt.KeyboardModifier.ControlModifier


def day_template(tmp_path: Path) -> Path:
    """One slot, one blank for the day; the caption and the video's text both say it."""
    return small_template(tmp_path / "days", {
        "soundtrack": {"track": "bundled:hype-beat", "clip_audio_db": -60},
        "slots": [{"id": "scene", "label": "Scene", "duration": 1.0}],
        "blanks": [{"id": "day", "prompt": "Day", "max_length": 12}],
        "texts": [{"id": "top", "text": "See you {blank:day}", "start": 0, "duration": 1.0}],
        "post": {"caption": "See you {blank:day}", "hashtags": ["#week"]},
    })  # fmt: skip


def opened(qtbot: Any, studio: MainWindow, tmp_path: Path) -> Any:
    """The day template open on Edit with a clip in its slot; returns the Day field."""
    studio.open_template(load_template(day_template(tmp_path)))
    studio.edit.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    project = studio.project
    assert project is not None and studio.edit.blanks is not None
    qtbot.waitUntil(lambda: project.slot("scene") is not None, timeout=30_000)  # probed first
    return studio.edit.blanks.edits["day"]


def focus(qtbot: Any, studio: MainWindow, widget: Any) -> None:
    studio.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def retype(qtbot: Any, field: Any, text: str) -> None:
    """Select all and type over it, as a creator replaces a word."""
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def test_undo_takes_back_one_word_at_a_time_with_the_keys(qtbot: Any, studio: MainWindow,
                                                          tmp_path: Path) -> None:  # fmt: skip
    day = opened(qtbot, studio, tmp_path)
    focus(qtbot, studio, day)
    qtbot.keyClicks(day, "Monday")
    retype(qtbot, day, "Friday")
    assert studio.undo_buttons.undo_button.full_text == "Undo: typing in Day"
    qtbot.keyClick(day, Qt.Key.Key_Z, CTRL)  # inside the field: the project's undo, not Qt's
    assert day.text() == "Monday" and studio.project is not None
    assert studio.project.state.blanks["day"] == "Monday"
    assert studio.undo_buttons.redo_button.full_text == "Redo: typing in Day"
    qtbot.keyClick(day, Qt.Key.Key_Y, CTRL)
    assert day.text() == "Friday"
    qtbot.keyClick(day, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(day, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert day.text() == "Friday"
    studio.edit.cards["scene"].choose.setFocus()  # leaving the field ends its step ...
    focus(qtbot, studio, day)
    qtbot.keyClick(day, Qt.Key.Key_End)
    qtbot.keyClicks(day, "!")  # ... so more typing is a step of its own
    qtbot.mouseClick(studio.undo_buttons.undo_button, Qt.MouseButton.LeftButton)
    assert day.text() == "Friday"


def test_the_caption_follows_the_blanks_until_the_creator_writes_their_own(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    day = opened(qtbot, studio, tmp_path)
    focus(qtbot, studio, day)
    qtbot.keyClicks(day, "Monday")
    retype(qtbot, day, "Saturday")
    video = export_now(qtbot, studio.edit)
    post = studio.post
    caption = "See you Saturday #week"
    assert post.video == video and post.caption.toPlainText() == caption
    summary = stream_summary(video)  # the video's metadata and the kit's sidecar say the same
    assert re.search(r"comment\s+: " + re.escape(caption), summary)
    assert caption_sidecar(video).read_text(encoding="utf-8") == caption + "\n"
    assert "follows your blanks" in post.caption_note.text()
    assert not post.template_caption_button.isVisible()
    assert not post.outdated.isVisibleTo(post)  # the video is the project as it is
    studio.tabs.setCurrentWidget(studio.edit)
    retype(qtbot, day, "Sunday")
    assert post.caption.toPlainText() == "See you Sunday #week"  # followed, untouched
    assert post.outdated.isVisibleTo(post)  # and Post says the video still says Saturday
    retype(qtbot, day, "Saturday")
    assert not post.outdated.isVisibleTo(post)  # back as exported
    retype(qtbot, day, "Sunday")
    studio.tabs.setCurrentWidget(post)
    focus(qtbot, studio, post.caption)
    qtbot.keyClick(post.caption, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(post.caption, " at the lake")
    assert "your own caption" in post.caption_note.text().lower()
    assert post.template_caption_button.isVisible()
    studio.tabs.setCurrentWidget(studio.edit)
    retype(qtbot, day, "Monday")
    assert post.caption.toPlainText() == "See you Sunday #week at the lake"  # theirs now
    studio.tabs.setCurrentWidget(post)
    qtbot.mouseClick(post.template_caption_button, Qt.MouseButton.LeftButton)
    assert post.caption.toPlainText() == "See you Monday #week"
    studio.undo()  # the creator's own caption is one undo away
    assert post.caption.toPlainText() == "See you Sunday #week at the lake"


def choose(combo: Any, data: object) -> None:
    """Pick an item as the creator does (a click on the list sends `activated`)."""
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_crash_loses_neither_the_title_nor_how_the_creator_records(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    opened(qtbot, studio, tmp_path)
    page = studio.record
    choose(page.speed_combo, 2.0)
    choose(page.countdown_combo, 3)
    choose(page.panel.length_combo, 15.0)
    page.panel.stop_at.setValue(9.5)
    page.panel.mirror_box.click()
    page.panel.ghost_box.click()
    page.strip.buttons["mono"].click()
    page.track_combo.setCurrentIndex(page.track_combo.findData("night-drive"))
    qtbot.waitUntil(lambda: page.waveform.duration > 20, timeout=30_000)
    page.waveform.start_chosen.emit(12.0)
    studio.tabs.setCurrentWidget(studio.post)
    focus(qtbot, studio, studio.post.title)
    qtbot.keyClick(studio.post.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(studio.post.title, "Weekend plans")
    assert studio.project is not None and studio.project.path is not None
    path = studio.project.path
    # the process dies here, once the draft writer has had its 300 ms: the draft is all there is
    qtbot.waitUntil(lambda: Project.open(path).state.title == "Weekend plans",  # type: ignore[union-attr]
                    timeout=5_000)  # fmt: skip
    again = Project.open(path)
    assert again is not None and again.state.title == "Weekend plans"
    record = again.state.record
    assert (record.speed, record.countdown, record.max_seconds, record.stop_at) == (2.0, 3, 15.0,
                                                                                    9.5)  # fmt: skip
    assert (record.mirror, record.ghost, record.look) == (True, False, "mono")
    assert record.song is not None and record.song.endswith("night-drive.m4a")
    assert record.song_start == 12.0
    reopened = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(reopened)
    try:
        reopened.open_draft(path)
        shown = reopened.record
        assert reopened.post.title.text() == "Weekend plans"
        assert shown.speed_combo.currentData() == 2.0
        assert shown.countdown_combo.currentData() == 3
        assert shown.panel.length_combo.currentData() == 15.0
        assert shown.panel.stop_at.value() == 9.5
        assert shown.panel.mirror_box.isChecked() and not shown.panel.ghost_box.isChecked()
        assert shown.strip.buttons["mono"].isChecked()
        assert shown.track_combo.currentData() == "night-drive"
        qtbot.waitUntil(lambda: shown.waveform.duration > 20, timeout=30_000)
        assert shown.waveform.start == 12.0
    finally:
        reopened.close()


def test_ctrl_e_exports_while_typing_in_a_blank(qtbot: Any, studio: MainWindow,
                                                tmp_path: Path) -> None:  # fmt: skip
    day = opened(qtbot, studio, tmp_path)
    focus(qtbot, studio, day)
    qtbot.keyClicks(day, "Friday")
    with qtbot.waitSignal(studio.edit.exported, timeout=120_000):
        qtbot.keyClick(day, Qt.Key.Key_E, CTRL)
    assert day.text() == "Friday"


def test_a_missing_blank_is_shown_and_its_message_goes_once_filled(qtbot: Any, studio: MainWindow,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    day = opened(qtbot, studio, tmp_path)
    studio.edit.export_panel.export_button.setFocus()
    assert studio.edit.export() is None
    status = studio.edit.export_panel.status
    assert status.text() == "Cannot export yet: Fill in “Day”"
    qtbot.waitUntil(day.hasFocus, timeout=5_000)  # the creator can type straight away
    qtbot.keyClicks(day, "Friday")
    assert status.text() == ""  # no stale "cannot export" once it can


def test_a_family_emoji_counts_as_one_character(qtbot: Any, studio: MainWindow,
                                                tmp_path: Path) -> None:  # fmt: skip
    day = opened(qtbot, studio, tmp_path)
    family = "👨\u200d👩\u200d👧\u200d👦"
    day.insert(family * 3)
    assert studio.edit.blanks is not None
    assert studio.edit.blanks.counters["day"].text() == "3/12"
    day.insert(family * 20)  # longer than the blank allows: cut to twelve
    assert day.text() == family * 12
    assert studio.project is not None and studio.project.missing() == []


def test_the_gallery_is_reached_with_tab_and_walked_with_arrows(qtbot: Any,
                                                                studio: MainWindow) -> None:  # fmt: skip
    home = studio.home
    focus(qtbot, studio, home.search)
    qtbot.keyClick(home.search, Qt.Key.Key_Tab)
    first = home.cards.cards[0]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = home.cards.cards[1]
    assert QApplication.focusWidget() is second
    with qtbot.waitSignal(home.template_chosen) as chosen:
        qtbot.keyClick(second, Qt.Key.Key_Return)
    assert chosen.args[0].folder == second.entry.loaded.folder  # type: ignore[union-attr]


def test_a_template_opens_at_the_top_with_the_playhead_at_zero(qtbot: Any, studio: MainWindow,
                                                                tmp_path: Path) -> None:  # fmt: skip
    from studio.core.resources import bundled_templates_dir

    studio.resize(1000, 600)
    studio.open_template(load_template(bundled_templates_dir() / "photo-dump"))
    bar = studio.edit.panel_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    studio.edit.transport.seek(2.0)
    studio.open_template(load_template(bundled_templates_dir() / "three-things"))
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=5_000)
    assert studio.edit.scrub.value() == 0


def test_the_first_window_fits_the_screen_and_its_size_is_remembered() -> None:
    for screen in (QSize(1024, 700), QSize(1920, 1080)):
        size = first_size(screen)
        assert size.width() <= screen.width() * 0.9 and size.height() <= screen.height() * 0.9
    assert first_size(QSize(1920, 1080)) == QSize(1280, 800)
    remember_size(QSize(1500, 900))
    assert first_size(QSize(1920, 1080)) == QSize(1500, 900)
    assert first_size(QSize(1024, 700)) == QSize(921, 630)


def test_the_desktop_export_encodes_at_the_projects_quality(qtbot: Any, studio: MainWindow,
                                                             tmp_path: Path) -> None:  # fmt: skip
    from studio.core.project import ExportSettings, SetExport

    day = opened(qtbot, studio, tmp_path)
    qtbot.keyClicks(day, "Friday")
    assert studio.project is not None
    studio.project.execute(SetExport(ExportSettings(preset="ultrafast", crf=37)))
    video = export_now(qtbot, studio.edit)
    # x264 writes the options it encoded with into the stream itself
    assert b"crf=37.0" in video.read_bytes()


def test_settings_show_the_folder_videos_go_to(studio: MainWindow, tmp_path: Path) -> None:
    from studio.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(studio.settings, studio, studio.default_output)
    try:
        assert dialog.folder.text() == ""  # nothing chosen: the default ...
        assert dialog.folder.placeholderText() == str(tmp_path / "videos")  # ... named in full
    finally:
        dialog.deleteLater()


def test_a_long_drop_down_list_shows_all_its_items(qtbot: Any, studio: MainWindow,
                                                   tmp_path: Path) -> None:  # fmt: skip
    opened(qtbot, studio, tmp_path)
    looks = studio.edit.cards["scene"].look.combo
    assert looks.count() > 10 and looks.maxVisibleItems() >= looks.count()


def test_counted_and_dated_words_read_naturally(studio: MainWindow) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QDateTime, QLocale

    from studio.capture.take import Take
    from studio.core.draft import Draft, DraftSlot
    from studio.ui.take_assembly import take_time
    from studio.ui.widgets.drafts_list import describe

    one = Draft(template="/t/pov", slots={"a": DraftSlot(media="/a.mp4")})
    two = Draft(template="/t/pov", slots={k: DraftSlot(media="/a.mp4") for k in "ab"})
    assert " 1 clip " in describe(one) and " 2 clips " in describe(two)
    # the creator's right-to-left words are isolated: they took the count into their run
    hebrew = one.model_copy(update={"blanks": {"activity": "שלום עולם"}})
    assert "  —  \u2068שלום עולם\u2069  —  1 clip  —  " in describe(hebrew)
    take = Take(Path("/takes/take-20261206-210832"), None, 0.0, ())
    studio.apply_settings(replace(studio.settings, language="it"))
    try:
        moment = QDateTime.fromString("20261206-210832", "yyyyMMdd-HHmmss")
        assert take_time(take) == QLocale("it").toString(moment, QLocale.FormatType.ShortFormat)
        assert "2026" not in take_time(take)  # 06/12/26 21:08, not the folder's stamp
        assert " 2 clip " in describe(two)
    finally:
        studio.apply_settings(replace(studio.settings, language="en"))


def test_showing_another_project_on_post_edits_neither(qtbot: Any, studio: MainWindow,
                                                       tmp_path: Path) -> None:  # fmt: skip
    from studio.core.project import Cover, SetCover

    opened(qtbot, studio, tmp_path)
    first = studio.project
    assert first is not None
    first.execute(SetCover(Cover(time=0.4, text="Day 1")))
    steps = first.undo_steps
    studio.open_template(load_template(day_template(tmp_path / "second")))
    second = studio.project
    assert second is not None and second is not first
    assert studio.post.cover_title.text() == ""  # the second's cover, shown ...
    assert (first.undo_steps, second.undo_steps) == (steps, 0)  # ... and edited by nobody
    assert first.state.cover == Cover(time=0.4, text="Day 1")


def test_a_long_step_name_is_cut_to_the_room_its_button_gets(qtbot: Any) -> None:
    """Cut to the widest the button may be, the label was clipped at both ends when a small
    window gave it less: "Jndo: turning a stic", the U half gone and no "…"."""
    from studio.ui.widgets.undo_buttons import TEXT_PADDING, StepButton

    button = StepButton()
    qtbot.addWidget(button)
    button.show()
    button.show_label("Undo: turning a sticker in the middle of the picture")
    for width in (90, 130, 400):
        button.resize(width, 30)
        shown = button.text()
        assert shown.startswith("Undo")
        fits = button.fontMetrics().horizontalAdvance(shown) <= width - TEXT_PADDING
        assert fits and (shown.endswith("…") or width == 400)


def test_the_creators_own_song_is_asked_for_once_and_kept(
    qtbot: Any, studio: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file dialog opened twice; cancelling the second left the name shown, no song
    loaded and the take recorded without it."""
    import shutil

    from studio.core.resources import resource_path
    from studio.ui import soundtrack_choice
    from studio.ui.widgets.record_panel import OWN_FILE

    opened(qtbot, studio, tmp_path)
    song = tmp_path / "my-own-song.m4a"
    shutil.copy(resource_path("music", "night-drive.m4a"), song)
    asked: list[int] = []

    def pick(*_: object) -> str:  # a file dialog cannot be answered offscreen
        asked.append(1)
        return str(song) if len(asked) == 1 else ""  # a second dialog is cancelled

    monkeypatch.setattr(soundtrack_choice, "pick_media_file", pick)
    page = studio.record
    page.track_combo.setCurrentIndex(page.track_combo.findData(OWN_FILE))
    qtbot.waitUntil(lambda: page.waveform.duration > 20, timeout=30_000)
    assert len(asked) == 1
    assert page.track_combo.currentText() == "my-own-song.m4a"
    assert studio.project is not None and studio.project.state.record.song == str(song)


def test_return_presses_the_focused_button_and_ticks_the_focused_box(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """With Space the page's play or record key, a keyboard-only creator could reach
    "Add text" or a box with Tab and not press it."""
    opened(qtbot, studio, tmp_path)
    project = studio.project
    assert project is not None
    before = len(project.state.overlays)
    button = studio.edit.own.panel.text_button
    focus(qtbot, studio, button)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(project.state.overlays) == before + 1, timeout=5_000)
    studio.tabs.setCurrentWidget(studio.record)
    box = studio.record.panel.mirror_box
    ticked = box.isChecked()
    focus(qtbot, studio, box)
    qtbot.keyClick(box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: box.isChecked() != ticked, timeout=5_000)


def test_an_export_refused_or_started_is_scrolled_into_view(qtbot: Any) -> None:
    """Ctrl+E is pressed wherever the creator is in the form; "Exporting… 3%" and "Cannot
    export yet" were at its foot, out of view at 1024x700 and 1920x1080 alike."""
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    from studio.ui.widgets.export_panel import ExportPanel

    form = QWidget()
    layout = QVBoxLayout(form)
    tall = QWidget()
    tall.setMinimumHeight(2000)
    panel = ExportPanel()
    layout.addWidget(tall)
    layout.addWidget(panel)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    scroll.resize(400, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert panel.visibleRegion().isEmpty()
    panel.block("Cannot export yet: {0}", "Fill in “Day”")
    qtbot.waitUntil(lambda: not panel.status.visibleRegion().isEmpty(), timeout=5_000)
    panel.close_jobs()


def test_the_first_progress_line_has_no_time_and_no_trailing_space(qtbot: Any) -> None:
    """Before the export can estimate what is left, its line read "Exporting… 0% " with the
    space meant for the time left."""
    from studio.ui.widgets.export_panel import ExportPanel

    panel = ExportPanel()
    qtbot.addWidget(panel)
    panel._progress(0.0, -1.0)  # the worker's signal before the fifth frame
    assert panel.status.text() == "Exporting… 0%"
    panel._progress(0.5, 7.4)
    assert panel.status.text() == "Exporting… 50% about 7 s left"
    panel.close_jobs()


def test_one_draft_leaves_the_gallery_the_height_it_needs(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """The drafts list was as tall as three rows for one draft, and at 1024x700 the
    gallery's template names were cut off under it."""
    opened(qtbot, studio, tmp_path)  # every edit is saved as a draft
    studio.tabs.setCurrentWidget(studio.home)
    drafts = studio.home.drafts
    qtbot.waitUntil(lambda: drafts.list.count() == 1, timeout=5_000)
    row = drafts.list.visualItemRect(drafts.list.item(0)).height()
    assert drafts.list.height() < 2 * row
