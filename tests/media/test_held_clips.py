"""A clip that ends before its slot: the export holds its last picture, and the creator is told
how long it stands still, before the render (the CLI prints `input_warnings`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.held_clips import HeldClip
from studio.core.template import load_template
from studio.media.render import input_warnings, prepare
from tests.media_factory import small_template, solid_clip


def _warnings(tmp_path: Path, slot: dict[str, Any], given: SlotInput) -> list[str]:
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One", **slot}]})
    plan = prepare(load_template(folder), CreatorInput(slots={"one": given}))
    return [str(w) for w in input_warnings(plan)]


@pytest.fixture(scope="module")
def two_seconds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return solid_clip(tmp_path_factory.mktemp("clip") / "two.mp4", "red", seconds=2.0,
                      size="64x64")  # fmt: skip


def test_a_clip_shorter_than_its_slot_is_told_with_how_long_it_stands_still(
    tmp_path: Path, two_seconds: Path
) -> None:
    """2 s of clip in a 6 s slot came out as 4 s of a still picture without a word."""
    said = _warnings(tmp_path, {"duration": 6}, SlotInput(two_seconds))
    assert said == [f"{two_seconds}: warning: the clip plays 2.0 s of the 6.0 s slot 'one' is on "
                    "screen: its last picture stays still for the other 4.0 s (choose a longer "
                    "clip)"]  # fmt: skip


def test_a_clip_cut_short_is_held_from_where_its_data_ends(tmp_path: Path) -> None:
    """A copy that claims 4 s and holds 1.2 s in a 6 s slot: the picture stands still for
    4.8 s, not 2 (the claimed length gave a line that contradicted the cut-short one)."""
    from tests.hostile_media import cut_short_clip

    clip = cut_short_clip(tmp_path / "cut.mp4")
    said = _warnings(tmp_path, {"duration": 6}, SlotInput(clip))
    assert [line.split("warning: ")[1][:40] for line in said] == [
        "ends after 1.2 s of the 4.0 s its index ",
        "the clip plays 1.2 s of the 6.0 s slot '",
    ]
    assert said[1].endswith("stays still for the other 4.8 s (choose a longer clip)")


def _held(tmp_path: Path, data: dict[str, Any], given: dict[str, SlotInput]) -> dict[str, float]:
    folder = small_template(tmp_path / "t", data)
    plan = prepare(load_template(folder), CreatorInput(slots=given))
    return {w.slot: round(w.held, 1) for w in input_warnings(plan) if isinstance(w, HeldClip)}


def test_transitions_are_not_held_time(tmp_path: Path, two_seconds: Path) -> None:
    """A clip exactly as long as its slot starts half a transition early and ends as the next
    transition starts: nothing is held. A `"duration": "media"` slot is its clip's length."""
    fade = {"kind": "crossfade", "duration": 1.0}
    slots = [{"id": "one", "label": "One", "duration": 2, "transition": fade},
             {"id": "two", "label": "Two", "duration": 2, "transition": fade},
             {"id": "three", "label": "Three", "duration": 2}]  # fmt: skip
    given = {slot["id"]: SlotInput(two_seconds) for slot in slots}
    assert _held(tmp_path, {"slots": slots}, given) == {}
    media = [{**slot, "duration": "media"} for slot in slots]
    assert _held(tmp_path / "v2", {"version": 2, "slots": media}, given) == {}


def test_what_the_video_does_not_show_is_not_held(tmp_path: Path, two_seconds: Path) -> None:
    """A slot running past the video's end: only what the video shows counts (a 6 s slot in a
    4 s video holds a 2 s clip for 2 s, not 4)."""
    data = {"duration": 4, "slots": [{"id": "one", "label": "One", "duration": 6}]}
    assert _held(tmp_path, data, {"one": SlotInput(two_seconds)}) == {"one": 2.0}


@pytest.mark.parametrize(
    ("slot", "given", "held"),
    [
        ({"duration": 2.4}, {}, None),  # 0.4 s: a recorded take's few frames, not told
        ({"duration": 3}, {"in_point": 1.5}, 2.5),  # starts 1.5 s in: 0.5 s of it plays
        ({"duration": 3, "speed": 0.5}, {}, None),  # slowed down, 2 s of clip fill 4 s
        ({"duration": 5, "speed": 2.0}, {}, 4.0),  # sped up, it lasts 1 s
        ({"duration": 6, "when_short": "loop"}, {}, None),  # it loops instead
        ({"duration": 6, "time_effect": "freeze", "freeze_at": 1}, {}, None),  # still by design
    ],
)
def test_what_is_held_follows_the_in_point_the_speed_and_the_slots_way(
    tmp_path: Path, two_seconds: Path, slot: dict[str, Any], given: dict[str, Any],
    held: float | None,
) -> None:  # fmt: skip
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One", **slot}]})
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(two_seconds,
                                                                                **given)}))  # fmt: skip
    found = [w for w in input_warnings(plan) if isinstance(w, HeldClip)]
    assert [round(w.held, 1) for w in found] == ([] if held is None else [held])


def test_a_photo_is_never_short(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 64), "blue").save(tmp_path / "photo.jpg")
    assert _warnings(tmp_path, {"duration": 6}, SlotInput(tmp_path / "photo.jpg")) == []
