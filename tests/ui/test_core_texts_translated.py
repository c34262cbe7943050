"""What the core hands the window (preflight findings, the test camera, seconds) reads in the
creator's language: real widgets offscreen, real Italian catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from studio.core.platforms import Box, platform
from studio.core.post.preflight import FINDING_CODES, TextBox, VideoFacts, preflight
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.ui.finding_texts import FindingTexts
from studio.ui.main_window import MainWindow
from studio.ui.translation import install_language
from tests.media_factory import solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow

# breaks every rule at once on YouTube Shorts (which also wants a title)
BAD = VideoFacts(200.0, 120, 1920, 1080, "mkv", "vp9", "opus", 96_000, moov_first=False)
LOW = VideoFacts(200.0, 0.5, 720, 1280, "mp4", "h264", "", 0, moov_first=None)
LOW_TEXT = TextBox("Follow for more", Box(left=300, top=1700, right=780, bottom=1800))
OWN_STICKER = TextBox("heart.png", Box(left=300, top=1700, right=600, bottom=1900), own=True)


def _every_finding() -> list[Any]:
    shorts = platform("shorts")
    caption = "x" * 6000 + " " + " ".join(f"#t{i}" for i in range(70))
    found = preflight(shorts, BAD, caption, "t" * 200, [LOW_TEXT, OWN_STICKER])
    found += preflight(shorts, LOW, "hi", None)
    found += preflight(platform("tiktok"), VideoFacts(1.0, 30, 1080, 1920, "mp4", "h264"))
    return found


def test_every_finding_code_is_phrased_in_italian(qapp: Any) -> None:
    found = _every_finding()
    assert {f.code for f in found} == set(FINDING_CODES)  # the fixture reaches every code
    english = {f.code: FindingTexts().phrase(f) for f in found}
    install_language("it")
    try:
        italian = {f.code: FindingTexts().phrase(f) for f in found}
    finally:
        install_language("en")
    for code in FINDING_CODES:
        for english_text, italian_text in zip(english[code], italian[code], strict=True):
            assert italian_text != english_text, code
            assert "{" not in italian_text, (code, italian_text)
    assert italian["too_long"][0].startswith("dura 200,0 s; YouTube Shorts")


def test_the_english_window_reads_like_the_cli(qapp: Any) -> None:
    found = {f.code: f for f in _every_finding()}
    for code in ("resolution_low", "no_audio", "too_long", "index_at_end", "title_missing"):
        assert FindingTexts().phrase(found[code]) == (found[code].problem, found[code].fix), code
    assert all("{" not in text for f in found.values() for text in FindingTexts().phrase(f))


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("STUDIO_CAMERA", "lavfi:testsrc2=size=320x240:rate=30")
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    main.apply_settings(replace(main.settings, language="it"))  # as the creator switches to it
    yield main
    main.apply_settings(replace(main.settings, language="en"))  # the next test starts in English
    main.close()


def test_the_post_page_shows_an_italian_finding(qtbot: Any, window: MainWindow) -> None:
    post = window.post
    window.post_alone(str(resource_path("samples", "dance-portrait.mp4")))
    settle(qtbot, post)  # the video's facts are read off the window's thread
    post.caption.setPlainText("Un ballo #dance")
    post.refresh()
    findings = [post.findings.item(i).text() for i in range(post.findings.count())]
    assert any("TikTok: 720x1280 è sotto 1080x1920; sembrerà sfocato" in f for f in findings)
    assert any("Rimedio: esporta a 1080x1920" in f for f in findings)
    assert not any("export at" in f or "look soft" in f for f in findings)


def test_the_test_camera_has_a_creator_facing_name(window: MainWindow) -> None:
    combo = window.record.panel.camera_combo
    assert combo.itemText(0) == "Fotocamera di prova"
    assert combo.itemData(0) == "lavfi:testsrc2=size=320x240:rate=30"  # STUDIO_CAMERA still works
    assert not any("STUDIO_CAMERA" in combo.itemText(i) for i in range(combo.count()))


def test_the_in_point_and_the_clock_use_the_italian_comma(qtbot: Any, window: MainWindow,
                                                          tmp_path: Path) -> None:  # fmt: skip
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=2)
    window.open_template(load_template(bundled_templates_dir() / "pov"))
    window.edit.choose_media("scene", str(clip))
    settle(qtbot, window.edit)
    card = window.edit.cards["scene"]
    assert card.in_point.text() == "0,00 s"
    card.in_point.lineEdit().selectAll()
    qtbot.keyClicks(card.in_point.lineEdit(), "0.5")  # a typed point still means half a second
    card.in_point.interpretText()
    assert card.in_point.value() == pytest.approx(0.5)
    assert card.in_point.text() == "0,50 s"
    qtbot.waitUntil(lambda: "," in window.edit.clock.text(), timeout=15_000)
    assert "." not in window.edit.clock.text()


def test_the_marks_before_posting_findings_are_in_the_windows_font(qtbot: Any) -> None:
    """⛔ is only in colour emoji fonts: where there was none, an error showed an empty box."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QListWidget

    from studio.ui.pages.post_page import ERROR_MARK, WARNING_MARK

    shown = QListWidget()
    qtbot.addWidget(shown)
    metrics = QFontMetrics(shown.font())
    assert all(metrics.inFontUcs4(ord(mark)) for mark in (ERROR_MARK, WARNING_MARK))
