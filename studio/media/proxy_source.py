"""A slot's frames read from its preview proxy: any time, in-process, one JPEG decode a jump.

Gives the same frame for a time as `SlotSource` reading the original (the proxy's frame n is the
clip at n/30 s), fitted to the preview canvas; the compositor uses it for the editor's preview.
"""

from __future__ import annotations

import mmap
from pathlib import Path

import cv2
import numpy as np

from studio.core.render_plan import PlannedSlot
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError
from studio.media.preview_proxy import PROXY_FPS, index_path
from studio.media.slot_source import fit_image


class ProxyFrames:
    """The frames of one proxy by number, as RGB."""

    def __init__(self, proxy: Path) -> None:
        self.path = proxy
        try:
            starts = np.load(index_path(proxy))
            self._file = proxy.open("rb")
        except (OSError, ValueError) as exc:
            raise MediaError(proxy, f"cannot open the preview proxy ({exc})") from None
        size = proxy.stat().st_size
        if len(starts) == 0 or size == 0:
            self._file.close()
            raise MediaError(proxy, "the preview proxy has no frames")
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        self._bounds = np.append(starts, size)
        self.count = len(starts)

    def read(self, index: int) -> Frame | None:
        """Frame `index` (clamped to the proxy), or None if it cannot be decoded."""
        index = min(max(index, 0), self.count - 1)
        start, end = int(self._bounds[index]), int(self._bounds[index + 1])
        try:
            data = np.frombuffer(self._map, np.uint8, end - start, start)
        except ValueError:  # an index that does not fit the file: a damaged proxy
            return None
        bgr = cv2.imdecode(data, cv2.IMREAD_COLOR)
        if bgr is None:
            return None
        rgb: Frame = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        return rgb

    def close(self) -> None:
        if not self._map.closed:
            self._map.close()
        self._file.close()


def fit_cover(picture: np.ndarray, width: int, height: int, fit: str) -> Frame:
    """Cover: crop the middle to the canvas's shape, then scale; contain: on a blurred copy."""
    h, w = picture.shape[:2]
    if fit == "contain":
        return fit_image(picture, width, height, "contain")
    crop_w, crop_h = min(w, round(h * width / height)), min(h, round(w * height / width))
    left, top = (w - crop_w) // 2, (h - crop_h) // 2
    crop = picture[top : top + crop_h, left : left + crop_w]
    method = cv2.INTER_AREA if crop_w > width else cv2.INTER_LINEAR
    fitted: Frame = cv2.resize(crop, (width, height), interpolation=method)
    return fitted


def can_use_proxy(slot: PlannedSlot) -> bool:
    """Face-following slots track faces on the original's frames; the rest can use a proxy."""
    return slot.fit != "follow"


class ProxySource:
    """A slot's pictures at any output time, from its proxy, fitted to width x height."""

    is_still = False

    def __init__(self, slot: PlannedSlot, proxy: Path, width: int, height: int, fps: int) -> None:
        self.slot, self.path = slot, proxy
        self.width, self.height, self.fps = width, height, fps
        self.frames = ProxyFrames(proxy)
        first = self.frames.read(0)
        self.proxy_size = (first.shape[1], first.shape[0]) if first is not None else (0, 0)
        self._shown: tuple[int, Frame] | None = None

    def proxy_index(self, t: float) -> int:
        """Which proxy frame shows at output time `t` (as the export's decoder would pick)."""
        slot = self.slot
        output_index = max(0, round((t - slot.visible.start) * self.fps))
        media = slot.in_point + slot.media_frame(output_index, self.fps) * slot.speed / self.fps
        index = round(media * PROXY_FPS)
        if slot.when_short == "loop":
            return index % self.frames.count
        return min(index, self.frames.count - 1)  # past the end: hold, as the export does

    def frame_at(self, t: float) -> Frame:
        """The slot's picture at output time `t` (read-only)."""
        index = self.proxy_index(t)
        if self._shown is not None and self._shown[0] == index:
            return self._shown[1]
        picture = self.frames.read(index)
        if picture is None:
            if self._shown is not None:
                return self._shown[1]
            return np.zeros((self.height, self.width, 3), np.uint8)
        frame = fit_cover(picture, self.width, self.height, self.slot.fit)
        frame.flags.writeable = False
        self._shown = (index, frame)
        return frame

    def close(self) -> None:
        self.frames.close()
