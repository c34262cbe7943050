"""Auto captions in the editor: made in the background with progress, corrected word by word
with undo, split and joined, drawn in the preview. Real widgets, the real tiny.en model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QToolButton

from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.ui.main_window import MainWindow
from studio.ui.settings import StudioSettings
from tests.speech_factory import espeak_available, speech_wav
from tests.speech_model import tiny_en_folder
from tests.ui.settling import settle

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed"),
]


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    yield main
    main.close()


def _talking_clip(folder: Path) -> Path:
    speech_wav(folder / "talk.wav", [("welcome", 0.3), ("to", 0.15), ("my", 0.15),
                                     ("kitchen", 0.15), ("today", 0.8)], tail=0.6)  # fmt: skip
    clip = folder / "talk.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=gray:s=108x192:r=30:d=4", "-i",
                str(folder / "talk.wav"), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-t", "4", str(clip)])  # fmt: skip
    return clip


def _words(window: MainWindow) -> list[str]:
    return [b.text() for b in window.edit.captions_panel.findChildren(QToolButton)]


def test_make_correct_undo_and_see_captions(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    StudioSettings(speech_model_folder=str(tiny_en_folder())).save()
    window.open_template(load_template(bundled_templates_dir() / "pov"))
    page = window.edit
    page.choose_media("scene", str(_talking_clip(tmp_path)))
    settle(qtbot, page)  # probed and planned off the window's thread
    panel = page.captions_panel
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isVisibleTo(panel)
    qtbot.waitUntil(lambda: bool(page.draft and page.draft.transcripts), timeout=180_000)
    assert not panel.cancel_button.isVisibleTo(panel)
    words = [w.casefold().strip(".") for w in _words(window)]
    assert words[:4] == ["welcome", "to", "my", "kitchen"]
    assert "words; click one to correct it" in panel.status.text()
    # the preview draws them (the same plan the export renders)
    settle(qtbot, page)
    plan = page.preview_plan
    assert plan is not None and plan.captions is not None and plan.captions.cues
    # a click on a word corrects it through a command (the dialog is modal: answered here)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("kitchens", True))
    kitchen = next(b for b in panel.findChildren(QToolButton) if "itchen" in b.text())
    qtbot.mouseClick(kitchen, Qt.MouseButton.LeftButton)
    assert page.draft is not None
    assert "kitchens" in [w.text for w in page.draft.transcripts["scene"].words]
    qtbot.waitUntil(lambda: "kitchens" in _words(window))
    page.undo()
    assert "kitchens" not in [w.text for w in page.draft.transcripts["scene"].words]
    # the timeline's captions lane shows every word where it is said; a click corrects it
    view = page.timeline
    qtbot.waitUntil(lambda: view.plan is not None and view.plan.captions is not None)
    assert view.plan is not None and view.plan.captions is not None
    assert view.words("Captions") in view.lane_names()
    cue_word = next(w for c in view.plan.captions.cues for w in c.words if "elcome" in w.text)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Welcomed", True))
    where = view.item_rect("caption", cue_word.key).center().toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=where)
    assert page.draft.transcripts["scene"].lines[0].words[0].text == "Welcomed"
    page.undo()
    # lines split and join (the word buttons' menu sends these)
    lines = len(page.draft.transcripts["scene"].lines)
    panel.split.emit("scene", 0, 1)
    assert len(page.draft.transcripts["scene"].lines) == lines + 1
    panel.merge.emit("scene", 0)
    assert len(page.draft.transcripts["scene"].lines) == lines
    # another look, undoable like any edit
    panel.look.setCurrentIndex(panel.look.findData("pop"))
    assert page.draft.caption_look == "pop"
    settle(qtbot, page)
    plan = page.preview_plan
    assert plan is not None and plan.captions is not None and plan.captions.look.id == "pop"
    # turned off, the video shows none; undo brings them back
    panel.show_box.setChecked(False)
    settle(qtbot, page)
    plan = page.preview_plan
    assert plan is not None and plan.captions is None
    page.undo()
    assert panel.show_box.isChecked()
    settle(qtbot, page)
    plan = page.preview_plan
    assert plan is not None and plan.captions is not None
