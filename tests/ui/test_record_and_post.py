"""The record page with the paced test camera and the real sound device, the post page, and
switching language: driven through the real widgets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.core.resources import resource_path
from studio.media.probe import probe
from studio.ui.main_window import MainWindow
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def test_record_three_segments_delete_one_and_post_the_take(qtbot: Any, studio: MainWindow
                                                            ) -> None:  # fmt: skip
    studio.home.just_record.emit()
    page = studio.record
    assert studio.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=15_000)  # the camera is live
    page.choose_track(resource_path("music", "sunny-pop.m4a"))
    qtbot.waitUntil(lambda: page.waveform.duration > 30, timeout=15_000)
    # hold the button, hold Space, and hold the button again
    qtbot.mousePress(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(700)
    qtbot.mouseRelease(page.record_button, Qt.MouseButton.LeftButton)
    page.setFocus()
    qtbot.keyPress(page, Qt.Key.Key_Space)
    qtbot.wait(900)
    qtbot.keyRelease(page, Qt.Key.Key_Space)
    qtbot.mousePress(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(500)
    qtbot.mouseRelease(page.record_button, Qt.MouseButton.LeftButton)
    assert page.session is not None
    segments = page.session.segments
    assert len(segments) == 3 and len(page.bar.marks) == 3
    assert page.delete_button.isEnabled()
    studio.tabs.setCurrentWidget(studio.edit)  # away and back: the camera closes and reopens
    studio.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.camera is not None and page.camera.frames > 5, timeout=15_000)
    assert page.session.camera is page.camera
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(page.session.segments) == 2
    kept = sum((s.track_end or 0) - s.track_start for s in page.session.segments)
    assert kept == pytest.approx(1.6, abs=0.3)
    with qtbot.waitSignal(page.take_ready, timeout=90_000) as taken:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    video = Path(taken.args[0])
    assert probe(video).duration == pytest.approx(kept, abs=0.1)
    assert (probe(video).width, probe(video).height) == (1080, 1920)
    assert studio.tabs.currentWidget() is studio.post  # "Just record": straight to posting
    assert studio.post.video == video


def test_a_take_cut_short_by_a_crash_is_offered_again(qtbot: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import os
    import signal
    import subprocess
    import sys

    from tests.capture.test_take_safety import RECORDER

    recorder = subprocess.Popen([sys.executable, "-c", RECORDER, str(tmp_path / "takes")],
                                stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert recorder.stdout is not None
    recorder.stdout.readline()
    assert recorder.stdout.readline().strip() == "recording"
    qtbot.wait(1500)
    os.kill(recorder.pid, signal.SIGKILL)
    recorder.wait()
    monkeypatch.setenv("STUDIO_CAMERA", "lavfi:testsrc2=size=320x240:rate=30")
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")  # the next start of the studio
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.record)
    page = main.record
    assert page.takes_combo.count() == 1
    assert page.takes_combo.itemText(0).endswith("(recovered)")
    with qtbot.waitSignal(page.take_ready, timeout=60_000) as taken:
        qtbot.mouseClick(page.use_take_button, Qt.MouseButton.LeftButton)
    assert probe(taken.args[0]).duration > 0.5
    main.close()


def test_post_page_suggests_counts_and_saves_a_kit(qtbot: Any, studio: MainWindow) -> None:
    post = studio.post
    studio.post_alone(str(resource_path("samples", "dance-portrait.mp4")))
    settle(qtbot, post)  # the video's facts are read off the window's thread
    post.caption.setPlainText("Learning a dance #dance")
    post.refresh()
    assert "TikTok: 23/2200 characters, 1/5 hashtags" in post.counters.text()
    tags = [post.suggestions.item(i).text() for i in range(post.suggestions.count())]
    assert tags and "#dance" not in tags  # none already in the caption
    post.suggestions.itemClicked.emit(post.suggestions.item(0))
    assert post.caption.toPlainText() == f"Learning a dance #dance {tags[0]}"
    findings = [post.findings.item(i).text() for i in range(post.findings.count())]
    assert any("720x1280 is below 1080x1920" in line for line in findings)
    post.platform_boxes["shorts"].click()
    post.title.clear()
    qtbot.keyClicks(post.title, "Dance day")
    post.refresh()
    with qtbot.waitSignal(post.kit_saved, timeout=180_000) as saved:  # two encodes, busy CPU
        qtbot.mouseClick(post.save_button, Qt.MouseButton.LeftButton)
    kit = Path(saved.args[0])
    assert sorted(p.name for p in kit.iterdir()) == ["cover.jpg", "shorts", "tiktok"]
    assert (kit / "shorts" / "title.txt").read_text(encoding="utf-8").strip() == "Dance day"
    qtbot.mouseClick(post.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"Learning a dance #dance {tags[0]}"


def test_switching_language_translates_the_window(qtbot: Any, studio: MainWindow) -> None:
    studio.apply_settings(replace(studio.settings, language="it"))
    assert [studio.tabs.tabText(i) for i in range(4)] == ["Home", "Registra", "Modifica",
                                                           "Pubblica"]  # fmt: skip
    assert studio.record.next_button.text() == "Avanti"
    studio.apply_settings(replace(studio.settings, language="de"))
    assert studio.tabs.tabText(1) == "Aufnehmen"
    assert studio.post.save_button.text() == "Post-Paket speichern"
    studio.apply_settings(replace(studio.settings, language="en"))
    assert studio.tabs.tabText(1) == "Record"


def test_a_duet_records_beside_the_original(qtbot: Any, studio: MainWindow, tmp_path: Path) -> None:
    from studio.core.resources import bundled_templates_dir
    from studio.core.template import load_template
    from tests.media_factory import solid_clip

    original = solid_clip(tmp_path / "red.mp4", "red", 3.0, size="180x320", tone_hz=440)
    studio.open_template(load_template(bundled_templates_dir() / "duet"))
    studio.edit.choose_media("original", str(original))
    settle(qtbot, studio.edit)
    studio.tabs.setCurrentWidget(studio.record)
    page = studio.record
    assert page.duet_view.isVisible()
    # the original is probed and opened off the window's thread; then the clock is its own sound
    qtbot.waitUntil(lambda: page.track_path == original, timeout=15_000)
    assert page._settings().track is None  # the take keeps only the voice: no doubled sound
    qtbot.waitUntil(lambda: page.duet_view.image is not None, timeout=15_000)
    colour = page.duet_view.image.pixelColor(90, 160)
    assert colour.red() > 200 and colour.blue() < 60
    take = solid_clip(tmp_path / "take.mp4", "blue", 1.0, size="180x320")
    page.take_ready.emit(str(take))  # the take lands in the duet's other half
    settle(qtbot, studio.edit)  # probed before it goes into the slot
    assert studio.edit.draft is not None and studio.edit.draft.slots["me"].media == str(take)
    studio.tabs.setCurrentWidget(studio.home)
    studio.tabs.setCurrentWidget(page)  # nothing left to record beside: the camera alone
    assert not page.duet_view.isVisible()
