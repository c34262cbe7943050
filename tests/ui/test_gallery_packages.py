"""The gallery with installed templates: origin shown, import (and update after asking), remove,
hostile packages refused in one line, a moving preview on hover rendered by the engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import bundled_templates_dir
from studio.core.template.package import pack_template
from studio.media.template_lint import lint_with_media
from studio.ui.pages.home_page import HomePage
from tests.media_factory import small_template


@pytest.fixture
def packages(tmp_path: Path) -> tuple[Path, Path]:
    """Two versions of one small template, packed."""
    source = small_template(tmp_path / "tiny", {
        "name": "Tiny", "tags": ["minimal"], "duration": 1,
        "slots": [{"id": "clip", "label": "Clip", "duration": 1}],
    })  # fmt: skip
    first = pack_template(
        source, tmp_path / "tiny-1.crossumer", version="1.0", lint=lint_with_media
    )
    data = json.loads((source / "template.json").read_text())
    (source / "template.json").write_text(json.dumps({**data, "name": "Tiny Two"}))
    second = pack_template(
        source, tmp_path / "tiny-2.crossumer", version="1.1", lint=lint_with_media
    )
    assert (first.version, second.version) == ("1.0", "1.1")
    return tmp_path / "tiny-1.crossumer", tmp_path / "tiny-2.crossumer"


def bundled_pov(tmp_path: Path) -> Path:
    templates = tmp_path / "bundled"
    shutil.copytree(bundled_templates_dir() / "pov", templates / "pov")
    return templates


def test_import_update_and_remove(qtbot: Any, tmp_path: Path, packages: tuple[Path, Path]) -> None:
    installed = tmp_path / "installed"
    page = HomePage(tmp_path / "drafts", bundled_pov(tmp_path), installed)
    qtbot.addWidget(page)
    questions: list[str] = []
    answers = [False, True, True]

    def ask(title: str, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    page.ask = ask  # type: ignore[method-assign]
    answers.insert(0, False)  # opened from the file manager: asked first, and declined
    assert not page.import_package(packages[0], confirm=True)
    assert questions.pop() == "Install Tiny 1.0?"
    assert not installed.exists() or list(installed.iterdir()) == []
    assert page.import_package(packages[0])
    assert page.status.text() == "Installed Tiny 1.0."
    card = page.card("tiny")
    assert card.origin.text() == "Installed · version 1.0"
    assert card.remove_button is not None
    assert page.card("pov").origin.text() == "Bundled with the studio"
    assert page.card("pov").remove_button is None
    qtbot.keyClicks(page.search, "minimal")
    assert page.visible_names() == ["Tiny"]
    page.search.clear()

    assert not page.import_package(packages[1])  # asked, and the answer was no
    assert page.card("tiny").entry.version == "1.0"
    assert page.import_package(packages[1])
    assert questions[:2] == ["Update Tiny Two from version 1.0 to 1.1?"] * 2
    assert page.card("tiny").entry.name == "Tiny Two"
    assert not page.import_package(packages[0])
    assert page.status.text() == "Tiny 1.1 is already installed (this file has 1.0)."

    page.card("tiny").remove_button.click()  # type: ignore[union-attr]
    assert questions[-1] == "Remove Tiny Two from this computer?"
    assert page.status.text() == "Removed Tiny Two."
    assert sorted(page.visible_names()) == ["POV"]
    assert list(installed.iterdir()) == []


def test_a_hostile_package_is_refused_in_one_line(qtbot: Any, tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "bad.crossumer"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("crossumer-package.json", "{}")
        archive.writestr("template/../../escape.txt", "x")
    installed = tmp_path / "installed"
    page = HomePage(tmp_path / "drafts", bundled_pov(tmp_path), installed)
    qtbot.addWidget(page)
    assert not page.import_package(bad)
    assert page.status.text() == (
        f"Not installed: {bad}: entry 'template/../../escape.txt' leads out of its folder (..)"
    )
    assert not installed.exists() or list(installed.iterdir()) == []


def test_hovering_plays_a_loop_rendered_in_the_background(
    qtbot: Any, tmp_path: Path, private_data_folder: Path
) -> None:
    page = HomePage(tmp_path / "drafts", bundled_pov(tmp_path), tmp_path / "installed")
    qtbot.addWidget(page)
    page.show()
    card = page.card("pov")
    card.hovered.emit(True)
    qtbot.waitUntil(lambda: card.movie is not None, timeout=30_000)
    loops = list((private_data_folder / "gallery-previews").glob("pov-*.gif"))
    assert len(loops) == 1
    assert card.movie is not None and card.movie.frameCount() == 40  # 4 s at 10 frames a second
    card.hovered.emit(False)
    assert card.movie is None
    card.hovered.emit(True)  # the second time comes from the cache at once
    assert card.movie is not None
    page.shutdown()


def test_a_moving_preview_shows_its_first_frame_and_plays_on_hover(
    qtbot: Any, tmp_path: Path, private_data_folder: Path
) -> None:
    from tests.media_factory import solid_clip

    templates = bundled_pov(tmp_path)
    folder = templates / "pov"
    solid_clip(folder / "preview.mp4", "red", 2.0, size="90x160")
    (folder / "preview.png").unlink()
    data = json.loads((folder / "template.json").read_text(encoding="utf-8"))
    (folder / "template.json").write_text(json.dumps({**data, "preview": "preview.mp4"}))
    assert lint_with_media(folder) == []  # lint allows a short clip, and it is used
    drafts = tmp_path / "drafts"  # a draft of the template: its list shows the same picture
    drafts.mkdir()
    (drafts / "pov.json").write_text(json.dumps({"template": str(folder), "blanks": {"a": "b"}}))
    page = HomePage(drafts, templates, tmp_path / "installed")
    qtbot.addWidget(page)
    page.show()
    card = page.card("pov")
    draft = page.drafts.list.item(0)
    # the first frame is decoded off the window's thread: the gallery is there at once (its
    # results reach the window only through the event loop, which has not run yet), the card
    # shows the frame once it is made
    assert card.picture.pixmap().isNull() and draft.icon().isNull()
    qtbot.waitUntil(lambda: not card.picture.pixmap().isNull(), timeout=30_000)
    assert not draft.icon().isNull()
    still = card.picture.pixmap().toImage()
    colour = still.pixelColor(still.width() // 2, still.height() // 2)
    assert colour.red() > 200 and colour.green() < 60  # the clip's first frame, not a black card
    card.hovered.emit(True)
    qtbot.waitUntil(lambda: card.movie is not None, timeout=30_000)
    assert card.movie is not None and card.movie.frameCount() == 20  # its 2 s at 10 a second
    card.hovered.emit(False)
    page.shutdown()
    package = tmp_path / "moving.crossumer"
    pack_template(folder, package, lint=lint_with_media)
    import zipfile

    with zipfile.ZipFile(package) as archive:
        assert "template/preview.mp4" in archive.namelist()
