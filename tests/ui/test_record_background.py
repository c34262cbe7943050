"""Recording in front of a picture with no green wall: the camera is a real person (the public
domain NASA portrait, played as a paced camera through the same OpenCV capture path), the cut is
live in the preview and the assembled take shows the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from studio.media.decode import VideoReader
from studio.media.probe import probe
from studio.ui import background_choice

pytestmark = pytest.mark.slow

PORTRAIT = Path(__file__).parent.parent / "media" / "photos" / "astronaut-9x16.jpg"
BLUE = (20, 60, 230)


@pytest.fixture
def portrait_studio(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The window with a camera filming the portrait: 288x512 in the middle of a 16:9 frame
    (the record page crops the middle 9:16, so the preview is the portrait, mirrored)."""
    from studio.ui.main_window import MainWindow

    graph = (f"movie={PORTRAIT},loop=loop=-1:size=1,setpts=N/30/TB,"
             "pad=910:512:311:0:color=gray,format=yuv420p")  # fmt: skip
    monkeypatch.setenv("STUDIO_CAMERA", "lavfi:" + graph)
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def _rgb(image: Any, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def _near(pixel: Any, colour: tuple[int, int, int], tolerance: int = 16) -> bool:
    return bool(np.abs(np.asarray(pixel, int) - colour).max() <= tolerance)


def test_the_creator_records_in_front_of_a_picture_with_the_room_cut_away(
    qtbot: Any, portrait_studio: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backdrop = tmp_path / "beach.png"
    Image.new("RGB", (90, 160), BLUE).save(backdrop)
    # a file dialog cannot be answered offscreen: the pick returns the picture directly
    monkeypatch.setattr(background_choice, "pick_media_file", lambda *_: str(backdrop))
    studio = portrait_studio
    studio.home.just_record.emit()
    page = studio.record
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=15_000)
    assert _near(_rgb(page.view.image, 18, 20), (190, 185, 185), 40)  # the studio wall
    combo = page.panel.background_combo
    combo.setCurrentIndex(combo.findData(background_choice.OWN_FILE))
    assert combo.currentText() == "beach.png"
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.cutout is not None,
                    timeout=15_000)  # fmt: skip
    qtbot.wait(1500)  # frames through the cut, smoothed
    image = page.view.image
    assert (image.width(), image.height()) == (288, 512)
    assert _near(_rgb(image, 18, 20), BLUE)  # mirrored: the wall above her shoulder is gone
    face = _rgb(image, 288 - 145, 135)
    assert not _near(face, BLUE, 60) and face[0] > face[2]  # her face, skin-coloured, stays

    qtbot.mousePress(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(900)
    qtbot.mouseRelease(page.record_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.take_ready, timeout=120_000) as taken:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    video = Path(taken.args[0])
    reader = VideoReader(probe(video), 270, 480, 30)
    try:
        frame = reader.read()
    finally:
        reader.close()
    assert frame is not None
    # the take is not mirrored: the wall above her left shoulder (right in the picture)
    assert _near(frame[18, 255], BLUE, 24)
    assert not _near(frame[127, 136], BLUE, 60)


def test_the_picture_behind_the_creator_is_the_projects_undone_and_back_after_a_restart(
    qtbot: Any, studio: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.core.project import Project
    from studio.ui.main_window import MainWindow
    from tests.ui.test_one_model import opened

    backdrop = tmp_path / "beach.png"
    Image.new("RGB", (90, 160), BLUE).save(backdrop)
    monkeypatch.setattr(background_choice, "pick_media_file", lambda *_: str(backdrop))
    opened(qtbot, studio, tmp_path)
    project = studio.project
    assert project is not None and project.path is not None
    combo = studio.record.panel.background_combo
    combo.setCurrentIndex(combo.findData(background_choice.OWN_FILE))
    assert combo.currentText() == "beach.png"
    assert project.state.record.background == str(backdrop)
    assert studio.undo_buttons.undo_button.toolTip().startswith("Undo: background behind you")
    studio.undo()
    assert combo.currentData() == "" and project.state.record.background is None
    studio.redo()
    assert combo.currentText() == "beach.png"
    path = project.path
    # the process dies here, once the draft writer has had its 300 ms: the draft is all there is
    qtbot.waitUntil(lambda: Project.open(path).state.record.background == str(backdrop),  # type: ignore[union-attr]
                    timeout=5_000)  # fmt: skip
    reopened = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(reopened)
    try:
        reopened.open_draft(path)
        shown = reopened.record
        assert shown.panel.background_combo.currentText() == "beach.png"
        assert shown.panel.background_combo.currentData() == str(backdrop)
    finally:
        reopened.close()
