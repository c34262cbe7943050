"""The export's sound lines up with its source to the sample (the limiter's lookahead is undone)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.render import prepare, render
from tests.media_factory import decode_audio, small_template, solid_clip

RATE = 48_000
CLICK_AT = 24_000 + 137  # an odd sample, so a whole-millisecond shift cannot hide it


def click_track(path: Path, seconds: float = 2.0) -> np.ndarray:
    """A quiet tone bed with one loud 2 ms click; the click is what the limiter would delay."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    signal = 0.05 * np.sin(2 * np.pi * 220 * t)
    click = np.hanning(96) * 0.9
    signal[CLICK_AT : CLICK_AT + click.size] += click
    pcm = (np.clip(signal, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(pcm.tobytes())
    return signal.astype(np.float32)


def lag_of(reference: np.ndarray, decoded: np.ndarray, around: int, reach: int = 2000) -> int:
    """Samples by which `decoded` is late against `reference`, from the cross-correlation of a
    window around the click (both high-passed by a first difference, so the tone bed is weak)."""
    ref = np.diff(reference[around - 4000 : around + 4000])
    best, best_lag = -np.inf, 0
    for lag in range(-reach, reach + 1):
        window = np.diff(decoded[around - 4000 + lag : around + 4000 + lag])
        score = float(np.dot(ref, window))
        if score > best:
            best, best_lag = score, lag
    return best_lag


def test_a_click_lands_on_the_same_sample_as_in_the_source(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {
        "soundtrack": {"track": "click.wav", "clip_audio_db": None},
        "slots": [{"id": "a", "label": "A", "duration": 1.5}],
    })  # fmt: skip
    source = click_track(folder / "click.wav")
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1.5)
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    output = render(plan, tmp_path / "out.mp4")
    decoded = decode_audio(output)
    # tolerance: none. AAC's 1024 priming samples are dropped on decoding by the edit list the
    # MP4 muxer writes, so the decoded sound starts at the source's first sample; the limiter's
    # lookahead, uncompensated, made this 239 (5.0 ms at 48 kHz)
    assert lag_of(source, decoded, CLICK_AT) == 0
