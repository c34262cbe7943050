"""One decoder read by two slots of an export that show the same stretch of one clip.

A creator's take is often cut into several slots: REF-15's second slot starts 3.75 s into
the clip the first slot plays from 0. Two decoders read those 3.75 s twice, and the second one
also decodes the 112 frames from the keyframe before its in-point: 40% of the render's decoding.
Here the first slot's decoder goes on for the second: the frames the second slot will show are
kept from when the first slot's decoder passes them until the second slot shows them, within a
byte budget. Past the budget the lagging slot opens a decoder of its own, as before.

Kept frames wait in an unnamed file of the scratch folder (`FrameRing`), not in the process:
REF-15 keeps 92 MB of them for 3.5 s, which held in memory put the render's process tree at
the 600 MB it must stay under. The system caches the file while it has memory to spare and
writes it out when it has not; the file has no name, so nothing is left after a kill.

Export only: it asks for frames in order. A preview that jumps restarts a slot's own decoder.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from typing import IO

import numpy as np

from studio.core.scratch import process_scratch
from studio.media.clip_reader import ClipReader
from studio.media.decode import Frame

SHARED_FRAMES_BYTES = 128 * 1024 * 1024  # REF-15 keeps 105 frames of 404x720 RGB: 92 MB
_EPSILON = 1e-6


def stream_index(offset: float, k: int) -> int:
    """The clip's frame a decoder seeking `offset` frames into it gives as its k-th, for a
    clip whose frame rate is the output's and whose frames are on its time grid.

    The decoder drops the frames before its seek point, then ffmpeg's `fps` filter places each
    remaining frame at its time rounded to the nearest output frame (halves up), and fills the
    start with the first one. So a seek 112.5 frames in gives frames 113, 113, 114, ...
    """
    first = math.ceil(offset - _EPSILON)
    return max(first, math.ceil(k + offset + 0.5 - _EPSILON) - 1)


def stream_origin(offset: float) -> int:
    """The clip's frame a decoder seeking `offset` frames in gives at index 0 of its steady
    run: its k-th frame is the clip's frame k + this, after at most one repeated first frame."""
    return math.ceil(offset + 0.5 - _EPSILON) - 1


class FrameRing:
    """Frames of one size in order, first out first, in a file used as a ring."""

    def __init__(self, capacity_bytes: int) -> None:
        self._capacity_bytes = capacity_bytes
        self._file: IO[bytes] | None = None  # one thread uses it: the compose thread
        self._shape: tuple[int, ...] = ()
        self._slots = 0
        self._first = 0  # slot of the oldest frame
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, frame: Frame) -> None:
        # open across calls; no name on POSIX, deleted by Windows on close, even after a kill
        if self._file is None:
            self._file = tempfile.TemporaryFile(dir=process_scratch().folder)  # noqa: SIM115
            self._shape = frame.shape
            self._slots = max(1, self._capacity_bytes // frame.nbytes)
        if frame.shape != self._shape or self._count >= self._slots:
            raise ValueError("frame ring: a frame of another size, or no room")
        slot = (self._first + self._count) % self._slots
        self._file.seek(slot * frame.nbytes)
        self._file.write(np.ascontiguousarray(frame).data)
        self._count += 1

    def __getitem__(self, index: int) -> Frame:
        assert self._file is not None and 0 <= index < self._count
        size = math.prod(self._shape)
        slot = (self._first + index) % self._slots
        self._file.seek(slot * size)
        data = self._file.read(size)
        return np.frombuffer(data, np.uint8).reshape(self._shape)

    def popleft(self) -> None:
        self._first = (self._first + 1) % max(1, self._slots)
        self._count -= 1

    def clear(self) -> None:
        self._count = 0
        if self._file is not None:
            self._file.close()
            self._file = None

    def room(self, frame_bytes: int) -> int:
        """How many frames of `frame_bytes` fit."""
        return max(1, self._capacity_bytes // frame_bytes)


class SharedRead:
    """Frames of one decoder, numbered from the first it gives here, for several cursors."""

    def __init__(
        self, reader: ClipReader, start: float, first: int = 0, budget: int = SHARED_FRAMES_BYTES
    ) -> None:
        self._reader = reader
        self.start = start  # seconds into the clip of stream frame 0
        self.budget = budget
        self._next = first  # the stream index the decoder gives next (it has given `first`)
        self._latest: tuple[int, Frame] | None = None  # the last frame decoded
        self._kept = FrameRing(budget)  # frames a cursor behind still needs
        self._kept_from = first  # stream index of _kept[0]
        self._ended = False
        self._cursors: list[SharedCursor] = []

    @property
    def decoder(self) -> ClipReader:
        return self._reader

    @property
    def first_kept(self) -> int:
        """The earliest stream index still to be had."""
        return self._kept_from if len(self._kept) else self._next

    def cursor(
        self, offset: float, reopen: Callable[[int], ClipReader], origin: int = 0
    ) -> SharedCursor:
        """A reader of the clip's frames as a decoder seeking `offset` frames in gives them,
        from this stream, whose index 0 is the clip's frame `origin`; `reopen(k)` opens a
        decoder of its own at its k-th frame, should the stream not keep its frames."""
        cursor = SharedCursor(self, offset, reopen, origin)
        self._cursors.append(cursor)
        return cursor

    def frame(self, index: int, asking: SharedCursor) -> Frame | None:
        """Stream frame `index` for `asking` (None past the clip's end, or when `asking` had
        to leave the stream meanwhile)."""
        while not self._ended and self._next <= index:
            frame = self._reader.read()
            if frame is None:
                self._ended = True
                break
            if self._behind(asking):
                self._keep(frame, asking)
            self._latest = (self._next, frame)
            self._next += 1
        found: Frame | None = None
        if self._latest is not None and self._latest[0] == index:
            found = self._latest[1]
        elif len(self._kept) and self._kept_from <= index < self._kept_from + len(self._kept):
            found = self._kept[index - self._kept_from]
        self._drop_unneeded()
        return found

    def release(self, cursor: SharedCursor) -> None:
        if cursor in self._cursors:
            self._cursors.remove(cursor)
        if not self._cursors:
            self._kept.clear()
            self._latest = None
            self._reader.close()
        else:
            self._drop_unneeded()

    def _drop_unneeded(self) -> None:
        needed = min((cursor.next_stream_index for cursor in self._cursors), default=None)
        while len(self._kept) and (needed is None or self._kept_from < needed):
            self._kept.popleft()
            self._kept_from += 1

    def _behind(self, asking: SharedCursor) -> bool:
        """Whether a cursor other than `asking` will want the frame the decoder gives next."""
        return any(c is not asking and c.next_stream_index <= self._next for c in self._cursors)

    def _keep(self, frame: Frame, asking: SharedCursor) -> None:
        """Keep a frame just decoded for the cursors behind, within the budget: past it, the
        cursor furthest behind leaves the stream for a decoder of its own."""
        while len(self._cursors) > 1 and len(self._kept) >= self._kept.room(frame.nbytes):
            lagging = min(self._cursors, key=lambda cursor: cursor.next_stream_index)
            self._cursors.remove(lagging)
            lagging.go_alone()
            self._drop_unneeded()
        if self._behind(asking):
            if not len(self._kept):
                self._kept_from = self._next
            try:
                self._kept.append(frame)
            except OSError:  # a full or failing disk: the slots behind read on their own
                for cursor in [c for c in self._cursors if c is not asking]:
                    self._cursors.remove(cursor)
                    cursor.go_alone()
                self._kept.clear()


class SharedCursor:
    """One slot's frames from a `SharedRead`, as its own decoder would give them."""

    def __init__(
        self, shared: SharedRead, offset: float, reopen: Callable[[int], ClipReader],
        origin: int = 0,
    ) -> None:  # fmt: skip
        self.shared = shared
        self.offset = offset
        self.origin = origin
        self.frames_read = 0
        self._reopen = reopen
        self._own: ClipReader | None = None
        self._closed = False

    @property
    def next_stream_index(self) -> int:
        return stream_index(self.offset, self.frames_read) - self.origin

    def read(self) -> Frame | None:
        if self._closed:
            return None
        frame = None if self._own is not None else self.shared.frame(self.next_stream_index, self)
        if self._own is not None:  # on its own, or left the stream while it read on
            frame = self._own.read()
        if frame is not None:
            self.frames_read += 1
        return frame

    @property
    def decoder(self) -> ClipReader:
        """The decoder this cursor's frames come from."""
        return self._own if self._own is not None else self.shared.decoder

    @property
    def alone(self) -> bool:
        """Reading from a decoder of its own since the stream could not keep its frames."""
        return self._own is not None

    def go_alone(self) -> None:
        """Leave the stream (it will not keep this cursor's frames): a decoder of its own."""
        self._own = self._reopen(self.frames_read)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._own is not None:
            self._own.close()
        else:
            self.shared.release(self)
