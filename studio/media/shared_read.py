"""One decoder read by two slots of an export that show the same stretch of one clip.

A creator's take is often cut into several slots: REF-15's second slot starts 3.75 s into
the clip the first slot plays from 0. Two decoders read those 3.75 s twice, and the second one
also decodes the 112 frames from the keyframe before its in-point: 40% of the render's decoding.
Here the first slot's decoder goes on for the second: the frames the second slot will show are
kept from when the first slot's decoder passes them until the second slot shows them, within a
byte budget. Past the budget the lagging slot opens a decoder of its own, as before.

Export only: it asks for frames in order. A preview that jumps restarts a slot's own decoder.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

from studio.media.clip_reader import ClipReader
from studio.media.decode import Frame

SHARED_FRAMES_BYTES = 128 * 1024 * 1024  # REF-15 keeps 105 frames of 404x720 RGB: 92 MB
_EPSILON = 1e-6


def stream_index(offset: float, k: int) -> int:
    """The stream frame a slot starting `offset` frames into the stream shows as its k-th.

    It is the frame its own decoder would give: that decoder drops the frames before the
    in-point, then ffmpeg's `fps` filter places each remaining frame at its time rounded to the
    nearest output frame (halves up), and fills the start with the first one. So a slot
    112.5 frames in shows frames 113, 113, 114, ... (the grid's frames are the source's when
    the clip's rate is the output's; otherwise within half a frame of them).
    """
    first = math.ceil(offset - _EPSILON)
    return max(first, math.ceil(k + offset + 0.5 - _EPSILON) - 1)


class SharedRead:
    """Frames of one decoder, numbered from the first it gives here, for several cursors."""

    def __init__(
        self, reader: ClipReader, start: float, first: int = 0, budget: int = SHARED_FRAMES_BYTES
    ) -> None:
        self._reader = reader
        self.start = start  # seconds into the clip of stream frame 0
        self.budget = budget
        self._frames: deque[Frame] = deque()
        self._base = first  # stream index of _frames[0]: the reader has given `first` frames
        self._ended = False
        self._cursors: list[SharedCursor] = []

    @property
    def decoder(self) -> ClipReader:
        return self._reader

    @property
    def first_kept(self) -> int:
        """The earliest stream index still to be had."""
        return self._base

    @property
    def next_index(self) -> int:
        """The stream index the decoder gives next."""
        return self._base + len(self._frames)

    def cursor(self, offset: float, reopen: Callable[[int], ClipReader]) -> SharedCursor:
        """A reader of this stream from `offset` frames in; `reopen(k)` opens a decoder of
        its own at its k-th frame, should the stream not keep its frames."""
        cursor = SharedCursor(self, offset, reopen)
        self._cursors.append(cursor)
        return cursor

    def frame(self, index: int) -> Frame | None:
        """Stream frame `index` (None past the clip's end); frames no cursor needs are dropped."""
        while not self._ended and self.next_index <= index:
            frame = self._reader.read()
            if frame is None:
                self._ended = True
            else:
                self._frames.append(frame)
                self._keep_within_budget()
        kept = self._base <= index < self.next_index  # else past the end, or this cursor left
        result = self._frames[index - self._base] if kept else None
        self._drop_unneeded()
        return result

    def release(self, cursor: SharedCursor) -> None:
        if cursor in self._cursors:
            self._cursors.remove(cursor)
        if not self._cursors:
            self._frames.clear()
            self._reader.close()
        else:
            self._drop_unneeded()

    def _drop_unneeded(self) -> None:
        needed = min((cursor.next_stream_index for cursor in self._cursors), default=None)
        while self._frames and (needed is None or self._base < needed):
            self._frames.popleft()
            self._base += 1

    def _keep_within_budget(self) -> None:
        frame_bytes = self._frames[-1].nbytes
        while len(self._cursors) > 1 and len(self._frames) * frame_bytes > self.budget:
            lagging = min(self._cursors, key=lambda cursor: cursor.next_stream_index)
            self._cursors.remove(lagging)
            lagging.go_alone()
            self._drop_unneeded()


class SharedCursor:
    """One slot's frames from a `SharedRead`, as its own decoder would give them."""

    def __init__(
        self, shared: SharedRead, offset: float, reopen: Callable[[int], ClipReader]
    ) -> None:
        self.shared = shared
        self.offset = offset
        self.frames_read = 0
        self._reopen = reopen
        self._own: ClipReader | None = None
        self._closed = False

    @property
    def next_stream_index(self) -> int:
        return stream_index(self.offset, self.frames_read)

    def read(self) -> Frame | None:
        if self._closed:
            return None
        frame = None if self._own is not None else self.shared.frame(self.next_stream_index)
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
