"""Audio files as float32 samples, decoded by the bundled ffmpeg."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.media.ffmpeg import MediaError, run_ffmpeg
from studio.media.probe import probe


def decode_pcm(path: Path, rate: int = 48_000, channels: int = 2, start: float = 0.0,
               seconds: float | None = None) -> np.ndarray:  # fmt: skip
    """Samples x channels float32 from `start` for `seconds` (to the end when None)."""
    # output-side -ss/-t: exact to the sample. Input-side -ss lands hundreds of samples off in
    # AAC (and -ss 0 keeps the encoder's 1024 priming samples), which is a lip-sync error.
    trim = (["-ss", f"{start:.4f}"] if start > 0 else []) + (
        ["-t", f"{seconds}"] if seconds is not None else []
    )
    try:  # the sound a player plays: ffmpeg's own pick is the stream with most channels
        chosen = ["-map", f"0:a:{probe(path).audio_stream}"]
    except MediaError:
        chosen = []  # ffmpeg says below what is wrong with it
    # a stretch that does not decode (a damaged download) stays in its place, silent: closed up,
    # the timeline's waveform ran on over it and the beats found after it came early
    placed = ["-af", "aresample=async=1"]
    try:
        result = run_ffmpeg(["-i", str(path), *trim, *chosen, *placed, "-vn", "-ac",
                             str(channels), "-ar", str(rate), "-f", "f32le", "-"])  # fmt: skip
    except RuntimeError as exc:
        raise MediaError(path, f"cannot read the audio ({exc})") from None
    samples = np.frombuffer(result.stdout, np.float32)
    return samples.reshape(-1, channels) if channels > 1 else samples
