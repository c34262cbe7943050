"""A clip with several sound streams is heard as a player plays it: the one marked default.

A stream's recording with a silent first track and the voice marked default was exported
silent, without a word: the studio took the first sound stream.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.pcm import decode_pcm
from studio.media.probe import probe
from studio.media.render import prepare, render
from tests.media_factory import decode_audio, small_template


def three_sounds(path: Path) -> Path:
    """A 2 s clip: silence, a 300 Hz hum, and a 1 kHz tone marked default, in that order."""
    run_ffmpeg([
        "-f", "lavfi", "-i", "testsrc2=size=64x64:rate=30:duration=2",
        "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo:d=2",
        "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=2",
        "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=2",
        "-map", "0", "-map", "1", "-map", "2", "-map", "3", "-c:v", "libx264", "-c:a", "aac",
        "-disposition:a:0", "0", "-disposition:a:1", "0", "-disposition:a:2", "default",
        "-t", "2", str(path),
    ])  # fmt: skip
    return path


def pitch(samples: np.ndarray, rate: int = 48_000) -> float:
    """The loudest frequency, in Hz."""
    spectrum = np.abs(np.fft.rfft(samples[:rate]))
    return float(np.argmax(spectrum) * rate / min(rate, samples.size))


def test_the_sound_marked_default_is_mixed_and_read(tmp_path: Path) -> None:
    clip = three_sounds(tmp_path / "recording.mkv")
    assert probe(clip).audio_stream == 2
    assert abs(pitch(decode_pcm(clip, channels=1)) - 1000) < 5
    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 144, "height": 256, "fps": 30},
        "duration": 1.5,
        "soundtrack": {"track": None, "clip_audio_db": 0},
        "slots": [{"id": "a", "label": "A", "duration": 1.5}],
    })  # fmt: skip
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    heard = decode_audio(render(plan, tmp_path / "out.mp4"))
    assert np.abs(heard).max() > 0.1  # not the silent first stream
    assert abs(pitch(heard) - 1000) < 5  # nor the second
