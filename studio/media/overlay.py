"""Alpha-blend a small RGBA image onto an RGB frame, touching only the pixels it covers."""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict

import cv2
import numpy as np

from studio.media.warp import warp_affine

Frame = np.ndarray


def blend_rgba(frame: Frame, rgba: np.ndarray, left: int, top: int, opacity: float = 1.0) -> None:
    """Draw straight-alpha `rgba` onto `frame` in place with its top-left at (left, top)."""
    if opacity <= 0:
        return
    height, width = frame.shape[:2]
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + rgba.shape[1], width), min(top + rgba.shape[0], height)
    if x0 >= x1 or y0 >= y1:
        return
    patch = rgba[y0 - top : y1 - top, x0 - left : x1 - left]
    region = frame[y0:y1, x0:x1]
    # OpenCV's fixed-function blend (fg*w + bg*(1-w), rounded): the same pixels as the integer
    # blend in numpy to within one level, at a third of its time (three blends a frame of REF-15
    # were a third of the compose thread)
    weight = cv2.extractChannel(patch, 3).astype(np.float32)
    weight *= min(opacity, 1.0) / 255
    region[...] = cv2.blendLinear(
        cv2.cvtColor(patch, cv2.COLOR_RGBA2RGB), region, weight, 1 - weight
    )


def posed_rgba(
    rgba: np.ndarray,
    scale: float,
    rotation: float,
    centre: tuple[float, float],
    frame_size: tuple[int, int],
    square: bool = False,
) -> tuple[np.ndarray, int, int] | None:
    """`rgba` scaled and turned `rotation` degrees about its centre, which lands on `centre`
    (frame pixels), and the top-left where it goes; None when none of it is inside the frame.

    The picture holding it is the rotated image's bounding box, or a square of its diagonal when
    `square` (format 1's texts and stickers, which also scale without rotation as `cv2.resize`
    does). One larger than the frame is made only where the frame shows it: a 12 MP sticker at
    scale 20, turned, was a 40 GB picture, and the creator's own sticker may be one."""
    h, w = rgba.shape[:2]
    if square and not rotation:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        step_x, step_y = size[0] / w, size[1] / h  # cv2.resize's map, pixel centres aligned
        matrix = np.array([[step_x, 0.0, 0.5 * step_x - 0.5], [0.0, step_y, 0.5 * step_y - 0.5]])
    else:
        cos, sin = abs(np.cos(np.radians(rotation))), abs(np.sin(np.radians(rotation)))
        if square:
            size = (int(np.ceil(np.hypot(w, h) * scale)) + 2,) * 2
        else:
            size = (int(np.ceil((cos * w + sin * h) * scale)) + 2,
                    int(np.ceil((sin * w + cos * h) * scale)) + 2)  # fmt: skip
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -rotation, scale)
        matrix[:, 2] += (size[0] / 2 - w / 2, size[1] / 2 - h / 2)
    left, top = round(centre[0] - size[0] / 2), round(centre[1] - size[1] / 2)
    frame_w, frame_h = frame_size
    # a picture far larger than it is shown is shrunk from its halving (a level), by under 2
    source, to_source = _level(rgba, scale)
    matrix = matrix @ to_source
    if size[0] * size[1] <= frame_w * frame_h:  # made whole, as it always was
        if square and not rotation:
            # each pixel its area's mean; from a level, which is already that, bilinear is enough
            area = scale < 1 and source is rgba
            method = cv2.INTER_AREA if area else cv2.INTER_LINEAR
            return cv2.resize(source, size, interpolation=method), left, top
        return _warp(source, matrix, size), left, top
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + size[0], frame_w), min(top + size[1], frame_h)
    if x0 >= x1 or y0 >= y1:
        return None
    matrix[:, 2] -= (x0 - left, y0 - top)
    # cv2.resize holds the edge pixels out to the picture's edge; a turned picture fades out
    edge = cv2.BORDER_REPLICATE if square and not rotation else cv2.BORDER_CONSTANT
    return _warp(source, matrix, (x1 - x0, y1 - y0), edge), x0, y0


def _warp(
    rgba: np.ndarray, matrix: np.ndarray, size: tuple[int, int], edge: int = cv2.BORDER_CONSTANT
) -> np.ndarray:
    """`rgba` through the forward `matrix` into `size`, transparent outside it."""
    return warp_affine(rgba, cv2.invertAffineTransform(matrix), size, edge)


# A picture far larger than it is shown (a creator's 12 MP photo as a sticker at a tenth) is
# shrunk from its halvings, kept while it is shown: resized whole from the full picture it
# cost 12-60 ms a frame (and 34-136 ms for 36 MP), and turned, a bilinear warp read 4 of every
# 100 pixels, so fine detail sparkled. Smaller pictures are shrunk from themselves, as always.
LEVELS_FROM_PIXELS = 1_000_000
LEVELS_BUDGET = 128_000_000  # bytes of halvings kept, the newest pictures' first (36 MP: 48 MB)
_levels: OrderedDict[int, tuple[weakref.ref[np.ndarray], list[np.ndarray]]] = OrderedDict()
_levels_lock = threading.Lock()


def _level(rgba: np.ndarray, scale: float, lowest: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """The halving of `rgba` to shrink by `scale` from, the fewest halvings that leave a scale
    over `lowest` (a shrink by exactly half is the first halving itself, copied); and the 3x3
    map from that picture's pixels to `rgba`'s."""
    if rgba.shape[0] * rgba.shape[1] < LEVELS_FROM_PIXELS or scale > lowest:
        return rgba, np.eye(3)
    with _levels_lock:
        entry = _levels.get(id(rgba))
        if entry is None or entry[0]() is not rgba:  # an id is reused once its picture is gone
            entry = _levels[id(rgba)] = (weakref.ref(rgba), [])
        _levels.move_to_end(id(rgba))
        halvings = entry[1]
        picture = rgba
        for depth in range(64):
            if scale > lowest or min(picture.shape[:2]) < 4:
                break
            if depth == len(halvings):
                half = (picture.shape[1] // 2, picture.shape[0] // 2)
                halvings.append(cv2.resize(picture, half, interpolation=cv2.INTER_AREA))
            picture = halvings[depth]
            scale *= 2
        for gone in [key for key, (picture_ref, _) in _levels.items() if picture_ref() is None]:
            del _levels[gone]  # its picture is freed: nothing will ask for these again
        kept = sum(level.nbytes for _, levels in _levels.values() for level in levels)
        while kept > LEVELS_BUDGET and len(_levels) > 1:
            kept -= sum(level.nbytes for level in _levels.popitem(last=False)[1][1])
    step_x, step_y = rgba.shape[1] / picture.shape[1], rgba.shape[0] / picture.shape[0]
    # a level pixel x sits at (x + 0.5) * step - 0.5 in the full picture (cv2.resize's map)
    to_full = np.array(
        [[step_x, 0.0, 0.5 * step_x - 0.5], [0.0, step_y, 0.5 * step_y - 0.5], [0.0, 0.0, 1.0]]
    )
    return picture, to_full
