"""One slot's pictures at any output time: a clip read forward, a photo, or black.

Export asks for times in order, so a clip is read straight through by one decoder; a preview
scrubbing back or far ahead restarts the decoder at the new point.
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.core.render_plan import PlannedSlot
from studio.media.decode import Frame, VideoReader, decode_size
from studio.media.probe import MediaInfo, load_photo_rgb, probe

RESTART_AHEAD_SECONDS = 2.0  # further ahead than this, seeking beats decoding forward


def fit_image(image: np.ndarray, width: int, height: int, fit: str) -> Frame:
    """A picture fitted to width x height: cropped to cover, or contained on a blurred copy."""
    h, w = image.shape[:2]
    cover = max(width / w, height / h)
    if fit != "contain":
        size = (max(width, round(w * cover)), max(height, round(h * cover)))
        method = cv2.INTER_AREA if cover < 1 else cv2.INTER_LINEAR
        scaled = cv2.resize(image, size, interpolation=method)
        top, left = (scaled.shape[0] - height) // 2, (scaled.shape[1] - width) // 2
        return np.ascontiguousarray(scaled[top : top + height, left : left + width])
    background = fit_image(cv2.resize(image, (max(1, w // 8), max(1, h // 8))), width // 8 or 1,
                           height // 8 or 1, "cover")  # fmt: skip
    background = cv2.resize(cv2.GaussianBlur(background, (0, 0), 4), (width, height))
    contain = min(width / w, height / h)
    fg_w, fg_h = max(1, round(w * contain)), max(1, round(h * contain))
    foreground = cv2.resize(image, (fg_w, fg_h), interpolation=cv2.INTER_AREA)
    top, left = (height - fg_h) // 2, (width - fg_w) // 2
    background[top : top + fg_h, left : left + fg_w] = foreground
    return background


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
        if self.info is not None and self.info.kind == "video":
            source = (self.info.width, self.info.height)
            self.frame_size = decode_size(source, width, height, slot.fit)
        self._still: Frame | None = None
        self._reader: VideoReader | None = None
        self._next_index = 0
        self._last: Frame | None = None
        if self.info is None:
            self._still = np.zeros((height, width, 3), np.uint8)
        elif self.info.kind == "photo":
            photo = np.asarray(load_photo_rgb(self.info.path))
            self._still = fit_image(photo, width, height, slot.fit)

    def frame_at(self, t: float) -> Frame:
        """The slot's picture at output time `t` (held at its last frame past the clip's end)."""
        if self._still is not None:
            return self._still
        index = max(0, round((t - self.slot.visible.start) * self.fps))
        ahead = index - self._next_index
        if self._reader is None or ahead < -1 or ahead > RESTART_AHEAD_SECONDS * self.fps:
            self._restart(index)
        if index < self._next_index and self._last is not None:
            return self._last  # asked again for the frame just shown
        assert self._reader is not None
        while self._next_index <= index:
            frame = self._reader.read()
            if frame is None:
                break
            self._last = frame
            self._next_index += 1
        if self._last is None:
            return np.zeros((self.frame_size[1], self.frame_size[0], 3), np.uint8)
        return self._last

    @property
    def is_still(self) -> bool:
        """A photo or an empty slot: the same picture at every time."""
        return self._still is not None

    def _restart(self, index: int) -> None:
        assert self.info is not None
        self.close()
        start = self.slot.in_point + index / self.fps * self.slot.speed
        self._reader = VideoReader(
            self.info,
            *self.frame_size,
            self.fps,
            start=start,
            speed=self.slot.speed,
            fit=self.slot.fit,
            loop=self.slot.when_short == "loop",
        )
        self._next_index = index
        self._last = None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
