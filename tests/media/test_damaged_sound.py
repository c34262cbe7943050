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
    """An AAC song with 15% garbage 40% in: its sound stops from about 4.9 s to 6.7 s."""
    found = damaged_sound(damaged_file(tone_song(tmp_path / "song.m4a")), 0.0, 12.0)
    assert isinstance(found, DamagedSound) and not found.skips
    [(begin, end)] = found.stretches
    assert 4.0 < begin < end < 8.0 and end - begin > 1.0
    assert f"does not play from {begin:.1f} s to {end:.1f} s of the file" in str(found)


def test_two_damaged_places_are_told_each(tmp_path: Path) -> None:
    """Two small damaged spots, 3 s and 17 s in: told as two places, not as one stretch
    from the first to the last (the video is silent only at the two)."""
    song = tone_song(tmp_path / "song.m4a", seconds=20.0)
    twice = damaged_file(damaged_file(song, at=0.15, share=0.02), at=0.85, share=0.02)
    found = damaged_sound(twice, 0.0, 20.0)
    assert found is not None and len(found.stretches) == 2
    assert all(end - begin < 1.0 for begin, end in found.stretches)


def test_only_the_part_the_video_plays_is_read(tmp_path: Path) -> None:
    broken = damaged_file(tone_song(tmp_path / "song.m4a"))
    assert damaged_sound(broken, 8.0, 4.0) is None  # the video plays its last 4 s
    found = damaged_sound(broken, 3.0, 4.0)
    assert found is not None and found.stretches[0][0] > 3.0
    inside = damaged_sound(broken, 5.5, 4.0)  # the video's music starts inside the damage
    assert inside is not None and inside.stretches[0][0] == pytest.approx(5.5, abs=0.05)


def test_the_video_times_follow_where_and_how_fast_the_part_plays(tmp_path: Path) -> None:
    """A clip played from 3 s into its file, shown 2 s into the video at double speed: its
    damage at 4.9-6.7 s of the file is 2.95-3.85 s into the video (the editor said the file's
    times as the video's)."""
    broken = damaged_file(tone_song(tmp_path / "song.m4a"))
    found = damaged_sound(broken, 3.0, 8.0, shown_at=2.0, speed=2.0)
    assert found is not None
    [(begin, end)], [(video_begin, video_end)] = found.stretches, found.in_video
    assert video_begin == pytest.approx(2.0 + (begin - 3.0) / 2) and video_end < end
    assert f"so the video is without it from {video_begin:.1f} s to {video_end:.1f} s" in str(found)


def test_an_mp3_that_skips_its_damage_is_told_near_it(tmp_path: Path) -> None:
    """An MP3's frames are counted, not timed: the decoder skips the garbage and what follows
    comes early, which the mix cannot put back. Told as that, near where it is."""
    found = damaged_sound(damaged_file(tone_song(tmp_path / "song.mp3")), 0.0, 12.0)
    assert found is not None and found.skips
    [(at, _)] = found.stretches
    assert 4.0 < at < 6.0  # 40% into 12 s, where it is, not at the end where the time shows
    assert f"damaged near {at:.1f} s of the file ({at:.1f} s into the video): it skips" in str(
        found
    )


def test_gaps_that_are_not_damage_are_not_told(tmp_path: Path) -> None:
    """A clip joined from segments whose sound is shorter than their picture has gaps every
    player plays as silence; an MP3 with zeros after its last frame makes the decoder refuse
    bytes that are not sound. Neither is damaged."""
    from studio.media.ffmpeg import run_ffmpeg

    parts = []
    for index in range(3):
        part = tmp_path / f"part{index}.mp4"
        run_ffmpeg(["-f", "lavfi", "-i", "testsrc=s=64x64:r=30:d=2", "-f", "lavfi", "-i",
                    "sine=d=1.8", "-c:v", "libx264", "-c:a", "aac", str(part)])  # fmt: skip
        parts.append(f"file '{part}'")
    (tmp_path / "list.txt").write_text("\n".join(parts))
    joined = tmp_path / "joined.mp4"
    run_ffmpeg(["-f", "concat", "-safe", "0", "-i", str(tmp_path / "list.txt"), "-c", "copy",
                str(joined)])  # fmt: skip
    assert damaged_sound(joined, 0.0, 6.0) is None
    padded = tone_song(tmp_path / "song.mp3")
    padded.write_bytes(padded.read_bytes() + bytes(4096))
    assert damaged_sound(padded, 0.0, 12.0) is None


def _silent_times(video: Path, until: float) -> list[float]:
    """The tenths of a second (from 0.5 s) where `video` has no sound."""
    pcm = decode_pcm(video, 1000)
    times = np.arange(0.5, until, 0.1)
    levels = [float(np.abs(pcm[int(t * 1000) : int(t * 1000) + 100]).mean()) for t in times]
    return [float(t) for t, level in zip(times, levels, strict=True) if level < 1e-3]


@pytest.mark.parametrize("song_start", [0.0, 5.5])
def test_the_export_is_silent_where_it_was_told(tmp_path: Path, song_start: float) -> None:
    """What the warning says is what the video does: the creator's damaged song is named
    before the render, once, and the finished video has no sound in the stretch it names,
    the rest in its place (before, the gap closed: the rest of the song came early and the
    video's end was silent; a song started inside the damage came early from its first
    second)."""
    broken = damaged_file(tone_song(tmp_path / "song.m4a"))
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One",
                                                        "duration": 6}]})  # fmt: skip
    clip = solid_clip(tmp_path / "clip.mp4", "navy", seconds=6.0, size="64x64")
    given = CreatorInput(slots={"one": SlotInput(clip)}, soundtrack=broken,
                         soundtrack_start=song_start)  # fmt: skip
    plan = prepare(load_template(folder), given)
    [told] = [w for w in input_warnings(plan) if isinstance(w, DamagedSound)]
    [(video_begin, video_end)] = told.in_video
    quiet = _silent_times(render(plan, tmp_path / "out.mp4"), 5.5)
    assert quiet, "the damaged stretch plays silent"
    assert max(0.5, video_begin - 0.3) <= min(quiet) and max(quiet) <= video_end + 0.3
