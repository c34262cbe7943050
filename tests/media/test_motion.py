"""Motion curves: easing, keyframes, and the presets a designer picks by name."""

from __future__ import annotations

import pytest

from studio.core.plan_layers import PlannedKeyframe, PlannedMotion
from studio.media.motion import cubic_bezier, eased, keyframe_pose, motion_pose


@pytest.mark.parametrize("easing", ["linear", "ease-in", "ease-out", "ease-in-out"])
def test_every_easing_runs_from_zero_to_one(easing: str) -> None:
    assert eased(easing, 0.0) == 0.0 and eased(easing, 1.0) == pytest.approx(1.0)
    values = [eased(easing, i / 20) for i in range(21)]
    assert values == sorted(values)


def test_ease_in_starts_slow_and_ease_out_starts_fast() -> None:
    assert eased("ease-in", 0.25) < 0.25 < eased("ease-out", 0.25)


def test_cubic_bezier_matches_css() -> None:
    assert cubic_bezier(0, 0, 1, 1, 0.3) == pytest.approx(0.3, abs=1e-6)  # a straight line
    # CSS `ease` (0.25, 0.1, 0.25, 1) is at about 0.8 half-way through
    assert cubic_bezier(0.25, 0.1, 0.25, 1, 0.5) == pytest.approx(0.8024, abs=2e-3)


def test_keyframes_hold_before_and_after_and_ease_between() -> None:
    frames = (
        PlannedKeyframe(at=1.0, scale=1.0, opacity=0.0),
        PlannedKeyframe(at=2.0, scale=2.0, opacity=1.0, easing="ease-in"),
    )
    assert keyframe_pose(frames, 0.0).scale == 1.0
    assert keyframe_pose(frames, 5.0).scale == 2.0
    middle = keyframe_pose(frames, 1.5)
    assert middle.scale == pytest.approx(1.125) and middle.opacity == pytest.approx(0.125)


def test_ken_burns_zooms_steadily_by_its_amount() -> None:
    motion = PlannedMotion(length=2.0, preset="ken-burns-in", amount=0.2)
    scales = [motion_pose(motion, t / 10).scale for t in range(21)]
    assert scales[0] == 1.0 and scales[-1] == pytest.approx(1.2)
    assert scales == sorted(scales)
    assert motion.max_scale() == pytest.approx(1.2)


def test_punch_in_peaks_on_each_beat_and_settles() -> None:
    motion = PlannedMotion(length=2.0, preset="punch-in", amount=0.1, beats=(0.5, 1.0))
    assert motion_pose(motion, 0.4).scale == 1.0  # before the first beat
    assert motion_pose(motion, 0.5).scale == pytest.approx(1.1)
    assert motion_pose(motion, 0.75).scale < 1.01  # settled before the next beat
    assert motion_pose(motion, 1.0).scale == pytest.approx(1.1)


def test_a_pan_stays_zoomed_enough_to_cover_its_region() -> None:
    motion = PlannedMotion(length=1.0, preset="pan-left", amount=0.12)
    for t in (0.0, 0.5, 1.0):
        pose = motion_pose(motion, t)
        assert abs(pose.x) <= (pose.scale - 1) / 2 + 1e-9
