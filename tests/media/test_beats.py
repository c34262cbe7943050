"""Beat detection on a creator's own track: a synthetic click track has a known tempo and phase."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.music_library import bundled_track
from studio.core.template import load_template
from studio.media.beats import RATE, detect_beats, estimate_grid, onset_strength
from studio.media.render import prepare
from tests.media_factory import small_template, solid_clip


def click_track(bpm: float, first: float, seconds: float = 20.0) -> np.ndarray:
    audio = np.random.default_rng(1).normal(0, 0.01, int(seconds * RATE)).astype(np.float32)
    click = np.sin(2 * np.pi * 1500 * np.arange(400) / RATE) * np.exp(-np.arange(400) / 60)
    t = first
    while t < seconds - 0.1:
        start = int(t * RATE)
        audio[start : start + 400] += click.astype(np.float32)
        t += 60 / bpm
    return audio


@pytest.mark.parametrize(("bpm", "first"), [(128, 0.3), (96, 0.05), (140, 0.61)])
def test_tempo_and_phase_of_a_click_track(bpm: float, first: float) -> None:
    grid = estimate_grid(onset_strength(click_track(bpm, first)))
    assert grid is not None and grid.bpm is not None
    assert grid.bpm == pytest.approx(bpm, abs=1.0)
    period = 60 / grid.bpm
    offset = (grid.first_beat - first) % period
    assert min(offset, period - offset) < 0.03


def test_noise_has_no_beat_or_a_harmless_one() -> None:
    noise = np.random.default_rng(2).normal(0, 0.1, RATE * 2).astype(np.float32)
    assert estimate_grid(onset_strength(noise)) is None  # too short to call a tempo


@pytest.mark.parametrize("name", ["hype-beat", "night-drive", "sunny-pop"])
def test_detected_grid_matches_the_bundled_tracks_known_grid(name: str) -> None:
    track = bundled_track(name)
    assert track is not None and track.beats.bpm is not None
    grid = detect_beats(track.path)
    assert grid is not None and grid.bpm is not None
    assert grid.bpm == pytest.approx(track.beats.bpm, abs=0.5)
    period = 60 / grid.bpm
    offset = (grid.first_beat - track.beats.first_beat) % period
    assert min(offset, period - offset) < 1 / 30  # cuts land within one frame of the beat


def test_own_soundtrack_moves_beat_cuts_onto_its_beats(tmp_path: Path) -> None:
    rate = 48_000
    clicks = np.zeros(rate * 12, np.float32)
    tick = np.sin(2 * np.pi * 1500 * np.arange(480) / rate) * np.exp(-np.arange(480) / 80)
    for beat in range(23):  # 120 BPM, first beat at 0.25 s
        start = int((0.25 + beat * 0.5) * rate)
        clicks[start : start + 480] += tick.astype(np.float32)
    track = tmp_path / "mine.wav"
    with wave.open(str(track), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes((clicks * 20000).astype("<i2").tobytes())
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "start_beats": 0, "duration_beats": 4},
        {"id": "two", "label": "Two", "start_beats": 4, "duration_beats": 4},
    ]})  # fmt: skip
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=1.0)
    given = CreatorInput(slots={"one": SlotInput(clip), "two": SlotInput(clip)}, soundtrack=track)
    plan = prepare(load_template(folder), given)
    assert plan.slots[1].visible.start == pytest.approx(2.25, abs=1 / 30)
    assert plan.duration == pytest.approx(4.25, abs=1 / 30)


def test_a_damaged_song_keeps_its_beats_where_they_are(tmp_path: Path) -> None:
    """A 120 BPM AAC song with garbage in its middle: its beats are found where they are (the
    stretch that does not decode stayed out of the decoded sound, so every beat after it came
    early, and the grid's fit drifted by 50 ms over 10 s)."""
    from studio.media.ffmpeg import run_ffmpeg
    from tests.hostile_media import damaged_file

    track = tmp_path / "clicks.wav"
    with wave.open(str(track), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((click_track(120, 0.5) * 20000).astype("<i2").tobytes())
    song = tmp_path / "song.m4a"
    run_ffmpeg(["-i", str(track), "-c:a", "aac", "-b:a", "128k", str(song)])
    grid = detect_beats(damaged_file(song, at=0.3, share=0.1))
    assert grid is not None and grid.bpm is not None
    assert grid.bpm == pytest.approx(120, abs=0.2)
    offset = (grid.first_beat - 0.5) % 0.5
    assert min(offset, 0.5 - offset) < 0.02
