"""Speech with known word times: espeak-ng words laid on a timeline between silences.

Each word is spoken alone, its sound cut to where it is loud, and placed at a chosen onset, so
a test knows every word's true start and end to the sample.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.media.ffmpeg import run_ffmpeg

RATE = 22_050  # espeak-ng's own rate


@dataclass(frozen=True)
class SpokenWord:
    text: str
    start: float
    end: float


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def _spoken(text: str, language: str, folder: Path) -> np.ndarray:
    out = folder / "word.wav"
    subprocess.run(["espeak-ng", "-v", language, "-s", "150", "-w", str(out), text], check=True)
    with wave.open(str(out)) as file:
        assert file.getframerate() == RATE and file.getsampwidth() == 2
        samples = np.frombuffer(file.readframes(file.getnframes()), np.int16)
    loud = np.flatnonzero(np.abs(samples) > 300)
    return samples[loud[0] : loud[-1] + 1].astype(np.float32) / 32768


def speech_wav(path: Path, words: list[tuple[str, float]], language: str = "en",
               tail: float = 1.0) -> list[SpokenWord]:  # fmt: skip
    """A mono WAV at `path` saying each (word, gap before it in seconds); the true times."""
    pieces: list[np.ndarray] = []
    truth: list[SpokenWord] = []
    cursor = 0.0
    for text, gap in words:
        sound = _spoken(text, language, path.parent)
        pieces.append(np.zeros(round(gap * RATE), np.float32))
        cursor += round(gap * RATE) / RATE
        truth.append(SpokenWord(text, cursor, cursor + sound.size / RATE))
        pieces.append(sound)
        cursor += sound.size / RATE
    pieces.append(np.zeros(round(tail * RATE), np.float32))
    audio = np.concatenate(pieces)
    raw = path.with_suffix(".f32")
    raw.write_bytes(audio.tobytes())
    run_ffmpeg(["-f", "f32le", "-ar", str(RATE), "-ac", "1", "-i", str(raw), str(path)])
    raw.unlink()
    return truth
