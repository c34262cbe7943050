"""The creator's own words and stickers on the real Edit page (offscreen): added from the panel,
dragged on the preview with the mouse, exported, and found in the video where the preview drew
them; the timeline's lanes for layered templates, named, with in-points that drag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from studio.core.overlays import OwnSticker, OwnText
from studio.core.project import Project
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.ui.pages.edit_page import EditPage
from tests.media_factory import decode_frames, small_template, solid_clip
from tests.ui.settling import settle, wait_for_current_picture

pytestmark = pytest.mark.slow

HEART = str(resource_path("stickers", "heart.png"))


def _rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, stride)
    return rows[:, : width * 3].reshape(height, width, 3).astype(int)


def _centre(picture: np.ndarray, mask: np.ndarray) -> tuple[float, float]:
    """The middle of what `mask` covers, as fractions of the picture (x, y)."""
    ys, xs = np.nonzero(mask)
    assert len(xs) > 20, "nothing of that colour in the picture"
    middle_x, middle_y = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
    return middle_x / picture.shape[1], middle_y / picture.shape[0]


def _white(picture: np.ndarray) -> np.ndarray:
    """The words: white on the dark blue clip, in the top half (the heart has a white rim)."""
    mask = (picture > 225).all(axis=2)
    mask[picture.shape[0] // 2 :] = False
    return mask


def _pink(picture: np.ndarray) -> np.ndarray:  # the heart
    return (picture[..., 0] > 200) & (picture[..., 1] < 110) & (picture[..., 2] > 50)


@pytest.fixture
def page(qtbot: Any, tmp_path: Path) -> Iterator[EditPage]:
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One",
                                                        "duration": 1}]})  # fmt: skip
    clip = solid_clip(tmp_path / "blue.mp4", "#102040", seconds=1.0, size="64x64")
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(900, 760)
    edit.show()
    edit.open_template(load_template(folder))
    edit.choose_media("one", str(clip))
    settle(qtbot, edit)
    yield edit
    edit.shutdown()


def _drag(qtbot: Any, page: EditPage, start: QPointF, end: QPointF, shift: bool = False) -> None:
    """Press on the preview at `start`, move there in steps, release (Shift: no snapping)."""
    canvas = page.preview
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, modifier, start.toPoint())
    for step in range(1, 9):
        point = start + (end - start) * step / 8
        qtbot.mouseMove(canvas, point.toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, modifier, end.toPoint())


def _on_picture(page: EditPage, x: float, y: float) -> QPointF:
    rect = page.preview.picture_rect()
    return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())


def _items(page: EditPage) -> list[OwnText | OwnSticker]:
    assert page.draft is not None
    return list(page.draft.overlays)


def test_words_and_a_sticker_dragged_on_the_preview_are_exported_where_it_drew_them(
    qtbot: Any, page: EditPage
) -> None:
    qtbot.waitUntil(lambda: page.last_frame is not None, timeout=20_000)
    page.own.panel.text_button.click()
    page.own.add_sticker(HEART)
    editor = page.own.canvas
    qtbot.waitUntil(lambda: {"text-1", "sticker-1"} <= editor.boxes.keys(), timeout=20_000)
    steps = page.project.undo_steps if page.project else 0
    restarts = page.renderer.restarts

    # the words: taken by the middle and put at a quarter of the frame, freely (Shift)
    words = editor.handle_points("text-1")["centre"]
    _drag(qtbot, page, words, _on_picture(page, 0.3, 0.25), shift=True)
    text = _items(page)[0]
    assert (text.x, text.y) == (pytest.approx(0.3, abs=0.01), pytest.approx(0.25, abs=0.01))
    # the sticker: dropped just beside the centre line, it snaps onto it
    heart = editor.handle_points("sticker-1")["centre"]
    _drag(qtbot, page, heart, _on_picture(page, 0.51, 0.7))
    sticker = _items(page)[1]
    assert (sticker.x, sticker.y) == (0.5, pytest.approx(0.7, abs=0.01))
    assert page.project is not None and page.project.undo_steps == steps + 2  # a step per drag
    assert page.renderer.restarts == restarts  # moving them redraws, the decoders keep running

    # the preview draws them there (a frame of the newest plan, not one from the middle of the
    # drag); the export puts them on the same pixels
    wait_for_current_picture(qtbot, page)
    preview = _rgb(page.last_frame)  # type: ignore[arg-type]
    drawn = _centre(preview, _pink(preview))
    assert drawn == (pytest.approx(0.5, abs=0.02), pytest.approx(0.7, abs=0.02))
    with qtbot.waitSignal(page.exported, timeout=120_000) as exported:
        assert page.export() is not None
    video = decode_frames(Path(exported.args[0]), (270, 480))[15].astype(int)
    for find in (_white, _pink):
        seen, made = _centre(preview, find(preview)), _centre(video, find(video))
        assert made == (pytest.approx(seen[0], abs=0.01), pytest.approx(seen[1], abs=0.01))
    assert _centre(video, _white(video)) == (pytest.approx(0.3, abs=0.02),
                                             pytest.approx(0.25, abs=0.02))  # fmt: skip


def test_the_corner_scales_the_round_handle_turns_and_delete_removes(
    qtbot: Any, page: EditPage
) -> None:
    qtbot.waitUntil(lambda: page.last_frame is not None, timeout=20_000)
    page.own.add_sticker(HEART)
    editor = page.own.canvas
    qtbot.waitUntil(lambda: "sticker-1" in editor.boxes, timeout=20_000)
    fitted, width = _items(page)[0].scale, editor.boxes["sticker-1"].width
    handles = editor.handle_points("sticker-1")
    centre, corner = handles["centre"], handles["scale"]
    _drag(qtbot, page, corner, centre + (corner - centre) * 2)  # twice as far from the middle
    assert _items(page)[0].scale == pytest.approx(2 * fitted, rel=0.05)
    qtbot.waitUntil(lambda: editor.boxes["sticker-1"].width > 1.9 * width, timeout=20_000)
    handles = editor.handle_points("sticker-1")
    centre, knob = handles["centre"], handles["rotate"]
    arm = knob - centre
    _drag(qtbot, page, knob, centre + QPointF(-arm.y(), arm.x()))  # a quarter turn clockwise
    assert _items(page)[0].rotation == pytest.approx(90)  # snapped to the quarter
    page.preview.setFocus()
    x = _items(page)[0].x
    qtbot.keyClick(page.preview, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.preview, Qt.Key.Key_Right)
    assert _items(page)[0].x == pytest.approx(x + 11 / 270, abs=1e-4)  # pixels of a 270-wide frame
    qtbot.keyClick(page.preview, Qt.Key.Key_Delete)
    assert _items(page) == []
    page.undo()
    assert _items(page)[0].rotation == pytest.approx(90) and _items(page)[0].x > x
    page.undo()  # both presses were one step
    assert _items(page)[0].x == pytest.approx(x, abs=1e-4)


def test_a_duet_has_a_lane_per_clip_and_dragging_the_originals_in_point_edits_the_project(
    qtbot: Any, tmp_path: Path
) -> None:
    original = solid_clip(tmp_path / "original.mp4", "#808080", seconds=17.0, size="32x32")
    me = solid_clip(tmp_path / "me.mp4", "#3060C0", seconds=2.0, size="64x64")
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(1000, 760)
    edit.show()
    try:
        edit.open_template(load_template(bundled_templates_dir() / "duet"))
        edit.choose_media("original", str(original))
        edit.choose_media("me", str(me))
        settle(qtbot, edit)
        timeline = edit.timeline
        assert timeline.lane_names()[:3] == ["Music", "Original", "Me"]
        first, second = timeline.slot_rect("original"), timeline.slot_rect("me")
        assert second.top() >= first.bottom()  # lanes, not drawn over each other
        # drag the Original's pictures half a second to the left: a later part of it plays
        start = QPoint(round(timeline.x_of(1.0)), round(first.center().y()))
        shift = round(timeline.lanes().pixels_per_second * 0.5)
        timeline.snap = False
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(timeline, start - QPoint(shift * step // 5, 0))
        with qtbot.waitSignal(timeline.in_point_changed):
            qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start - QPoint(shift, 0))
        assert edit.draft is not None
        assert edit.draft.slots["original"].in_point == pytest.approx(0.5, abs=2 / 30)
        assert edit.draft.slots["me"].in_point == 0.0
        edit.undo()  # one step
        assert edit.draft.slots["original"].in_point == 0.0
    finally:
        edit.shutdown()


def test_a_green_screens_background_has_its_own_named_lane(qtbot: Any, tmp_path: Path) -> None:
    you = solid_clip(tmp_path / "you.mp4", "#00FF00", seconds=1.0, size="64x64")
    background = solid_clip(tmp_path / "bg.mp4", "#804020", seconds=12.0, size="32x32")
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(1000, 760)
    edit.show()
    try:
        edit.open_template(load_template(bundled_templates_dir() / "green-screen"))
        edit.choose_media("me", str(you))
        edit.choose_media("background", str(background))
        settle(qtbot, edit)
        assert edit.timeline.lane_names()[:3] == ["Music", "You", "Background"]
        timeline = edit.timeline
        block = timeline.item_rect("input", "background")
        timeline.snap = False
        start = block.center().toPoint()
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(timeline, start - QPoint(20, 0))
        with qtbot.waitSignal(timeline.in_point_changed):
            qtbot.mouseMove(timeline, start - QPoint(60, 0))
            qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start - QPoint(60, 0))
        assert edit.draft is not None and edit.draft.slots["background"].in_point > 0
        settle(qtbot, edit)
        plan = edit.preview_plan  # the background's filter plays from there
        assert plan is not None
        (chroma,) = plan.slots[0].filters
        start_at = chroma.params["background_start"]
        assert start_at == pytest.approx(edit.draft.slots["background"].in_point)
    finally:
        edit.shutdown()


def test_a_restart_from_the_draft_brings_them_back(qtbot: Any, page: EditPage, tmp_path: Path
                                                  ) -> None:  # fmt: skip
    page.own.add_text()
    page.own.add_sticker(HEART)
    settle(qtbot, page)  # the draft is written (at most 300 ms after the last edit)
    assert page.draft_path is not None and page.loaded is not None
    again = EditPage(tmp_path / "drafts", tmp_path / "videos")  # what the next start opens
    qtbot.addWidget(again)
    try:
        project = Project.open(page.draft_path)
        assert project is not None
        again.open_project(project)
        assert list(again.own.panel.cards) == ["text-1", "sticker-1"]
        settle(qtbot, again)
        plan = again.preview_plan
        assert plan is not None and [item.id for item in plan.overlays] == [
            "own:text-1", "own:sticker-1"]  # fmt: skip
    finally:
        again.shutdown()


def test_picking_on_the_preview_picks_on_the_timeline_and_back(qtbot: Any, tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {
        "slots": [{"id": "one", "label": "One", "duration": 1}],
        "texts": [{"id": "title", "text": "HELLO", "y": 0.3}],
    })  # fmt: skip
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(900, 760)
    edit.show()
    try:
        edit.open_template(load_template(folder))
        edit.choose_media("one", str(solid_clip(tmp_path / "c.mp4", "#102040", 1.0, "64x64")))
        settle(qtbot, edit)
        qtbot.waitUntil(lambda: edit.last_frame is not None, timeout=20_000)
        canvas, timeline = edit.own.canvas, edit.timeline
        qtbot.mouseClick(edit.preview, Qt.MouseButton.LeftButton,
                         pos=_on_picture(edit, 0.5, 0.3).toPoint())  # fmt: skip
        assert timeline.selection == ("text", "title") == canvas.selection
        qtbot.mouseClick(
            edit.preview, Qt.MouseButton.LeftButton, pos=_on_picture(edit, 0.5, 0.8).toPoint()
        )  # the clip under it all
        assert timeline.selection == ("slot", "one")
        edit.own.add_text()  # picked where it is added: the panel outlines its card
        assert canvas.selection == ("own", "text-1") == timeline.selection
        block = timeline.item_rect("slot", "one")
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=block.center().toPoint())
        assert canvas.selection == ("slot", "one")
        assert not edit.own.panel.cards["text-1"].property("chosen")
    finally:
        edit.shutdown()
