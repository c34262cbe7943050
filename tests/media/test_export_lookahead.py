"""An export opens the next slot's decoder before the cut and closes a slot's once it ended.

A clip placed seconds after a keyframe is decoded from that keyframe; opened at the cut, the
export stood still while it was (2 s of REF-15's 26). Memory stays bounded: at most the
playing slot's decoder and the next one's are open (slots may share one: `shared_read`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.clip_reader import ClipReader
from studio.media.compositor import OPEN_AHEAD_SECONDS, Compositor
from studio.media.render import prepare
from studio.media.shared_read import SharedCursor
from studio.media.slot_source import SlotSource
from tests.media_factory import small_template, solid_clip


def decoder_of(source: SlotSource) -> ClipReader | None:
    """The decoder a slot's frames come from, its own or one it shares."""
    reader = source._reader
    return reader.decoder if isinstance(reader, SharedCursor) else reader  # type: ignore[return-value]


@pytest.mark.parametrize("seconds", [2.0, 0.4])  # ordinary slots, and fast cuts
def test_the_next_clip_is_decoding_before_its_slot_and_the_last_one_is_closed_after(
    tmp_path: Path, seconds: float
) -> None:
    clip = solid_clip(tmp_path / "clip.mp4", "orange", seconds=6.0)
    ids = [f"s{n}" for n in range(round(6 / seconds))]
    folder = small_template(tmp_path / "t", {
        "duration": 6,
        "slots": [{"id": s, "label": s, "duration": seconds} for s in ids],
    })  # fmt: skip
    given = CreatorInput(slots={s: SlotInput(clip, 1.0) for s in ids})
    plan = prepare(load_template(folder), given)
    compositor = Compositor(plan)
    sources = compositor.sources
    assert all(isinstance(source, SlotSource) for source in sources.values())
    open_at: dict[str, float] = {}
    readers: dict[str, object] = {}
    try:
        for index in range(plan.frame_count):  # as the export steps through its frames
            t = plan.frame_time(index)
            compositor.frame_i420_at(t)
            compositor.release_passed(t)
            compositor.open_upcoming(t)
            decoding = [s for s, source in sources.items() if source.decoding]  # type: ignore[union-attr]
            decoders = {id(decoder_of(sources[s])) for s in decoding}  # type: ignore[arg-type]
            assert len(decoders) <= 2, (t, decoding)
            for slot_id in decoding:
                open_at.setdefault(slot_id, t)
                reader = decoder_of(sources[slot_id])  # type: ignore[arg-type]
                # the decoder opened ahead is the one the slot plays from: not restarted
                assert readers.setdefault(slot_id, reader) is reader, (slot_id, t)
    finally:
        compositor.close()
    for slot in plan.slots[1:]:
        opened_before = slot.visible.start - open_at[slot.id]
        others = [readers[s.id] for s in plan.slots if s.id != slot.id and s.id in readers]
        if readers[slot.id] in others:  # reads what an earlier slot's decoder decodes anyway
            assert opened_before > 0, slot.id
        else:  # a decoder of its own, not held idle for long
            assert 0 < opened_before <= OPEN_AHEAD_SECONDS + 1 / plan.fps, slot.id
