"""Plays the soundtrack through PortAudio and serves as the recording's master clock.

The output stream runs from open to close and plays silence while paused: the clock never
restarts, and a virtual (null) sink never stalls a new stream. The callback only copies samples
from a buffer prepared before playback (retimed already when recording at another speed) and
notes, for the first sample of each buffer, when the DAC plays it (`outputBufferDacTime`, which
includes the device's output latency). A position at any moment is then the sample at the DAC.

The track is locked to the sound card's clock from the press on: the sample at the DAC at time
T is the one `T - press` into the playback. On a busy machine the callback can come late (an
underrun: the card plays silence meanwhile); the samples whose moment passed are skipped rather
than played late, so the song heard picks up where it should be, a hold of one second covers one
second of track, and every camera frame stamped at its capture moment lines up with it.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from studio.capture.clock import WallClock
from studio.capture.microphone import MicrophoneTap

RATE = 48_000
# Output buffering. The clock reads the DAC time of every buffer, so a longer latency costs no
# sync, only how soon the music starts after a press; "low" (8.7 ms on PulseAudio) underran on a
# busy two-core machine, and every underrun is a stutter in what the creator hears.
LATENCY = 0.05
# How far the samples played may fall behind (or run ahead of) the DAC's clock before the cursor
# jumps to where the music should be: more than the DAC time's jitter (under 1 ms measured on
# PulseAudio), less than a stutter anyone notices as a lag.
RESYNC_SECONDS = 0.015


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

    def __init__(self, buffer: np.ndarray, start: float, rate: float, generation: int,
                 anchor: float) -> None:  # fmt: skip
        self.buffer, self.start, self.rate = buffer, start, rate
        self.generation = generation  # tells this playback's DAC notes from an earlier one's
        self.anchor = anchor  # the stream time at which the buffer's first sample is due at the DAC
        self.cursor: int | None = None  # next sample to hand to the device (None: not started)


class SoundtrackPlayer:
    """`track` is samples x 2 float32 at 48 kHz (or None for silence with a working clock).

    With `microphone` (an input device, or "default") the stream is duplex and `mic` records.
    """

    def __init__(self, track: np.ndarray | None, device: int | str | None = None,
                 microphone: int | str | None = None) -> None:  # fmt: skip

        self.track = track if track is not None else np.zeros((RATE, 2), np.float32)
        # the track it was made from, the rate, the retimed samples (one rate at a time)
        self._retime_cache: tuple[np.ndarray | None, float, np.ndarray] = (
            None, 1.0, np.zeros((0, 2), np.float32),
        )  # fmt: skip
        self._playback: _Playback | None = None
        # DAC time of a buffer, its first sample, and which playback it belonged to
        self._heard = np.zeros(3)
        self._generation = 0
        self._last_position = 0.0
        self._lock = threading.Lock()
        self.mic: MicrophoneTap | None = None
        self.underruns = 0  # callbacks that came too late while playing (a stutter heard)
        self.reopened = 0  # streams the sound system stopped under us, opened again
        self._devices = (device, microphone)
        if microphone is not None:
            self.mic = MicrophoneTap(RATE)
        self._closed = False
        self._retired: list[Any] = []  # streams the sound system stopped, closed with the player
        self._stream: Any = self._open_stream()

    def _open_stream(self) -> Any:
        import sounddevice

        device, microphone = self._devices
        stream: Any
        if microphone is None:
            stream = sounddevice.OutputStream(
                samplerate=RATE, channels=2, dtype="float32", device=device, latency=LATENCY,
                callback=self._callback,
            )  # fmt: skip
        else:
            inputs = None if microphone == "default" else microphone
            stream = sounddevice.Stream(
                samplerate=RATE, channels=(1, 2), dtype="float32", device=(inputs, device),
                latency=LATENCY, callback=self._duplex_callback,
            )  # fmt: skip
        stream.start()
        return stream

    def keep_stream_alive(self) -> None:
        """Open the stream again if the sound system stopped it.

        On a busy machine ALSA's poll can fail (PortAudio prints "PaAlsaStream_WaitForFrames
        failed"); PortAudio then ends the stream's thread and every later press would record to
        silence. Checked at each press and while recording (the session's tick): the music
        goes on from where it is due, and the gap counts as a stutter, which Record reports.
        """
        if self._closed or self._stream.active:
            return
        fresh = self._open_stream()
        # the camera's thread may be reading the old stream's time right now: it stays open (its
        # clock still answers, in the same time base) until the player closes
        self._retired.append(self._stream)
        self._stream = fresh
        self.reopened += 1
        if self._playback is not None:
            self.underruns += 1  # the music stopped for a moment while playing

    @property
    def output_latency(self) -> float:
        latency = self._stream.latency  # a duplex stream reports (input, output)
        return float(latency[1] if isinstance(latency, tuple) else latency)

    def now(self) -> float:
        return float(self._stream.time)

    def _duplex_callback(self, indata: np.ndarray, outdata: np.ndarray, frames: int,
                         times: Any, status: Any) -> None:  # fmt: skip
        assert self.mic is not None
        self.mic.take_block(indata, times.inputBufferAdcTime)
        self._callback(outdata, frames, times, status)

    def _callback(self, outdata: np.ndarray, frames: int, times: Any, status: Any) -> None:
        playback = self._playback
        if playback is None:
            outdata.fill(0)
            return
        dac_time = times.outputBufferDacTime
        due = round((dac_time - playback.anchor) * RATE)  # the sample the DAC clock asks for
        cursor = playback.cursor
        late = cursor is not None and abs(due - cursor) > RESYNC_SECONDS * RATE
        if cursor is None or late:
            cursor = due  # the first buffer, or after a stall: play what is due now, not late
        first, last = max(cursor, 0), min(cursor + frames, len(playback.buffer))
        outdata.fill(0)  # before the start (negative cursor) and past the end: silence
        if last > first:
            outdata[first - cursor : last - cursor] = playback.buffer[first:last]
        # one C-level copy into a preallocated array: readers see all three values or none
        self._heard[:] = (dac_time, cursor, playback.generation)
        if late or status.output_underflow:
            self.underruns += 1
        playback.cursor = cursor + frames  # past the end the clock keeps running over silence

    def position_at(self, when: float, before_start: bool = False) -> float | None:
        """The track position heard at stream time `when`; `before_start` extrapolates to
        moments before the music reached the speaker (to place a microphone recording)."""
        playback = self._playback
        if playback is None:
            return None
        heard = self._heard.copy()
        if heard[2] == playback.generation:
            dac_time, cursor = float(heard[0]), float(heard[1])
        else:  # no buffer of it has gone to the device yet: the music is due from the anchor
            dac_time, cursor = playback.anchor, 0.0
        samples = cursor + (when - dac_time) * RATE
        if samples < 0 and not before_start:
            return None  # at that moment the music had not reached the speaker yet
        return float(playback.start + samples / RATE * playback.rate)

    def prepare(self, rate: float) -> None:
        """Retime the track for `rate` now (a second or more for a whole song on a busy
        machine) rather than at the press, when the music is already due."""
        self._retimed(rate)

    def _retimed(self, rate: float) -> np.ndarray:
        track, (cached_track, cached_rate, retimed) = self.track, self._retime_cache
        if cached_track is not track or cached_rate != rate:
            retimed = retime(track, rate)
            self._retime_cache = (track, rate, retimed)
        return retimed

    def play(self, start: float, rate: float = 1.0, at: float | None = None) -> None:
        self.keep_stream_alive()
        first = max(0, round(start * RATE))
        if rate == 1.0:
            buffer = np.ascontiguousarray(self.track[first:], np.float32)
        else:  # sample i of the retimed track is sample i * rate of the track
            buffer = self._retimed(rate)[round(first / rate) :]
        # the earliest a sample handed over at the press can be heard: the music is due from
        # there, however long the recording took to start or the first callback to come
        anchor = (self.now() if at is None else at) + self.output_latency
        with self._lock:
            self._generation += 1
            self._playback = _Playback(buffer, start, rate, self._generation, anchor)

    def pause(self) -> float:
        position = self.position_at(self.now())
        with self._lock:
            self._playback = None
        if position is not None:
            self._last_position = position
        return self._last_position

    def close(self) -> None:
        self._closed = True
        self._playback = None
        for stream in (*self._retired, self._stream):
            stream.stop()
            stream.close()
        if self.mic is not None:
            self.mic.close()


def soundtrack_clock(track: np.ndarray | None, device: int | str | None = None,
                     microphone: int | str | None = None,
                     ) -> tuple[SoundtrackPlayer | WallClock, str | None]:  # fmt: skip
    """The player as the clock, or a wall clock and the reason when sound cannot be used."""
    from studio.capture.devices import portaudio_problem

    problem = portaudio_problem()
    if problem is None:
        try:
            return SoundtrackPlayer(track, device, microphone), None
        except Exception as exc:  # PortAudioError, no default device, device busy
            problem = f"the sound device cannot play ({exc})"
    return WallClock(), f"{problem}: recording without music, timed by the computer's clock"
