"""Plays the soundtrack through PortAudio and serves as the recording's master clock.

The output stream runs from open to close and plays silence while paused: the clock never
restarts, and a virtual (null) sink never stalls a new stream. The callback only copies samples
from a buffer prepared before playback (retimed already when recording at another speed) and
notes, for the first sample of each buffer, when the DAC plays it (`outputBufferDacTime`, which
includes the device's output latency). A position at any moment is then the sample at the DAC.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from studio.capture.clock import WallClock

RATE = 48_000


def retime(samples: np.ndarray, rate: float) -> np.ndarray:
    """The samples played at `rate` (0.5 = twice as long, lower pitch), like tape."""
    if rate == 1.0:
        return np.ascontiguousarray(samples, np.float32)
    count = max(1, int(len(samples) / rate))
    source = np.arange(count) * rate
    retimed = np.stack(
        [np.interp(source, np.arange(len(samples)), samples[:, c]) for c in range(2)], axis=1
    )
    return retimed.astype(np.float32)


class _Playback:
    """One play request: the buffer, where it starts in the track, and at what rate."""

    def __init__(self, buffer: np.ndarray, start: float, rate: float, generation: int) -> None:
        self.buffer, self.start, self.rate = buffer, start, rate
        self.generation = generation  # tells this playback's DAC notes from an earlier one's
        self.cursor = 0  # next sample to hand to the device


class SoundtrackPlayer:
    """`track` is samples x 2 float32 at 48 kHz (or None for silence with a working clock)."""

    silent = False

    def __init__(self, track: np.ndarray | None, device: int | str | None = None) -> None:
        import sounddevice

        self.track = track if track is not None else np.zeros((RATE, 2), np.float32)
        self._playback: _Playback | None = None
        # DAC time of a buffer, its first sample, and which playback it belonged to
        self._heard = np.zeros(3)
        self._generation = 0
        self._last_position = 0.0
        self._lock = threading.Lock()
        self._stream = sounddevice.OutputStream(
            samplerate=RATE, channels=2, dtype="float32", device=device, latency="low",
            callback=self._callback,
        )  # fmt: skip
        self._stream.start()

    @property
    def output_latency(self) -> float:
        return float(self._stream.latency)

    def now(self) -> float:
        return float(self._stream.time)

    def _callback(self, outdata: np.ndarray, frames: int, times: Any, status: Any) -> None:
        playback = self._playback
        if playback is None:
            outdata.fill(0)
            return
        available = min(frames, len(playback.buffer) - playback.cursor)
        if available > 0:
            outdata[:available] = playback.buffer[playback.cursor : playback.cursor + available]
        outdata[max(0, available) :].fill(0)
        # one C-level copy into a preallocated array: readers see all three values or none
        self._heard[:] = (times.outputBufferDacTime, playback.cursor, playback.generation)
        playback.cursor += frames  # past the end the clock keeps running over silence

    def position_at(self, when: float) -> float | None:
        playback = self._playback
        dac_time, cursor, generation = self._heard.copy()
        if playback is None or generation != playback.generation:
            return None  # nothing of this playback has reached the device yet
        samples = cursor + (when - dac_time) * RATE
        if samples < 0:
            return None  # at that moment the music had not reached the speaker yet
        return float(playback.start + samples / RATE * playback.rate)

    def play(self, start: float, rate: float = 1.0) -> None:
        first = max(0, round(start * RATE))
        buffer = retime(self.track[first:], rate)
        with self._lock:
            self._generation += 1
            self._playback = _Playback(buffer, start, rate, self._generation)

    def pause(self) -> float:
        position = self.position_at(self.now())
        with self._lock:
            self._playback = None
        if position is not None:
            self._last_position = position
        return self._last_position

    def close(self) -> None:
        self._playback = None
        self._stream.stop()
        self._stream.close()


def soundtrack_clock(track: np.ndarray | None, device: int | str | None = None
                     ) -> tuple[SoundtrackPlayer | WallClock, str | None]:  # fmt: skip
    """The player as the clock, or a wall clock and the reason when sound cannot be used."""
    from studio.capture.devices import portaudio_problem

    problem = portaudio_problem()
    if problem is None:
        try:
            return SoundtrackPlayer(track, device), None
        except Exception as exc:  # PortAudioError, no default device, device busy
            problem = f"the sound device cannot play ({exc})"
    return WallClock(), f"{problem}: recording without music, timed by the computer's clock"
