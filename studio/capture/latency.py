"""Latency calibration: play clicks, record them through the microphone, measure the round trip.

PortAudio reports each stream's latency, and the clock already uses the output side of it (the
DAC time of each buffer). Drivers are not always right. The calibration measures the real round
trip (speaker to microphone) and keeps, per device pair, how far it is from what was reported;
voice recordings are shifted by that difference so they sit on the beat they were sung to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.core.atomic import write_json_atomically
from studio.core.user_data import user_data_dir

RATE = 48_000
CLICK_EVERY = 0.5
LATENCY_FILE = "latency.json"
DEFAULT_DEVICES = "default -> default"  # the pair Settings calibrates


@dataclass(frozen=True)
class RoundTrip:
    measured: float  # seconds from a click leaving to it coming back
    reported: float  # input + output latency as PortAudio reports them
    confidence: float  # how clearly the clicks came back (peak over average, > 5 is clear)

    @property
    def correction(self) -> float:
        return self.measured - self.reported


def click_train(seconds: float) -> np.ndarray:
    """Short clicks every half second (the first after a quarter second of silence)."""
    signal = np.zeros(int(seconds * RATE), np.float32)
    click = np.hanning(48).astype(np.float32) * 0.8
    for start in range(int(0.25 * RATE), len(signal) - 48, int(CLICK_EVERY * RATE)):
        signal[start : start + 48] = click
    return signal


def lag_of(played: np.ndarray, recorded: np.ndarray) -> tuple[int, float]:
    """The delay in samples at which `recorded` best matches `played`, and the peak's clarity."""
    size = 1 << int(np.ceil(np.log2(len(played) + len(recorded))))
    spectrum = np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(played, size))
    correlation = np.fft.irfft(spectrum, size)[: int(CLICK_EVERY * RATE)]  # under one period
    peak = int(np.argmax(correlation))
    clarity = float(correlation[peak] / (np.abs(correlation).mean() + 1e-12))
    return peak, clarity


def measure_round_trip(output: int | str | None = None, microphone: int | str | None = None,
                       seconds: float = 2.0) -> RoundTrip:  # fmt: skip
    """Play a click train and record it; sounddevice raises if the devices cannot be opened."""
    import sounddevice

    played = click_train(seconds)
    stereo = np.repeat(played[:, None], 2, axis=1)
    recorded = sounddevice.playrec(stereo, samplerate=RATE, channels=1, dtype="float32",
                                   device=(microphone, output), blocking=True)  # fmt: skip
    with sounddevice.Stream(samplerate=RATE, channels=(1, 2), device=(microphone, output)) as s:
        reported = float(sum(s.latency))
    lag, clarity = lag_of(played, recorded[:, 0])
    return RoundTrip(lag / RATE, reported, clarity)


def saved_corrections(path: Path | None = None) -> dict[str, float]:
    try:
        data = json.loads((path or user_data_dir() / LATENCY_FILE).read_text(encoding="utf-8"))
        return {str(k): float(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def save_correction(devices: str, correction: float, path: Path | None = None) -> None:
    """Remember the correction for a "microphone -> speaker" device pair."""
    path = path or user_data_dir() / LATENCY_FILE
    corrections = saved_corrections(path)
    corrections[devices] = round(correction, 4)
    write_json_atomically(path, corrections)
