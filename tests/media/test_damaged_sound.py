"""A song or clip whose sound is damaged in the middle (its index whole, a stretch of its data
garbage, as after a bad download): the export plays that stretch silent, and the creator is
told where before it (the CLI prints `input_warnings`; the editor says it when placed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.damaged_sound import DamagedSound, damaged_sound
from studio.media.pcm import decode_pcm
from studio.media.render import input_warnings, prepare, render
from tests.hostile_media import damaged_file, tone_song
from tests.media_factory import small_template, solid_clip


@pytest.mark.parametrize("suffix", [".m4a", ".mp3", ".wav", ".ogg"])
def test_a_whole_song_is_not_told(tmp_path: Path, suffix: str) -> None:
    assert damaged_sound(tone_song(tmp_path / f"song{suffix}"), 0.0, 12.0) is None


def test_a_song_damaged_in_the_middle_is_told_where(tmp_path: Path) -> None:
    """An AAC song with 15% garbage 40% in: its sound stops from about 4.8 s to 6.6 s."""
    found = damaged_sound(damaged_file(tone_song(tmp_path / "song.m4a")), 0.0, 12.0)
    assert isinstance(found, DamagedSound) and found.start is not None and found.end is not None
    assert 4.0 < found.start < found.end < 8.0 and found.end - found.start > 1.0
    assert f"does not play from {found.start:.1f} s to {found.end:.1f} s of the file" in str(found)


def test_only_the_part_the_video_plays_is_read(tmp_path: Path) -> None:
    broken = damaged_file(tone_song(tmp_path / "song.m4a"))
    assert damaged_sound(broken, 8.0, 4.0) is None  # the video plays its last 4 s
    found = damaged_sound(broken, 3.0, 4.0)
    assert found is not None and found.start is not None and found.start > 3.0


def test_an_mp3_that_skips_its_damage_is_told_near_it(tmp_path: Path) -> None:
    """Zeros in an MP3 are skipped by its decoder, losing little time but the music after it
    comes early: told as damaged near where it is."""
    found = damaged_sound(damaged_file(tone_song(tmp_path / "song.mp3"), zeros=True), 0.0, 12.0)
    assert found is not None and "damaged" in found.message


def test_the_export_is_silent_where_it_was_told(tmp_path: Path) -> None:
    """What the warning says is what the video does: the creator's damaged song is named
    before the render, once, and the finished video has no sound in the stretch it names."""
    broken = damaged_file(tone_song(tmp_path / "song.m4a"))
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One",
                                                        "duration": 10}]})  # fmt: skip
    clip = solid_clip(tmp_path / "clip.mp4", "navy", seconds=10.0, size="64x64")
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)},
                                                       soundtrack=broken))  # fmt: skip
    [told] = [w for w in input_warnings(plan) if isinstance(w, DamagedSound)]
    assert told.file == broken and told.start is not None and told.end is not None
    video = render(plan, tmp_path / "out.mp4")
    pcm = decode_pcm(video, 1000)
    loudness = [float(np.abs(pcm[int(t * 1000) : int(t * 1000) + 100]).mean())
                for t in np.arange(0.5, 9.5, 0.1)]  # fmt: skip
    quiet = [t for t, level in zip(np.arange(0.5, 9.5, 0.1), loudness, strict=True)
             if level < 1e-3]  # fmt: skip
    assert quiet and told.start - 0.3 <= min(quiet) and max(quiet) <= told.end + 0.3
