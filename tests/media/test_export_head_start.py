"""What an export does before the frames need it: the first frames composed while the sound is
mixed (`frame_stream`), and a layered plan's next slot opened on a thread of its own before it
shows (`opening_ahead`). Neither may change a frame, hide an error, or leave a thread, a
decoder or a file behind."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.core.errors import Cancelled
from studio.core.fill import CreatorInput, SlotInput
from studio.core.scratch import process_scratch
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.ffmpeg import MediaError
from studio.media.render import prepare, render
from tests.media_factory import decode_frames, small_template, solid_clip

SIZE = (144, 256)


def _ffmpeg_children() -> list[int]:
    """This process's child ffmpeg processes (decoders, the encoder, the mix); none where
    there is no /proc to list them (macOS, Windows: the threads are still checked)."""
    found: list[int] = []
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        return found
    for task in tasks.iterdir():
        # a thread or a child may end between the listing and the read (a CI run failed so)
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            for child in (task / "children").read_text().split():
                with contextlib.suppress(FileNotFoundError, ProcessLookupError):
                    if b"ffmpeg" in Path(f"/proc/{child}/cmdline").read_bytes():
                        found.append(int(child))
    return found


def _left_behind(before: list[int]) -> list[str]:
    """Export threads still running, and ffmpeg processes started since `before` (an earlier
    test's may run on)."""
    threads = [t.name for t in threading.enumerate() if t.name.startswith(("compose", "open-"))]
    return threads + [f"ffmpeg {pid}" for pid in _ffmpeg_children() if pid not in before]


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (400, 300), colour).save(path)
    return path


COLOURS = [(230, 30, 30), (30, 200, 30), (30, 30, 230), (230, 230, 30)]


def _photo_dump(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """Four photos, 0.5 s each, the later ones zooming in: a photo dump in small."""
    folder = small_template(tmp_path / "t", {
        "version": 2, "canvas": {"width": SIZE[0], "height": SIZE[1], "fps": 30},
        "slots": [{"id": f"p{i}", "label": f"P{i}", "kind": "photo", "duration": 0.5,
                   **({"motion": {"preset": "ken-burns-in", "amount": 0.2}} if i else {})}
                  for i in range(4)],
    })  # fmt: skip
    photos = {f"p{i}": _photo(tmp_path / f"p{i}.png", c) for i, c in enumerate(COLOURS)}
    return folder, photos


def _given(photos: dict[str, Path]) -> CreatorInput:
    return CreatorInput(slots={slot: SlotInput(path) for slot, path in photos.items()})


def test_a_layered_export_shows_each_photo_as_the_preview_composes_it(tmp_path: Path) -> None:
    """The export opens each next photo ahead, on another thread: its frames are the ones
    composed one by one with every source opened when it shows."""
    before = _ffmpeg_children()
    folder, photos = _photo_dump(tmp_path)
    plan = prepare(load_template(folder), _given(photos))
    out = render(plan, tmp_path / "dump.mp4")
    exported = decode_frames(out, SIZE)
    compositor = Compositor(plan)  # no open_upcoming: each source opened at its first frame
    try:
        composed = [compositor.frame_at(plan.frame_time(i)) for i in range(plan.frame_count)]
    finally:
        compositor.close()
    assert len(exported) == plan.frame_count == 60
    for index in range(0, 60, 3):  # the encoder's rounding, not a photo's colour
        difference = np.abs(exported[index].astype(int) - composed[index].astype(int))
        assert np.median(difference) <= 3, index
    middle = [tuple(exported[i][128, 72]) for i in (7, 22, 37, 52)]
    for got, want in zip(middle, COLOURS, strict=True):
        assert np.abs(np.array(got) - want).max() < 30
    assert _left_behind(before) == []


def test_a_photo_broken_after_planning_is_named_and_nothing_is_left(tmp_path: Path) -> None:
    """The third photo, opened ahead on another thread, was damaged after the plan was made:
    the export fails naming it, as when the compose thread opened it itself."""
    before = _ffmpeg_children()
    folder, photos = _photo_dump(tmp_path)
    plan = prepare(load_template(folder), _given(photos))
    photos["p2"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(MediaError) as raised:
        render(plan, tmp_path / "dump.mp4")
    assert str(photos["p2"]) in str(raised.value)
    assert not (tmp_path / "dump.mp4").exists()
    assert _left_behind(before) == []


def test_a_cancel_while_the_sound_is_mixed_stops_the_first_frames_too(tmp_path: Path) -> None:
    """The compose thread starts before the sound is mixed: a cancel then ends it, its
    decoders and the mix, and leaves no file."""
    before = _ffmpeg_children()
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 3}]})
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=3)
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        render(plan, tmp_path / "out.mp4", cancel=cancel)
    assert _left_behind(before) == []
    assert not (tmp_path / "out.mp4").exists()
    assert not list(process_scratch().folder.glob("*.wav"))


def test_quick_cuts_open_one_clip_ahead_not_every_one(tmp_path: Path) -> None:
    """Ten quarter-second clips: the export opens the next clip's decoder ahead, and only
    that one (every clip starting within the next 1.5 s had a decoder running at once: a
    layered export of fast cuts at 1080x1920 peaked at 1.5 GB instead of 1.1)."""
    before = _ffmpeg_children()
    folder = small_template(tmp_path / "t", {
        "version": 2, "canvas": {"width": SIZE[0], "height": SIZE[1], "fps": 30},
        "slots": [{"id": f"c{i}", "label": f"C{i}", "kind": "video", "duration": 0.25}
                  for i in range(10)],
    })  # fmt: skip
    clips = {f"c{i}": solid_clip(tmp_path / f"c{i}.mp4", "red", seconds=1) for i in range(10)}
    plan = prepare(load_template(folder), _given(clips))
    compositor = Compositor(plan)
    running = []
    try:
        compositor.open_upcoming(0.0)
        for index in range(plan.frame_count):  # as the export steps through them
            t = plan.frame_time(index)
            compositor.release_passed(t)
            compositor.frame_i420_at(t)
            compositor.open_upcoming(t)
            running.append(len([p for p in _ffmpeg_children() if p not in before]))
    finally:
        compositor.close()
    # the clip showing, those of the last second (kept for a preview scrubbing back), the next,
    # and one closed a moment ago and still exiting (with every clip ahead opened: 10)
    assert max(running) <= 1 + 4 + 1 + 1
    assert _left_behind(before) == []
