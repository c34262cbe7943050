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


@pytest.mark.parametrize("grid", [BeatGrid(bpm=120, first_beat=0.5),
                                  BeatGrid(times=[0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5])])  # fmt: skip
def test_beats_are_in_the_tracks_time_when_the_video_starts_into_it(grid: BeatGrid) -> None:
    """A track heard from 1.25 s: its beat 2 (1.5 s into the track) is 0.25 s into the video.
    Every cut and punch-in landed 1.25 s late, off the audible beat."""
    clock = BeatClock(grid, offset=1.25)
    assert clock.seconds(2) == pytest.approx(0.25)
    assert clock.beat(0.25) == pytest.approx(2)
    assert clock.beat_times(1.5) == pytest.approx([0.25, 0.75, 1.25])


def test_a_templates_beat_cuts_follow_its_tracks_start(tmp_path: object) -> None:
    from pathlib import Path

    from studio.core.fill import CreatorInput, SlotInput, fill
    from tests.media_factory import small_template

    folder = small_template(Path(str(tmp_path)) / "offset", {
        "soundtrack": {"track": None, "clip_audio_db": 0, "start": 1.25,
                       "beats": {"bpm": 120, "first_beat": 0.5}},
        "slots": [{"id": "a", "label": "A", "start_beats": 2, "duration_beats": 2},
                  {"id": "b", "label": "B", "duration_beats": 4}],
    })  # fmt: skip
    loaded = load_template(folder)
    given = CreatorInput(slots={"a": SlotInput(Path("a.mp4")), "b": SlotInput(Path("b.mp4"))})
    plan = fill(loaded, given, loaded.template.soundtrack.beats, None, None)
    spans = [(s.visible.start, s.visible.end) for s in plan.slots]
    assert spans == [pytest.approx((0.25, 1.25)), pytest.approx((1.25, 3.25))]
