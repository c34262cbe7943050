"""Beats to seconds and slot placement, as a template designer reasons about them."""

from __future__ import annotations

import pytest

from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.schema import BeatGrid
from studio.core.timeline import BeatClock, resolve_timeline


def test_steady_grid_converts_both_ways() -> None:
    clock = BeatClock(BeatGrid(bpm=120, first_beat=0.25))
    assert clock.seconds(4) == pytest.approx(2.25)
    assert clock.beat(2.25) == pytest.approx(4)


def test_explicit_beat_times_interpolate_between_beats() -> None:
    clock = BeatClock(BeatGrid(times=[0.0, 0.5, 1.5, 2.0]))
    assert clock.seconds(1.5) == pytest.approx(1.0)
    assert clock.beat(1.75) == pytest.approx(2.5)
    assert clock.beat_times(1.6) == [0.0, 0.5, 1.5]


def test_beat_cut_slots_follow_each_other_on_the_beat() -> None:
    template = load_template(bundled_templates_dir() / "three-things").template
    timeline = resolve_timeline(template, BeatGrid(bpm=140))
    beat = 60 / 140
    spans = [timeline.slots[s.id] for s in template.slots]
    assert [round(s.start / beat, 6) for s in spans] == [0, 8, 16]
    assert timeline.total == pytest.approx(24 * beat)
    assert timeline.texts["label-two"].start == pytest.approx(8 * beat)


def test_follow_soundtrack_stretches_the_last_slot() -> None:
    template = load_template(bundled_templates_dir() / "three-things").template
    template = template.model_copy(update={"follow_soundtrack": True})
    timeline = resolve_timeline(template, BeatGrid(bpm=140), soundtrack_seconds=20.0)
    assert timeline.total == 20.0
    assert timeline.slots["third"].end == 20.0
