"""Reverse, freeze and the face-following reframe, read through the slot source the export uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.core.render_plan import PlannedSlot
from studio.core.timeline import Span
from studio.media.faces import detect_faces
from studio.media.slot_source import SlotSource
from tests.media_factory import counting_clip, draw_face, frame_number, frames_clip

FPS = 30


def _frames(slot: PlannedSlot, count: int, size: tuple[int, int] = (64, 64)) -> list[np.ndarray]:
    source = SlotSource(slot, *size, FPS)
    try:
        return [source.frame_at(slot.visible.start + i / FPS).copy() for i in range(count)]
    finally:
        source.close()


def test_reverse_plays_the_stretch_backwards(tmp_path: Path) -> None:
    clip = counting_clip(tmp_path / "count.mp4", frames=60)
    slot = PlannedSlot("a", clip, Span(0, 1.0), in_point=0.5, time_effect="reverse")
    numbers = [frame_number(f) for f in _frames(slot, 30)]
    assert numbers == list(range(44, 14, -1))  # media frames 15..44, last first


def test_reverse_from_the_middle_matches_playing_through(tmp_path: Path) -> None:
    clip = counting_clip(tmp_path / "count.mp4", frames=60)
    slot = PlannedSlot("a", clip, Span(2.0, 3.0), time_effect="reverse")
    source = SlotSource(slot, 64, 64, FPS)
    try:
        jumped = frame_number(source.frame_at(2.0 + 20 / FPS))  # a preview jumping in
    finally:
        source.close()
    assert jumped == 29 - 20


def test_reverse_past_the_clip_end_starts_on_its_last_frame(tmp_path: Path) -> None:
    clip = counting_clip(tmp_path / "count.mp4", frames=30)
    slot = PlannedSlot("a", clip, Span(0, 1.5), time_effect="reverse")
    numbers = [frame_number(f) for f in _frames(slot, 45)]
    assert numbers[:16] == [29] * 16 and numbers[-1] == 0


def test_freeze_holds_the_picture_from_its_moment(tmp_path: Path) -> None:
    clip = counting_clip(tmp_path / "count.mp4", frames=60)
    slot = PlannedSlot("a", clip, Span(0, 1.5), speed=2.0, time_effect="freeze", freeze_at=0.5)
    numbers = [frame_number(f) for f in _frames(slot, 45)]
    assert numbers[:15] == list(range(0, 30, 2))  # 2x fast until the freeze
    assert set(numbers[15:]) == {30}


def _moving_face_clip(path: Path) -> tuple[Path, list[int]]:
    """A 16:9 clip of a face walking from the left third to the right edge over 3 s."""
    xs = [round(x) for x in np.linspace(140, 560, 90)]
    frames = np.empty((90, 360, 640, 3), np.uint8)
    for index, x in enumerate(xs):
        frames[index] = (40, 80, 120)
        draw_face(frames[index], x, 170, 110)
    return frames_clip(path, frames), xs


def test_follow_reframe_keeps_a_moving_face_in_the_vertical_window(tmp_path: Path) -> None:
    clip, xs = _moving_face_clip(tmp_path / "walk.mp4")
    slot = PlannedSlot("a", clip, Span(0, 3.0), fit="follow")
    frames = _frames(slot, 90, size=(270, 480))
    # the clip is 640x360: the 9:16 window is 202 pixels of it; at the canvas, 270 wide
    found = 0
    for frame in frames[::6]:
        faces = detect_faces(frame)
        if faces:
            found += 1
            assert 0.2 < faces[0].cx < 0.8, "the face drifted to the window's edge"
    assert found >= 12
    # a centred crop would have lost the face: it starts at x=140, outside 219..421
    assert xs[0] < (640 - 202) / 2


def test_follow_reframe_moves_smoothly(tmp_path: Path) -> None:
    clip, _ = _moving_face_clip(tmp_path / "walk.mp4")
    from studio.media.probe import probe
    from studio.media.reframe import follow_path

    path = follow_path(probe(clip), 0.0, 3.0)
    centres = np.array([path.centre_at(i / FPS) for i in range(90)])
    steps = np.diff(centres) * 640  # source pixels the window moves per frame
    assert steps.min() > -0.5  # never jitters back against the subject's direction
    assert steps.max() < 8  # nor jumps
    assert centres[-1] > centres[0] + 0.4  # it followed across the frame


def test_a_looping_slot_reversed_plays_the_loop_backwards(tmp_path: Path) -> None:
    """A 1 s clip in a 2.5 s looping slot: it held the last frame for 1.5 s, then ran back."""
    clip = counting_clip(tmp_path / "count.mp4", frames=30)
    slot = PlannedSlot("a", clip, Span(0, 2.5), time_effect="reverse", when_short="loop")
    numbers = [frame_number(f) for f in _frames(slot, 75)]
    forward = [i % 30 for i in range(75)]  # the loop as it plays forwards
    assert numbers == forward[::-1]
