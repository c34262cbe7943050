"""The microphone, recorded on the soundtrack's own stream so both share one clock.

PortAudio gives each stream its own time base, so a separate input stream could not be lined up
exactly with the track. Opened as one duplex stream with the player, every input block arrives
with the ADC time of its first sample in the same time base as the DAC times of the output: the
track position being heard when the voice was captured is known to the sample.

The callback only copies into a preallocated ring; a thread drains it into the open WAV file.
On a busy machine the callback can come late and the input lose samples (an overflow): the
samples missed are filled with silence, found from the blocks' ADC times, so the recording keeps
one sample per sample period of the clock and the voice stays where it was sung.
"""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import numpy as np

RING_SECONDS = 20
GAP_SECONDS = 0.015  # a later block than this is a gap to fill (the ADC time jitters < 1 ms)


class MicrophoneTap:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._ring = np.zeros(rate * RING_SECONDS, np.float32)
        self._written = 0  # samples ever written into the ring (by the audio callback)
        self._stamp = np.zeros(2)  # ADC time of a block and the ring count at its start
        self._next_adc: float | None = None  # when the next block's first sample is due
        self.gaps = 0  # blocks that came after lost input (filled with silence)
        self._file: wave.Wave_write | None = None
        self._read = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drain_loop, name="microphone", daemon=True)
        self._thread.start()

    def take_block(self, block: np.ndarray, adc_time: float) -> None:
        """Called from the audio callback: copy the first channel into the ring, note the time."""
        expected = self._next_adc
        if expected is not None and adc_time - expected > GAP_SECONDS:
            self.gaps += 1
            missing = min(round((adc_time - expected) * self.rate), len(self._ring) // 2)
            self._put(np.zeros(missing, np.float32))
        self._stamp[:] = (adc_time, self._written)
        self._put(block[:, 0])
        self._next_adc = adc_time + len(block) / self.rate

    def captured_since(self, count: int) -> int:
        """How many samples arrived after ring sample number `count`."""
        return self._written - count

    def _put(self, samples: np.ndarray) -> None:
        """Append to the ring (the callback's thread only)."""
        count = len(samples)
        start = self._written % len(self._ring)
        first = min(count, len(self._ring) - start)
        self._ring[start : start + first] = samples[:first]
        self._ring[: count - first] = samples[first:]
        self._written += count

    def time_of_sample(self, count: int) -> float:
        """The stream time at which ring sample number `count` was captured."""
        adc_time, at = self._stamp.copy()
        return float(adc_time + (count - at) / self.rate)

    def wait_for(self, moment: float, timeout: float) -> None:
        """Wait (at most `timeout` s) until the sound captured up to `moment` (stream time) has
        arrived: a busy machine's callback can run well behind the microphone."""
        until = time.monotonic() + timeout
        while self.time_of_sample(self._written) < moment and time.monotonic() < until:
            time.sleep(0.01)

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
