"""One slot's pictures at any output time: a clip read forward, a photo, or black.

Export asks for times in order, so a clip is read straight through by one decoder; a preview
scrubbing back or far ahead restarts the decoder at the new point. The slot's time effect
(freeze, reverse) and a face-following window are applied here, so the compositor and the
filters see ordinary frames.
"""

from __future__ import annotations

import numpy as np

from studio.core.render_plan import PlannedSlot
from studio.media.clip_reader import ClipReader, is_animation, open_clip
from studio.media.decode import Frame, VideoReader, decode_size, seek_seconds
from studio.media.fit import fit_image, follow_window
from studio.media.measured_length import truncation
from studio.media.picture import load_picture_array
from studio.media.probe import MediaInfo, probe
from studio.media.reframe import FollowPath, follow_path
from studio.media.reverse import ReverseReader
from studio.media.shared_read import SharedCursor, SharedRead, stream_index, stream_origin

__all__ = ["RESTART_AHEAD_SECONDS", "SlotSource", "fit_image"]

RESTART_AHEAD_SECONDS = 2.0  # further ahead than this, seeking beats decoding forward


class SlotSource:
    """Frames of one planned slot for a `width` x `height` canvas at `fps`.

    Clips come at `frame_size`, which may be smaller than the canvas (see `decode_size`); the
    compositor scales them after filtering.
    """

    def __init__(self, slot: PlannedSlot, width: int, height: int, fps: int) -> None:
        self.slot = slot
        self.width, self.height, self.fps = width, height, fps
        self.info: MediaInfo | None = probe(slot.media) if slot.media else None
        self.frame_size = (width, height)
        self._read_size = (width, height)  # wider than frame_size when following a face
        self._follow: FollowPath | None = None
        if self.info is not None and self.info.kind == "video":
            source = (self.info.width, self.info.height)
            fit = "cover" if slot.fit == "follow" else slot.fit
            if is_animation(self.info):  # fitted in numpy at the canvas size
                source = (width, height)
            self.frame_size = self._read_size = decode_size(source, width, height, fit)
            if slot.fit == "follow":
                self._start_following(self.info)
        self._still: Frame | None = None
        self._reader: ClipReader | ReverseReader | None = None
        self._reader_start = 0.0  # seconds into the clip of the reader's first frame
        self._next_index = 0
        self._last: Frame | None = None
        self._ended = False  # the reader ran out: the slot holds its last frame
        if self.info is None:
            self._still = np.zeros((height, width, 3), np.uint8)
        elif self.info.kind == "photo":
            photo = load_picture_array(self.info.path, (width, height), slot.fit)
            self._still = fit_image(photo, width, height, slot.fit)

    def frame_at(self, t: float) -> Frame:
        """The slot's picture at output time `t` (held at its last frame past the clip's end)."""
        if self._still is not None:
            return self._still
        output_index = max(0, round((t - self.slot.visible.start) * self.fps))
        # the reverse reader already gives frames last-first, in output order
        reverse = self.slot.time_effect == "reverse"
        index = output_index if reverse else self.slot.media_frame(output_index, self.fps)
        ahead = index - self._next_index
        # past the clip's end the slot holds its last frame: seeking there would find nothing
        far = ahead > RESTART_AHEAD_SECONDS * self.fps and not self._ended
        if self._reader is None or ahead < -1 or far:
            self._restart(index)
        if index < self._next_index and self._last is not None:
            return self._last  # asked again for the frame just shown
        assert self._reader is not None
        while self._next_index <= index and not self._ended:
            frame = self._reader.read()
            if frame is None:
                self._ended = True
                break
            if self._follow is not None:
                media_time = self._media_time(self._next_index)
                frame = follow_window(frame, self._follow.centre_at(media_time), self.frame_size[0])
            self._last = frame
            self._next_index += 1
        if self._last is None:
            return np.zeros((self.frame_size[1], self.frame_size[0], 3), np.uint8)
        return self._last

    def open_ahead(self) -> None:
        """Start decoding at the slot's first frame now, before it is asked for: a clip that
        starts seconds after a keyframe is decoded from that keyframe, which the export would
        otherwise wait for at the cut."""
        if self._still is None and self._reader is None:
            self._restart(0)

    @property
    def decoding(self) -> bool:
        """A decoder is open for this slot (reading ahead of what was asked)."""
        return self._reader is not None

    @property
    def is_still(self) -> bool:
        """A photo or an empty slot: the same picture at every time."""
        return self._still is not None

    def _start_following(self, info: MediaInfo) -> None:
        """Read whole frames at the crop's height; the window slides along the face's path."""
        crop_w, crop_h = self.frame_size
        full_w = round(info.width * crop_h / info.height) // 2 * 2
        if full_w <= crop_w:
            return  # already as narrow as the canvas: nothing to follow sideways
        self._read_size = (full_w, crop_h)
        length = (self.slot.visible.end - self.slot.visible.start) * self.slot.speed
        self._follow = follow_path(info, self.slot.in_point, length)

    def _media_time(self, sequence_index: int) -> float:
        """Seconds into the clip of the `sequence_index`-th frame the reader gives."""
        media_index = sequence_index
        if self.slot.time_effect == "reverse":
            media_index = self.slot.media_frame(sequence_index, self.fps)
        return self.slot.in_point + media_index / self.fps * self.slot.speed

    def _restart(self, index: int) -> None:
        assert self.info is not None
        self.close()
        fit = "cover" if self.slot.fit == "follow" else self.slot.fit
        if self.slot.time_effect == "reverse":
            self._reader = ReverseReader(
                self.info, *self._read_size, self.fps, start=self.slot.in_point,
                speed=self.slot.speed, fit=fit, frame_count=self.slot.frame_count(self.fps),
                skip=index, loop=self.slot.when_short == "loop",
            )  # fmt: skip
        else:
            # a jump into the hold starts on the clip's last frames instead (the first frame
            # needs no measuring: the latest start is never before it)
            if self.slot.when_short != "loop" and index > 0:
                index = min(index, self._last_start_index())
            self._reader = self._forward_reader(index)
        self._next_index = index
        self._last = None
        self._ended = False

    def _forward_reader(self, index: int) -> ClipReader:
        """A decoder of the clip from the slot's `index`-th output frame (played forward)."""
        assert self.info is not None
        loop = self.slot.when_short == "loop"
        remaining = max(0.0, self.slot.visible.duration - index / self.fps) + 1.0
        self._reader_start = self.slot.in_point + index / self.fps * self.slot.speed
        return open_clip(
            self.info,
            *self._read_size,
            self.fps,
            start=self._reader_start,
            speed=self.slot.speed,
            fit="cover" if self.slot.fit == "follow" else self.slot.fit,
            loop=loop,
            loop_seconds=remaining * self.slot.speed,  # so a clip with no picture ends
        )

    @property
    def share_key(self) -> tuple[object, ...] | None:
        """What two slots' decoders must agree on to be one (None: this slot's cannot be)."""
        slot, info = self.slot, self.info
        if info is None or info.kind != "video" or is_animation(info) or slot.fit == "follow":
            return None
        if slot.time_effect != "normal" or slot.when_short == "loop":
            return None
        # frames are matched by number: exact for a clip at the output's rate, played at 1x
        if abs(info.fps - self.fps) > 1e-3 or slot.speed != 1.0:
            return None
        return (info.path, self._read_size, slot.fit)

    def share_decoder(self, earlier: SlotSource, now: float) -> bool:
        """Read this slot's frames from `earlier`'s decoder, which plays the same clip the
        same way, when the frames it keeps meanwhile fit the budget (export only, at output
        time `now`: see `shared_read`). False when it cannot."""
        key = self.share_key
        if self._reader is not None or key is None or key != earlier.share_key:
            return False
        if isinstance(earlier._reader, VideoReader):
            reader, resume = earlier._reader, earlier._next_index
            stream = SharedRead(reader, earlier._reader_start, first=reader.frames_read)
            earlier._reader = stream.cursor(
                reader.frames_read, lambda k: earlier._forward_reader(resume + k)
            )
        cursor = earlier._reader
        if not isinstance(cursor, SharedCursor) or cursor.alone:
            return False
        shared = cursor.shared
        # in the clip's frames: this slot's own seek, and the earlier decoder's (its stream's
        # index k is the clip's frame k + origin, whatever its in-point between two frames)
        offset = seek_seconds(self.slot.in_point) * self.fps
        origin = stream_origin(seek_seconds(shared.start) * self.fps)
        first = stream_index(offset, 0) - origin
        # where the earlier slot's decoder is when this slot starts (or the earlier one ends)
        reading_until = min(self.slot.visible.start, earlier.slot.visible.end)
        reached = cursor.next_stream_index + max(0.0, reading_until - now) * self.fps
        lag = reached - first  # frames kept meanwhile; < 0: this slot reads ahead of it
        w, h = self._read_size
        both_read = earlier.slot.visible.end > self.slot.visible.start
        kept = abs(lag) if lag > 0 or both_read else 0
        if first < shared.first_kept or -lag > RESTART_AHEAD_SECONDS * self.fps:
            return False
        if kept * w * h * 3 > shared.budget:
            return False
        self._reader = shared.cursor(offset, self._forward_reader, origin)
        self._next_index, self._last, self._ended = 0, None, False
        return True

    def _last_start_index(self) -> int:
        """The latest output index a reader can start at and still find a picture: half a
        second before the clip's end (its stated length may run a frame past its last one)."""
        assert self.info is not None
        if self.info.duration <= 0:
            return 1 << 30  # unknown length: seek where asked
        cut = truncation(self.info)  # a file cut short ends where its data does
        end = cut.decodable if cut is not None else self.info.duration
        remaining = (end - self.slot.in_point) / self.slot.speed - 0.5
        return max(0, int(remaining * self.fps))

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
