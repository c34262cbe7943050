"""Alpha-blend a small RGBA image onto an RGB frame, touching only the pixels it covers."""

from __future__ import annotations

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
    shrunk = square and not rotation and scale < 1  # each pixel its area's mean, as always
    if shrunk or size[0] * size[1] <= frame_w * frame_h:  # made whole, as it always was
        if square and not rotation:
            method = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
            return cv2.resize(rgba, size, interpolation=method), left, top
        return _warp(rgba, matrix, size), left, top
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + size[0], frame_w), min(top + size[1], frame_h)
    if x0 >= x1 or y0 >= y1:
        return None
    matrix[:, 2] -= (x0 - left, y0 - top)
    # cv2.resize holds the edge pixels out to the picture's edge; a turned picture fades out
    edge = cv2.BORDER_REPLICATE if square and not rotation else cv2.BORDER_CONSTANT
    return _warp(rgba, matrix, (x1 - x0, y1 - y0), edge), x0, y0


def _warp(
    rgba: np.ndarray, matrix: np.ndarray, size: tuple[int, int], edge: int = cv2.BORDER_CONSTANT
) -> np.ndarray:
    """`rgba` through the forward `matrix` into `size`, transparent outside it."""
    return warp_affine(rgba, cv2.invertAffineTransform(matrix), size, edge)
