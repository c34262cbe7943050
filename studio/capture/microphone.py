"""The microphone, recorded on the soundtrack's own stream so both share one clock.

PortAudio gives each stream its own time base, so a separate input stream could not be lined up
exactly with the track. Opened as one duplex stream with the player, every input block arrives
with the ADC time of its first sample in the same time base as the DAC times of the output: the
track position being heard when the voice was captured is known to the sample.

The callback only copies into a preallocated ring; a thread drains it into the open WAV file.
"""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import numpy as np

RING_SECONDS = 20


class MicrophoneTap:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._ring = np.zeros(rate * RING_SECONDS, np.float32)
        self._written = 0  # samples ever written into the ring (by the audio callback)
        self._stamp = np.zeros(2)  # ADC time of a block and the ring count at its start
        self._file: wave.Wave_write | None = None
        self._read = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drain_loop, name="microphone", daemon=True)
        self._thread.start()

    def take_block(self, block: np.ndarray, adc_time: float) -> None:
        """Called from the audio callback: copy the first channel into the ring, note the time."""
        count = len(block)
        start = self._written % len(self._ring)
        first = min(count, len(self._ring) - start)
        self._ring[start : start + first] = block[:first, 0]
        self._ring[: count - first] = block[first:, 0]
        self._stamp[:] = (adc_time, self._written)
        self._written += count

    def time_of_sample(self, count: int) -> float:
        """The stream time at which ring sample number `count` was captured."""
        adc_time, at = self._stamp.copy()
        return float(adc_time + (count - at) / self.rate)

    def start_file(self, path: Path) -> int:
        """Record from now into `path` (16-bit mono WAV); the number of its first sample."""
        with self._lock:
            self._drain()
            handle = wave.open(str(path), "wb")  # noqa: SIM115  (closed by stop_file)
            handle.setnchannels(1)
            handle.setsampwidth(2)
            handle.setframerate(self.rate)
            self._file = handle
            self._read = self._written
            return self._read

    def stop_file(self) -> None:
        with self._lock:
            self._drain()
            if self._file is not None:
                self._file.close()
                self._file = None

    def _drain(self) -> None:
        """Move what the callback wrote since the last drain into the file (lock held)."""
        written = self._written
        if self._file is None or written <= self._read:
            self._read = written
            return
        count = min(written - self._read, len(self._ring))
        start = (written - count) % len(self._ring)
        part = np.concatenate([self._ring[start:], self._ring[:start]])[:count]
        pcm = (np.clip(part, -1, 1) * 32767).astype("<i2")
        self._file.writeframes(pcm.tobytes())
        self._read = written

    def _drain_loop(self) -> None:
        while not self._stop.wait(0.1):
            with self._lock:
                self._drain()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)
        self.stop_file()
