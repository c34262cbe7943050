"""The pages as views of one Project: nothing a creator did is lost between pages, languages or
crashes; the wheel and bad files do not change a slot; a take's song reaches the export.

Real widgets, the paced test camera, the null sound sink and real ffmpeg encodes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from studio.core.resources import resource_path
from studio.core.template import load_template
from studio.ui.main_window import MainWindow
from studio.ui.pages.edit_page import EditPage
from tests.media_factory import decode_audio, small_template, solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def tiny_template(tmp_path: Path, song: str = "hype-beat", seconds: float = 2.0) -> Path:
    """One slot and one blank on a small canvas, with a bundled song (fast to export)."""
    return small_template(tmp_path / "tiny", {
        "soundtrack": {"track": f"bundled:{song}", "clip_audio_db": -60},
        "slots": [{"id": "scene", "label": "Scene", "prompt": "Film it", "duration": seconds}],
        "blanks": [{"id": "what", "prompt": "What is it?", "max_length": 30}],
        "texts": [{"id": "top", "text": "{blank:what}", "start": 0, "duration": seconds}],
        "post": {"caption": "{blank:what}", "hashtags": ["#tiny"]},
    })  # fmt: skip


def export_now(qtbot: Any, page: EditPage) -> Path:
    with qtbot.waitSignal(page.exported, timeout=120_000) as exported:
        assert page.export() is not None
    return Path(exported.args[0])


def filled_and_exported(qtbot: Any, studio: MainWindow, tmp_path: Path) -> Path:
    studio.open_template(load_template(tiny_template(tmp_path)))
    studio.edit.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=2)))
    settle(qtbot, studio.edit)
    assert studio.edit.blanks is not None
    qtbot.keyClicks(studio.edit.blanks.edits["what"], "my desk")
    return export_now(qtbot, studio.edit)


def wheel(widget: Any, notches: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_combo_changes_nothing(qtbot: Any, studio: MainWindow,
                                                           tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(tiny_template(tmp_path)))
    page = studio.edit
    page.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    settle(qtbot, page)
    speed: QComboBox = page.cards["scene"].timing.speed
    before, chosen = speed.currentIndex(), page.draft.slots["scene"]  # type: ignore[union-attr]
    studio.activateWindow()
    page.problems.setFocus()  # the creator is elsewhere, scrolling the slot panel
    wheel(speed, -1)
    wheel(speed, -1)
    assert speed.currentIndex() == before
    assert page.draft.slots["scene"] == chosen  # type: ignore[union-attr]
    assert speed.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not focus it
    speed.setFocus()  # clicked into: now the wheel is the creator's intent
    qtbot.waitUntil(speed.hasFocus, timeout=5_000)
    wheel(speed, -1)
    assert speed.currentIndex() != before


def test_a_bad_file_is_refused_and_the_slot_stays_as_it_was(qtbot: Any, studio: MainWindow,
                                                            tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(tiny_template(tmp_path)))
    page = studio.edit
    red = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    page.choose_media("scene", str(red))
    settle(qtbot, page)
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mov"
    text.write_text("this is not a video\n" * 20)
    for bad in (empty, text):
        page.choose_media("scene", str(bad))
        settle(qtbot, page)
        assert page.problems.text().startswith(str(bad))  # one line, naming the file
        assert "\n" not in page.problems.text()
        assert page.draft.slots["scene"].media == str(red)  # type: ignore[union-attr]
        assert page.cards["scene"].file_label.text() == "red.mp4"
    assert page.project is not None and page.project.undo_steps == 1  # no command was issued


def test_export_with_an_empty_blank_says_what_is_missing(qtbot: Any, studio: MainWindow,
                                                         tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(tiny_template(tmp_path)))
    page = studio.edit
    page.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    settle(qtbot, page)
    assert page.export() is None
    assert page.export_panel.status.text() == "Cannot export yet: Fill in “What is it?”"


def test_post_and_the_music_choice_survive_a_language_switch(qtbot: Any, studio: MainWindow,
                                                             tmp_path: Path) -> None:  # fmt: skip
    video = filled_and_exported(qtbot, studio, tmp_path)
    assert studio.tabs.currentWidget() is studio.post
    assert "Saved" in studio.edit.export_panel.status.text()  # the result stays on Edit
    post = studio.post
    assert str(video) in post.video_label.text()  # Post says which file it posts
    post.caption.setPlainText("my desk, finally tidy #desk #tidy")
    post.title.clear()
    qtbot.keyClicks(post.title, "Desk day")
    post.platform_boxes["shorts"].click()
    post.cover_title.setText("Day 1")
    settle(qtbot, post)  # the slider moves along the video once it is read (a job)
    post.cover_slider.setValue(100)
    studio.record.track_combo.setCurrentIndex(studio.record.track_combo.findData("night-drive"))
    assert studio.project is not None  # the Record page's choice is in the project too
    assert studio.project.state.record.song == str(resource_path("music", "night-drive.m4a"))
    studio.apply_settings(replace(studio.settings, language="it"))
    post = studio.post  # a new page, in Italian
    settle(qtbot, post)
    assert studio.tabs.tabText(3) == "Pubblica"
    assert post.video == video and str(video) in post.video_label.text()
    assert post.caption.toPlainText() == "my desk, finally tidy #desk #tidy"
    assert post.title.text() == "Desk day"
    assert post.platform_boxes["shorts"].isChecked()
    assert post.cover_title.text() == "Day 1" and post.cover_slider.value() == 100
    assert studio.record.track_combo.currentData() == "night-drive"
    assert studio.edit.draft is not None and studio.edit.draft.blanks == {"what": "my desk"}
    studio.apply_settings(replace(studio.settings, language="en"))


def test_a_new_window_after_a_crash_restores_the_post(qtbot: Any, studio: MainWindow,
                                                      tmp_path: Path) -> None:  # fmt: skip
    video = filled_and_exported(qtbot, studio, tmp_path)
    studio.post.caption.setPlainText("so tidy #desk #tidy")
    studio.post.cover_title.setText("Day 1")
    settle(qtbot, studio.edit)  # the draft is written at most 300 ms after the last edit
    # the process dies here: no close, no save on exit; a new window starts from disk
    reopened = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(reopened)
    try:
        drafts = reopened.home.drafts
        drafts.list.itemActivated.emit(drafts.list.item(0))
        post = reopened.post
        assert post.video == video
        assert post.caption.toPlainText() == "so tidy #desk #tidy"
        assert post.cover_title.text() == "Day 1"
        assert reopened.project is not None
        assert reopened.project.state.hashtags == ["#desk", "#tidy"]
        assert str(video) in reopened.edit.export_panel.status.text()
    finally:
        reopened.close()


def best_match(part: np.ndarray, song: np.ndarray, rate: int) -> tuple[float, float]:
    """Where in `song` `part` fits best (seconds) and how well (normalised correlation, 0..1)."""
    n = len(part)
    size = 1 << (len(song) + n).bit_length()
    spectrum = np.fft.rfft(song, size) * np.conj(np.fft.rfft(part, size))
    correlation = np.fft.irfft(spectrum, size)[: len(song) - n + 1]
    energy = np.concatenate([[0.0], np.cumsum(song.astype(np.float64) ** 2)])
    norms = np.sqrt(np.maximum(energy[n:] - energy[:-n], 1e-12)) * np.linalg.norm(part)
    score = correlation / norms
    lag = int(np.argmax(score))
    return lag / rate, float(score[lag])


def test_a_take_recorded_to_a_song_brings_that_song_into_the_export(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    studio.open_template(load_template(tiny_template(tmp_path, "hype-beat", seconds=1.5)))
    studio.tabs.setCurrentWidget(studio.record)
    page = studio.record
    assert not page.song_notice.isVisible()  # this template's song may be replaced
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=15_000)
    page.restore_music(resource_path("music", "sunny-pop.m4a"))
    qtbot.waitUntil(lambda: page.waveform.duration > 30, timeout=15_000)
    qtbot.mousePress(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1600)
    qtbot.mouseRelease(page.record_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.take_ready, timeout=90_000) as taken:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    take = Path(taken.args[0])
    settle(qtbot, studio.edit)  # the take is probed before it goes into its slot
    sung_from = json.loads((take.parent / "take.json").read_text())["track_start"]
    assert studio.tabs.currentWidget() is studio.edit
    project = studio.project
    assert project is not None and project.state.music.origin == "take"
    assert studio.edit.blanks is not None
    qtbot.keyClicks(studio.edit.blanks.edits["what"], "la la")
    video = export_now(qtbot, studio.edit)

    rate = 8_000
    heard = decode_audio(video, rate)[int(0.2 * rate) : int(1.2 * rate)]
    chosen = decode_audio(resource_path("music", "sunny-pop.m4a"), rate)[: 10 * rate]
    template_song = decode_audio(resource_path("music", "hype-beat.m4a"), rate)[: 10 * rate]
    at, score = best_match(heard, chosen, rate)
    _, other = best_match(heard, template_song, rate)
    assert score > 0.8, score  # the export plays the song the take was recorded to ...
    assert at == pytest.approx(sung_from + 0.2, abs=0.05)  # ... where the take was sung
    assert other < 0.5, other  # ... and not the template's song


def test_a_template_with_a_fixed_song_says_so_before_recording(studio: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    folder = small_template(tmp_path / "fixed", {
        "soundtrack": {"track": "bundled:hype-beat", "replaceable": False},
        "slots": [{"id": "scene", "label": "Scene", "prompt": "Film it", "duration": 2}],
    })  # fmt: skip
    studio.open_template(load_template(folder))
    studio.tabs.setCurrentWidget(studio.record)
    assert studio.record.song_notice.isVisible()
    assert "keeps its own song" in studio.record.song_notice.text()


def test_status_lines_belong_to_their_draft(qtbot: Any, studio: MainWindow,
                                            tmp_path: Path) -> None:  # fmt: skip
    video = filled_and_exported(qtbot, studio, tmp_path)
    first = studio.project
    assert first is not None and first.path is not None
    studio.post.copy_caption()
    assert studio.post.status.text() != ""
    studio.open_template(load_template(tiny_template(tmp_path / "other")))
    assert studio.edit.export_panel.status.text() == ""  # not the other draft's "Saved ..."
    assert studio.post.status.text() == "" and studio.post.video is None
    assert studio.post.video_label.text() == ""
    studio.open_draft(first.path)  # back to the first: its export is shown again
    assert str(video) in studio.edit.export_panel.status.text()
    assert studio.post.video == video


def test_a_take_posted_alone_keeps_its_post_through_a_language_switch(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    studio.open_template(load_template(tiny_template(tmp_path)))  # a project is open ...
    studio.just_record()  # ... but this take is a video of its own
    take = solid_clip(tmp_path / "take.mp4", "blue", seconds=1)
    studio.use_take(str(take))
    settle(qtbot, studio.edit)
    studio.post.caption.setPlainText("just me #solo")
    studio.apply_settings(replace(studio.settings, language="de"))
    try:
        assert studio.post.video == take
        assert studio.post.caption.toPlainText() == "just me #solo"
        assert studio.post.project is not studio.project  # its caption is not the draft's
    finally:
        studio.apply_settings(replace(studio.settings, language="en"))
