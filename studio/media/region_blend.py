"""Drawing a layer's picture into its region of an RGB frame: opaque, through a mask and an
opacity, or keyed (its own alpha), clipped to the frame."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from studio.media.decode import Frame
from studio.media.filters.matte import over


@dataclass(frozen=True)
class Box:
    """A region in pixels."""

    left: int
    top: int
    width: int
    height: int


def blend_rgb(
    frame: Frame, picture: Frame, box: Box, alpha: np.ndarray | None, opacity: float
) -> None:
    """Draw an RGB picture of the box's size into `frame` through `alpha` (None: opaque)."""
    height, width = frame.shape[:2]
    x0, y0 = max(box.left, 0), max(box.top, 0)
    x1, y1 = min(box.left + box.width, width), min(box.top + box.height, height)
    if x0 >= x1 or y0 >= y1 or opacity <= 0:
        return
    patch = picture[y0 - box.top : y1 - box.top, x0 - box.left : x1 - box.left]
    if alpha is None and opacity >= 1:
        frame[y0:y1, x0:x1] = patch
        return
    weight = np.full((*patch.shape[:2], 1), 255, np.uint16)
    if alpha is not None:
        weight = alpha[y0 - box.top : y1 - box.top, x0 - box.left : x1 - box.left, None].astype(
            np.uint16
        )
    if opacity < 1:
        weight = (weight * round(opacity * 256)) >> 8
    region = frame[y0:y1, x0:x1]
    mixed = patch.astype(np.uint16) * weight + region.astype(np.uint16) * (255 - weight)
    region[...] = ((mixed + 127) // 255).astype(np.uint8)


def blend_keyed(
    frame: Frame, rgba: Frame, box: Box, shape: np.ndarray | None, opacity: float
) -> None:
    """Draw a keyed RGBA picture of the box's size into `frame` through its own alpha, cut to
    `shape` (None: the whole box), in OpenCV's fixed point (a full frame in ~7 ms)."""
    height, width = frame.shape[:2]
    x0, y0 = max(box.left, 0), max(box.top, 0)
    x1, y1 = min(box.left + box.width, width), min(box.top + box.height, height)
    if x0 >= x1 or y0 >= y1 or opacity <= 0:
        return
    inside = (slice(y0 - box.top, y1 - box.top), slice(x0 - box.left, x1 - box.left))
    red, green, blue, alpha = cv2.split(rgba[inside])
    if shape is not None:
        alpha = cv2.multiply(alpha, np.ascontiguousarray(shape[inside]), scale=1 / 255)
    if opacity < 1:
        alpha = cv2.convertScaleAbs(alpha, alpha=opacity)
    region = frame[y0:y1, x0:x1]
    region[...] = over(cv2.merge([red, green, blue]), np.ascontiguousarray(region), alpha)
