"""The creator's own texts and stickers in the project: commands with undo, the draft, the plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from studio.core.fill import fill
from studio.core.overlays import OwnSticker, OwnText, new_overlay_id
from studio.core.project import (
    AddOverlay,
    ChangeOverlay,
    DeleteOverlay,
    Project,
    TypeBlank,
    TypeOverlayText,
    read_state,
)
from studio.core.render_plan import PlannedSticker, PlannedText
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template

HEART = str(resource_path("stickers", "heart.png"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path / "drafts")


def _own(project: Project) -> list[OwnText | OwnSticker]:
    return list(project.state.overlays)


def test_every_edit_is_one_undo_step_and_redo_brings_it_back(project: Project) -> None:
    text = OwnText(id="text-1", text="hello")
    project.execute(AddOverlay(text))
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=HEART)))
    moved = text.model_copy(update={"x": 0.2, "y": 0.8})
    project.execute(ChangeOverlay(moved, "move"))
    project.execute(ChangeOverlay(moved.model_copy(update={"scale": 2.0}), "scale"))
    project.execute(ChangeOverlay(moved.model_copy(update={"scale": 2.0, "rotation": 30}), "turn"))
    project.execute(DeleteOverlay("sticker-1"))
    assert [i.id for i in _own(project)] == ["text-1"]
    assert project.undo()  # the sticker is back, in its place after the text
    assert [i.id for i in _own(project)] == ["text-1", "sticker-1"]
    assert project.undo() and _own(project)[0].rotation == 0
    assert project.undo() and _own(project)[0].scale == 1.0
    assert project.undo() and (_own(project)[0].x, _own(project)[0].y) == (0.5, 0.5)
    assert project.redo() and (_own(project)[0].x, _own(project)[0].y) == (0.2, 0.8)


def test_a_drag_merges_into_one_step_and_the_next_drag_is_another(project: Project) -> None:
    text = OwnText(id="text-1", text="hi")
    project.execute(AddOverlay(text))
    project.seal()
    for x in (0.4, 0.3, 0.2):  # the moves of one drag
        project.execute(ChangeOverlay(text.model_copy(update={"x": x}), "move", merges=True))
    project.seal()  # released
    project.execute(ChangeOverlay(text.model_copy(update={"x": 0.9}), "move", merges=True))
    project.undo()
    assert _own(project)[0].x == 0.2
    project.undo()
    assert _own(project)[0].x == 0.5


def test_typing_in_an_own_text_is_one_step(project: Project) -> None:
    text = OwnText(id="text-1", text="")
    project.execute(AddOverlay(text))
    project.seal()
    for typed in ("M", "Mo", "Mon"):
        project.execute(TypeOverlayText(text.model_copy(update={"text": typed})))
    project.undo()
    assert _own(project)[0].text == ""


def test_the_draft_keeps_them_so_a_crash_loses_nothing(project: Project) -> None:
    project.execute(AddOverlay(OwnText(id="text-1", text="Saturday", x=0.3, rotation=-12,
                                       look="box", accent="#FFE14D", end=4.0)))  # fmt: skip
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=HEART, scale=0.5, start=1.0)))
    assert project.path is not None
    saved = json.loads(project.path.read_text(encoding="utf-8"))
    assert [item["kind"] for item in saved["overlays"]] == ["text", "sticker"]
    state = read_state(project.path)  # what a restart reads
    assert state is not None and state.overlays == project.state.overlays


def test_bad_values_in_a_hand_edited_draft_are_refused() -> None:
    with pytest.raises(ValidationError):
        OwnText(id="t", text="x", color="red")
    with pytest.raises(ValidationError):
        OwnSticker(id="s", path=HEART, scale=float("nan"))


def test_the_plan_places_them_over_everything_with_their_times(project: Project) -> None:
    project.execute(AddOverlay(OwnText(id="text-1", text="hi", x=0.25, y=0.75, scale=1.5,
                                       rotation=10, start=1.0, end=99.0)))  # fmt: skip
    project.execute(AddOverlay(OwnText(id="text-2", text="   ")))  # nothing to draw
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=HEART, x=0.6, scale=0.5)))
    project.put_media("scene", Path("clip.mp4"))  # fill checks ids, not files
    project.execute(TypeBlank("activity", "baking"))
    project.execute(TypeBlank("day", "Monday"))
    plan = fill(project.loaded, project.creator_input(), None, None, None)
    text, sticker = plan.overlays
    assert isinstance(text, PlannedText) and isinstance(sticker, PlannedSticker)
    assert (text.x, text.y, text.rotation, text.style.size) == (0.25, 0.75, 10, 120)
    assert text.style.stroke_width > 0 and text.style.background is None  # the outline look
    assert (text.span.start, text.span.end) == (1.0, plan.duration)  # clamped to the video
    assert (sticker.x, sticker.scale, sticker.image) == (0.6, 0.5, Path(HEART))
    assert {text.id, sticker.id}.isdisjoint({t.id for t in plan.texts})


def test_new_ids_never_repeat() -> None:
    assert new_overlay_id(["text-1", "text-2", "sticker-1"], "text") == "text-3"
