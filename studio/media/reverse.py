"""Frames of a stretch of clip, last first (the "reverse" time effect).

A whole reversed stretch would have to sit in memory (ffmpeg's `reverse` filter holds every
frame); instead the stretch is decoded half a second at a time from its end, so at most
CHUNK frames are held whatever its length.
"""

from __future__ import annotations

import math

from studio.media.clip_reader import open_clip
from studio.media.decode import Frame
from studio.media.probe import MediaInfo

CHUNK = 15


class ReverseReader:
    """`frame_count` output frames of the clip from `start` at `speed`, in reverse order,
    beginning `skip` frames in (a preview that jumps into the middle). Where the stretch runs
    past the clip's end, the reversed picture starts on the clip's last frame, held as the
    forward play would have held it; a looping slot's stretch is the clip looped, played
    backwards (it held the last frame for half the slot, without a sound)."""

    def __init__(
        self, info: MediaInfo, width: int, height: int, fps: int, *, start: float,
        speed: float, fit: str, frame_count: int, skip: int = 0, loop: bool = False,
    ) -> None:  # fmt: skip
        self.info, self.width, self.height, self.fps = info, width, height, fps
        self.start, self.speed, self.fit, self.loop = start, speed, fit, loop
        in_clip = math.floor((info.duration - start) / speed * fps) if info.duration else 1
        real = frame_count if loop else min(frame_count, in_clip)
        self._last_real = max(0, real - 1)
        self._next = frame_count - 1 - skip  # forward index of the next frame to give
        self._chunk: list[Frame] = []
        self._chunk_first = 0

    def read(self) -> Frame | None:
        if self._next < 0:
            return None
        index = min(self._next, self._last_real)
        self._next -= 1
        if not self._chunk or not self._chunk_first <= index < self._chunk_first + CHUNK:
            self._load(max(0, index - CHUNK + 1), index)
        if not self._chunk:
            return None
        return self._chunk[min(index - self._chunk_first, len(self._chunk) - 1)]

    def _load(self, first: int, last: int) -> None:
        reader = open_clip(
            self.info, self.width, self.height, self.fps,
            start=self.start + first / self.fps * self.speed, speed=self.speed, fit=self.fit,
            loop=self.loop, loop_seconds=(last - first + 1) / self.fps * self.speed,
        )  # fmt: skip
        try:
            self._chunk = []
            for _ in range(first, last + 1):
                frame = reader.read()
                if frame is None:
                    break
                self._chunk.append(frame)
            self._chunk_first = first
        finally:
            reader.close()

    def close(self) -> None:
        self._chunk = []
