"""Slots cut from one take share a decoder in an export, and show the frames they showed alone.

A creator's take is often cut into slots that overlap in the take (REF-15: the second slot
starts 3.75 s into the clip the first plays from 0). The second slot now reads the first
slot's decoder: fewer frames decoded, the same pictures.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media import decode
from studio.media.compositor import Compositor
from studio.media.decode import VideoReader
from studio.media.probe import probe
from studio.media.render import prepare
from studio.media.shared_read import FrameRing, SharedCursor, SharedRead, stream_index
from tests.media_factory import counting_clip, frame_number, frames_clip, small_template


@pytest.mark.parametrize("seconds", [1.25, 1.01, 0.5, 0.99])
def test_a_slot_reading_a_shared_stream_gets_the_frames_its_own_decoder_gives(
    tmp_path: Path, seconds: float
) -> None:
    info = probe(counting_clip(tmp_path / "count.mp4", frames=60))
    own = VideoReader(info, 64, 64, 30, start=seconds)
    try:
        own_frames = [frame_number(own.read()) for _ in range(8)]  # type: ignore[arg-type]
    finally:
        own.close()
    shared = [stream_index(seconds * 30, k) for k in range(8)]
    assert shared == own_frames


def test_a_lagging_slot_past_the_budget_reads_on_from_its_own_decoder(tmp_path: Path) -> None:
    info = probe(counting_clip(tmp_path / "count.mp4", frames=60))
    decoder = VideoReader(info, 64, 64, 30)
    stream = SharedRead(decoder, 0.0, budget=3 * 64 * 64 * 3)  # three frames
    leading = stream.cursor(0, lambda k: VideoReader(info, 64, 64, 30, start=k / 30))
    lagging = stream.cursor(10, lambda k: VideoReader(info, 64, 64, 30, start=(10 + k) / 30))
    try:
        assert [frame_number(leading.read()) for _ in range(20)] == list(range(20))  # type: ignore[arg-type]
        assert lagging.alone and not leading.alone  # frames 10-19 would not fit in 3
        assert [frame_number(lagging.read()) for _ in range(10)] == list(range(10, 20))  # type: ignore[arg-type]
        assert [frame_number(leading.read()) for _ in range(3)] == [20, 21, 22]  # type: ignore[arg-type]
    finally:
        leading.close()
        lagging.close()
    assert decoder._process.poll() is not None  # the shared decoder ended with its readers


def _export_frames(
    plan_folder: Path, clip: Path, in_a: float, in_b: float
) -> tuple[list[bytes], bool]:
    """Every export frame (as the render asks for them) and whether slot b shared a decoder."""
    plan = prepare(load_template(plan_folder), CreatorInput(
        slots={"a": SlotInput(clip, in_a), "b": SlotInput(clip, in_b)}
    ))  # fmt: skip
    compositor = Compositor(plan)
    shared = False
    try:
        frames = []
        for index in range(plan.frame_count):
            t = plan.frame_time(index)
            frames.append(compositor.frame_i420_at(t).tobytes())
            compositor.release_passed(t)
            compositor.open_upcoming(t)
            shared |= isinstance(compositor.sources["b"]._reader, SharedCursor)  # type: ignore[union-attr]
        return frames, shared
    finally:
        compositor.close()


@pytest.mark.parametrize(
    ("in_a", "in_b"),
    [
        (0.0, 0.75),  # half a frame off the grid
        (0.0, 1.0),  # on it
        (0.0, 1.6),  # a cut ahead of the first slot's end
        (0.01, 0.76),  # both in-points between frames, as a creator trims
        (0.26, 1.05),
        (0.5, 0.5 + 1 / 60),
    ],
)
def test_a_take_cut_into_two_slots_is_decoded_once_with_the_same_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_a: float, in_b: float
) -> None:
    pictures = np.random.default_rng(7).integers(0, 255, (100, 48, 64, 3), np.uint8)
    clip = frames_clip(tmp_path / "take.mp4", pictures)
    folder = small_template(tmp_path / "t", {
        "duration": 3,
        "slots": [
            {"id": "a", "label": "A", "duration": 1.5,
             "transition": {"kind": "crossfade", "duration": 0.5}},
            {"id": "b", "label": "B", "duration": 1.5},
        ],
    })  # fmt: skip
    started: list[float] = []
    real_init = VideoReader.__init__

    def counted(self: VideoReader, *args: object, **kwargs: object) -> None:
        started.append(1)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(decode.VideoReader, "__init__", counted)
    with_sharing, shared = _export_frames(folder, clip, in_a, in_b)
    decoders_shared = len(started)
    monkeypatch.setattr(Compositor, "_share_decoders", lambda self, t: None)
    started.clear()
    alone, _ = _export_frames(folder, clip, in_a, in_b)
    assert shared
    assert (decoders_shared, len(started)) == (1, 2)
    assert with_sharing == alone


def test_kept_frames_wait_in_a_file_without_a_name_and_come_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    frames = np.random.default_rng(3).integers(0, 255, (7, 12, 16, 3), np.uint8)
    ring = FrameRing(3 * frames[0].nbytes)  # room for three
    given = []
    for frame in frames[:3]:
        ring.append(frame)
    for frame in frames[3:]:  # round the ring: the oldest out, the next in
        given.append(ring[0])
        ring.popleft()
        ring.append(frame)
    given += [ring[i] for i in range(len(ring))]
    assert np.array_equal(np.stack(given), frames)
    with pytest.raises(ValueError):
        ring.append(frames[0])  # full: the stream lets a cursor go before this
    leftovers = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert not [p for p in leftovers if p.stat().st_size >= frames[0].nbytes]  # no named file
    ring.clear()
