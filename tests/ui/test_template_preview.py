"""The workbench preview as a designer uses it: save a file, see the frame change, survive typos."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from studio.core.errors import StudioError
from studio.ui.template_preview.window import TemplatePreviewWindow
from tests.media_factory import small_template

TEMPLATE = {
    "name": "Workbench",
    "slots": [{"id": "a", "label": "A", "duration": 1}, {"id": "b", "label": "B", "duration": 1}],
    "texts": [{"id": "t", "text": "HELLO", "style": {"size": 90, "color": "#FFFFFF"}}],
}


def save(folder: Path, data: dict[str, Any] | str) -> None:
    text = data if isinstance(data, str) else json.dumps({"version": 1, **data})
    (folder / "template.json").write_text(text, encoding="utf-8")


def picture(window: TemplatePreviewWindow) -> QImage:
    assert window.canvas.image is not None
    return window.canvas.image.copy()


def test_saving_redraws_the_frame_at_the_playhead(qtbot: Any, tmp_path: Path) -> None:
    folder = small_template(tmp_path / "workbench", TEMPLATE)
    window = TemplatePreviewWindow(folder)
    qtbot.addWidget(window)
    window.show()
    assert window.error == ""
    assert window.scrub.maximum() == 59  # two one-second slots at 30 fps
    window.seek(1.5)
    before = picture(window)
    assert window.ruler.cuts == [(0.0, "a"), (1.0, "b")]

    redraws = window.redraws
    red = json.loads(json.dumps(TEMPLATE))
    red["texts"][0]["style"]["color"] = "#FF0000"
    save(folder, {**small_template_base(), **red})
    qtbot.waitUntil(lambda: window.redraws > redraws, timeout=5000)
    assert window.playhead == 1.5  # the designer stays where they were
    after = picture(window)
    assert after != before
    assert 0 < window.last_reload_seconds < 5


def test_a_broken_save_keeps_the_last_picture_and_recovers(qtbot: Any, tmp_path: Path) -> None:
    folder = small_template(tmp_path / "workbench", TEMPLATE)
    window = TemplatePreviewWindow(folder)
    qtbot.addWidget(window)
    window.seek(0.5)
    good = picture(window)

    save(folder, '{"version": 1, "name": ')
    qtbot.waitUntil(lambda: window.error != "", timeout=5000)
    assert window.error.endswith("template.json: invalid JSON at line 1 column 24: Expecting value")
    assert window.problems.item(0).text() == (
        "template.json: invalid JSON at line 1 column 24: Expecting value"
    )
    assert picture(window) == good  # the last good picture stays

    redraws = window.redraws
    bigger = json.loads(json.dumps(TEMPLATE))
    bigger["texts"][0]["text"] = "HELLO AGAIN"
    save(folder, {**small_template_base(), **bigger})
    qtbot.waitUntil(lambda: window.redraws > redraws, timeout=5000)
    assert window.error == ""
    assert window.playhead == 0.5
    assert picture(window) != good


def test_lint_problems_are_listed_beside_the_picture(qtbot: Any, tmp_path: Path) -> None:
    low = json.loads(json.dumps(TEMPLATE))
    low["texts"][0]["y"] = 0.97  # under every platform's caption area
    window = TemplatePreviewWindow(small_template(tmp_path / "workbench", low))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.linted > 0, timeout=5000)
    lines = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any("reaches under TikTok's buttons at the bottom" in line for line in lines)
    window.zone_boxes["tiktok"].setChecked(True)
    assert [platform.name for platform, _ in window.canvas.zones] == ["TikTok"]


def small_template_base() -> dict[str, Any]:
    return {"canvas": {"width": 270, "height": 480, "fps": 30},
            "soundtrack": {"track": None, "clip_audio_db": 0}}  # fmt: skip


def test_play_moves_the_playhead_and_pause_stops_it(qtbot: Any, tmp_path: Path) -> None:
    window = TemplatePreviewWindow(small_template(tmp_path / "workbench", TEMPLATE))
    qtbot.addWidget(window)
    window.play_button.click()
    assert window.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: window.playhead > 0.2, timeout=5000)
    window.play_button.click()
    assert window.play_button.text() == "Play"
    stopped = window.playhead
    qtbot.wait(200)
    assert window.playhead == stopped


def test_the_window_lists_what_lint_and_pack_judge(qtbot: Any, tmp_path: Path) -> None:
    """The window, `studio template lint` and pack run one lint: the same lines, the same ok."""
    import shutil

    from studio.core.resources import bundled_templates_dir
    from studio.core.template.package import pack_template
    from studio.media.template_lint import lint_with_media

    fits = tmp_path / "my-recipe"  # fits with the real font (a font-free estimate said no)
    shutil.copytree(bundled_templates_dir() / "recipe-steps", fits)
    low = json.loads(json.dumps(TEMPLATE))
    low["texts"][0]["y"] = 0.97
    warned = small_template(tmp_path / "low", low)
    for folder in (fits, warned):
        window = TemplatePreviewWindow(folder)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda window=window: window.linted > 0, timeout=20000)
        shown = [window.problems.item(i).text() for i in range(window.problems.count())]
        linted = [str(p).replace(f"{folder}/", "") for p in lint_with_media(folder)]
        assert shown == (linted or ["Lint finds nothing to fix."])
        package = tmp_path / f"{folder.name}.crossumer"
        if linted:
            with pytest.raises(StudioError) as refused:
                pack_template(folder, package, lint=lint_with_media)
            assert [line.replace(f"{folder}/", "") for line in refused.value.lines] == linted
        else:
            pack_template(folder, package, lint=lint_with_media)
            assert package.is_file()
        window.close()
