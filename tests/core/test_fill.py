"""Filling a template: blanks become words, slots line up, transitions overlap their neighbours."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.fill import CreatorInput, FillError, SlotInput, fill
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.schema import BeatGrid

CLIP = Path("clip.mp4")  # fill never opens files


def test_blanks_fill_text_and_caption() -> None:
    loaded = load_template(bundled_templates_dir() / "pov")
    given = CreatorInput(slots={"scene": SlotInput(CLIP)},
                         blanks={"activity": "eat cereal ", "day": "Monday"})  # fmt: skip
    plan = fill(loaded, given, None, None, None)
    assert plan.texts[0].text == "POV: you eat cereal on a Monday"
    assert plan.caption == "POV: you eat cereal on a Monday"
    assert plan.post_text() == "POV: you eat cereal on a Monday #pov #relatable #fyp"
    assert "{blank" not in plan.title
    assert plan.frame_count == 240


def test_every_missing_piece_is_listed() -> None:
    loaded = load_template(bundled_templates_dir() / "three-things")
    given = CreatorInput(slots={"fourth": SlotInput(CLIP)}, blanks={"one": "coffee"})
    with pytest.raises(FillError) as caught:
        fill(loaded, given, BeatGrid(bpm=140), None, None)
    problems = caught.value.lines
    assert sum("needs a clip or photo" in p for p in problems) == 3
    assert "this template has no slot 'fourth' (slots: first, second, third)" in problems
    assert sum("is empty" in p for p in problems) == 3


def test_transition_overlaps_half_on_each_side() -> None:
    loaded = load_template(bundled_templates_dir() / "before-after")
    given = CreatorInput(slots={"before": SlotInput(CLIP), "after": SlotInput(CLIP)},
                         blanks={"what": "my desk"})  # fmt: skip
    plan = fill(loaded, given, BeatGrid(bpm=100), None, 29.8)
    before, after = plan.slots
    cut = 8 * 60 / 100
    assert before.visible.end == pytest.approx(cut + 0.4)
    assert after.visible.start == pytest.approx(cut - 0.4)
    assert after.transition_in is not None and after.transition_in.kind == "crossfade"
    assert plan.duration == pytest.approx(20 * 60 / 100)
