"""The recording clock: which moment of the soundtrack is being heard right now.

Every camera frame is stamped with the track position at the instant it was captured, so the
take lines up with the music however the camera's own clock drifts. The soundtrack player is the
clock when there is sound (positions come from the samples the sound card has played, Friture-
and OBS-style); without sound a wall clock stands in, and the studio says so.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class TrackClock(Protocol):
    """A source of track positions (seconds into the soundtrack)."""

    def now(self) -> float:
        """The current time in this clock's own time base (seconds)."""
        ...

    def position_at(self, when: float, before_start: bool = False) -> float | None:
        """The track position heard at time `when` (from `now`); None before playback starts
        unless `before_start` asks to extrapolate back."""
        ...

    def play(self, start: float, rate: float = 1.0, at: float | None = None) -> None:
        """Play from track position `start`, at `rate` (0.5 = half speed, for 2x recording),
        as if started at `at` (a moment of `now`, e.g. the press; default: now)."""
        ...

    def pause(self) -> float:
        """Stop where it is; returns the last position heard."""
        ...

    def close(self) -> None: ...


class WallClock:
    """Positions from the monotonic clock, for machines without a usable sound device."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._origin_time: float | None = None
        self._origin_position = 0.0
        self._rate = 1.0
        self._paused_at = 0.0

    def now(self) -> float:
        return time.monotonic()

    def position_at(self, when: float, before_start: bool = False) -> float | None:
        with self._lock:
            if self._origin_time is None:
                return None
            if when < self._origin_time and not before_start:
                return None
            return self._origin_position + (when - self._origin_time) * self._rate

    def play(self, start: float, rate: float = 1.0, at: float | None = None) -> None:
        origin = time.monotonic() if at is None else at
        with self._lock:
            self._origin_time, self._origin_position, self._rate = origin, start, rate

    def pause(self) -> float:
        position = self.position_at(self.now())
        with self._lock:
            self._origin_time = None
        self._paused_at = position if position is not None else self._paused_at
        return self._paused_at

    def close(self) -> None:
        self._origin_time = None
