"""The export's frames composed in the encoder's own format, YUV 4:2:0 (BT.709, limited range).

A slot's picture is decoded at the clip's own size when that is smaller than the canvas (a
720p clip cover-cropped into 1080x1920 is 404x720). Composing in RGB scaled it up, drew the texts
and stickers on 6 MB of RGB, then converted those 2 million pixels to YUV: most of the compose
thread's time. Here the small picture is converted (a sixth of the pixels), its luma scaled to
the canvas and its chroma to half the canvas (one full plane and two quarter planes instead of
three full ones), and each text or sticker is blended into the planes with its raster converted
once. The result is the RGB path's picture to within a level or two (`tests/media/
test_yuv_compose.py`): a linear scale and a linear colour matrix commute, up to rounding.
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.media.overlay import blend_rgba
from studio.media.yuv import MATRIX, i420_size


def i420_planes(buffer: np.ndarray, width: int, height: int) -> tuple[np.ndarray, ...]:
    """Views of the Y, U and V planes of a flat I420 buffer."""
    luma, quarter = width * height, width * height // 4
    half = (height // 2, width // 2)
    return (
        buffer[:luma].reshape(height, width),
        buffer[luma : luma + quarter].reshape(half),
        buffer[luma + quarter :].reshape(half),
    )


def picture_to_i420(picture: np.ndarray, width: int, height: int) -> np.ndarray:
    """An RGB picture of any size as a width x height I420 buffer (scaled to fill it)."""
    buffer = np.empty(i420_size(width, height), np.uint8)
    y, u, v = i420_planes(buffer, width, height)
    ycc = cv2.transform(picture, MATRIX)  # Y, Cb, Cr in three channels
    grows = picture.shape[1] < width
    if picture.shape[:2] == (height, width):
        cv2.extractChannel(ycc, 0, y)
    else:
        scale = cv2.INTER_LINEAR if grows else cv2.INTER_AREA
        cv2.resize(cv2.extractChannel(ycc, 0), (width, height), dst=y, interpolation=scale)
    # chroma: the 2x2 average of the full-size picture, or the small one scaled straight to half
    # size (the same centres; the RGB path scaled up, then averaged)
    scale = cv2.INTER_LINEAR if picture.shape[1] < width // 2 else cv2.INTER_AREA
    half = cv2.resize(ycc, (width // 2, height // 2), interpolation=scale)
    cv2.extractChannel(half, 1, u)
    cv2.extractChannel(half, 2, v)
    return buffer


class _Raster:
    """A straight-alpha RGBA image ready to blend into I420 planes at an even position:
    its luma, its alpha, and its chroma and alpha averaged over 2x2 (chroma weighted by alpha,
    so an edge's colour is the colour of what covers it, not a mix with the transparent black
    around it)."""

    def __init__(self, rgba: np.ndarray, pad_left: int, pad_top: int) -> None:
        height, width = rgba.shape[:2]
        pad_right, pad_bottom = (width + pad_left) & 1, (height + pad_top) & 1
        if pad_left or pad_top or pad_right or pad_bottom:
            rgba = cv2.copyMakeBorder(rgba, pad_top, pad_bottom, pad_left, pad_right,
                                      cv2.BORDER_CONSTANT, value=(0, 0, 0, 0))  # fmt: skip
        ycc = cv2.transform(cv2.cvtColor(rgba, cv2.COLOR_RGBA2RGB), MATRIX)
        self.luma = cv2.extractChannel(ycc, 0)
        self.alpha = cv2.extractChannel(rgba, 3).astype(np.float32) / 255
        weighted = ycc[:, :, 1:].astype(np.float32) * self.alpha[:, :, None]
        half = (rgba.shape[1] // 2, rgba.shape[0] // 2)
        self.alpha_half = cv2.resize(self.alpha, half, interpolation=cv2.INTER_AREA)
        weighted_half = cv2.resize(weighted, half, interpolation=cv2.INTER_AREA)
        covered = np.maximum(self.alpha_half, 1e-6)[:, :, None]
        chroma = np.clip(weighted_half / covered + 0.5, 0, 255).astype(np.uint8)
        self.u, self.v = cv2.extractChannel(chroma, 0), cv2.extractChannel(chroma, 1)
        self.height, self.width = rgba.shape[:2]
        parts = (self.luma, self.alpha, self.alpha_half, self.u, self.v)
        self.nbytes = sum(part.nbytes for part in parts)


Window = tuple[int, int, int, int]  # rows from, to; columns from, to


def _cut(rgba: np.ndarray, window: Window | None) -> np.ndarray:
    if window is None:
        return rgba
    top, bottom, left, right = window
    return rgba[top:bottom, left:right]


class RasterCache:
    """Converted rasters by image: a text is the same image for seconds, and converting it
    every frame would cost what composing in YUV saves. Bounded by bytes: a converted raster
    holds about 3.5 times its image (a full-frame sticker, 30 MB)."""

    def __init__(self, budget_bytes: int = 64 << 20) -> None:
        self.budget_bytes = budget_bytes
        self._kept: dict[tuple[int, int, int, Window | None], tuple[np.ndarray, _Raster]] = {}
        self._bytes = 0

    @property
    def held_bytes(self) -> int:
        return self._bytes

    def get(
        self, rgba: np.ndarray, pad_left: int, pad_top: int, window: Window | None = None
    ) -> _Raster:
        key = (id(rgba), pad_left, pad_top, window)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is rgba:
            return kept[1]
        raster = _Raster(_cut(rgba, window), pad_left, pad_top)
        if self._bytes + raster.nbytes > self.budget_bytes:  # a typewriter text: new images
            self._kept.clear()
            self._bytes = 0
        if raster.nbytes <= self.budget_bytes:
            self._kept[key] = (rgba, raster)  # the image is kept, so its id stays its own
            self._bytes += raster.nbytes
        return raster


class I420Frame:
    """A frame in the encoder's format that texts and stickers can be drawn on."""

    def __init__(
        self, buffer: np.ndarray, width: int, height: int, rasters: RasterCache | None = None
    ) -> None:
        self.buffer, self.width, self.height = buffer, width, height
        self.planes = i420_planes(buffer, width, height)
        self.rasters = rasters or RasterCache()

    def blend(
        self, rgba: np.ndarray, left: int, top: int, opacity: float = 1.0, kept: bool = True
    ) -> None:
        """Draw straight-alpha `rgba` with its top-left at (left, top), like `blend_rgba`.
        `kept`: the image is drawn again in later frames (a text, a sticker at rest), so its
        conversion is worth keeping; a picture scaled or turned for this frame alone is not."""
        if opacity <= 0 or rgba.size == 0:
            return
        window = None
        height, width = rgba.shape[:2]
        if width > self.width + 2 or height > self.height + 2:
            # larger than the frame (a designer's 6000 px sticker at scale 1): only the part
            # inside is converted, from an even row and column so the chroma stays aligned; the
            # whole picture's conversion took 0.8 s a frame
            column, row = max(0, -left) & ~1, max(0, -top) & ~1
            window = (row, min(height, self.height - top + 2),
                      column, min(width, self.width - left + 2))  # fmt: skip
            if window[0] >= window[1] or window[2] >= window[3]:
                return
            left, top = left + column, top + row
        pad_left, pad_top = left & 1, top & 1
        if kept:
            raster = self.rasters.get(rgba, pad_left, pad_top, window)
        else:
            raster = _Raster(_cut(rgba, window), pad_left, pad_top)
        left, top = left - pad_left, top - pad_top  # both even now, and the raster's size too
        x0, y0 = max(left, 0), max(top, 0)
        x1, y1 = min(left + raster.width, self.width), min(top + raster.height, self.height)
        if x0 >= x1 or y0 >= y1:
            return
        strength = min(opacity, 1.0)
        y, u, v = self.planes
        inside = (slice(y0 - top, y1 - top), slice(x0 - left, x1 - left))
        _blend_plane(y[y0:y1, x0:x1], raster.luma[inside], raster.alpha[inside], strength)
        half = (slice((y0 - top) // 2, (y1 - top) // 2), slice((x0 - left) // 2, (x1 - left) // 2))
        region = (slice(y0 // 2, y1 // 2), slice(x0 // 2, x1 // 2))
        for plane, colour in ((u, raster.u), (v, raster.v)):
            _blend_plane(plane[region], colour[half], raster.alpha_half[half], strength)


def _blend_plane(
    region: np.ndarray, colour: np.ndarray, alpha: np.ndarray, strength: float
) -> None:
    weight = alpha * strength if strength < 1 else alpha
    region[...] = cv2.blendLinear(colour, region, weight, 1 - weight)


def solid_i420(width: int, height: int, rgb: tuple[int, int, int]) -> np.ndarray:
    """A frame of one colour in I420, as `rgb_to_i420` makes it."""
    ycc = cv2.transform(np.array([[rgb]], np.uint8), MATRIX)[0, 0]
    buffer = np.empty(i420_size(width, height), np.uint8)
    for plane, level in zip(i420_planes(buffer, width, height), ycc, strict=True):
        plane[...] = level
    return buffer


def picture_planes(picture: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An RGB picture's luma at its own size and its chroma (Cb and Cr in two channels) at half
    that size, the 2x2 average: what a picture is warped from, plane by plane, each frame. Its
    sides must be even (a still is scaled to even sides, a moving clip read at its even box),
    or the chroma grid is not half the luma's."""
    ycc = cv2.transform(picture, MATRIX)
    half = (picture.shape[1] // 2, picture.shape[0] // 2)
    chroma = cv2.resize(ycc, half, interpolation=cv2.INTER_AREA)
    return cv2.extractChannel(ycc, 0), np.ascontiguousarray(chroma[:, :, 1:])


def draw_rgba(
    canvas: np.ndarray | I420Frame,
    rgba: np.ndarray,
    left: int,
    top: int,
    opacity: float = 1.0,
    kept: bool = True,
) -> None:
    """Blend straight-alpha `rgba` onto an RGB frame or an I420 one (see `I420Frame.blend`)."""
    if isinstance(canvas, I420Frame):
        canvas.blend(rgba, left, top, opacity, kept)
    else:
        blend_rgba(canvas, rgba, left, top, opacity)


def paste_planes(frame: I420Frame, planes: tuple[np.ndarray, ...], left: int, top: int) -> None:
    """Y, U and V planes (a box's and half of it) with their top-left at (left, top): even,
    and inside the frame."""
    height, width = planes[0].shape
    for plane, part, step in zip(frame.planes, planes, (1, 2, 2), strict=True):
        plane[top // step : (top + height) // step, left // step : (left + width) // step] = part
