"""Coverage masks for v2 regions: rounded rectangles, circles (ellipses) and their borders,
antialiased by signed distance, computed once per item size and cached."""

from __future__ import annotations

from functools import lru_cache

import numpy as np


def _signed_distance(width: int, height: int, shape: str | None, radius: float) -> np.ndarray:
    """Pixels from each pixel centre to the outline: negative inside, positive outside."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    px = np.abs(xs + 0.5 - width / 2)
    py = np.abs(ys + 0.5 - height / 2)
    half_w, half_h = width / 2, height / 2
    if shape == "circle":
        a, b = half_w, half_h
        norm = np.sqrt((px / a) ** 2 + (py / b) ** 2)
        distance: np.ndarray = (norm - 1) * min(a, b)
        return distance
    r = min(max(radius, 0.0), 0.5) * min(width, height) if shape == "rounded" else 0.0
    qx = px - (half_w - r)
    qy = py - (half_h - r)
    outside = np.hypot(np.maximum(qx, 0), np.maximum(qy, 0))
    inside = np.minimum(np.maximum(qx, qy), 0)
    result: np.ndarray = outside + inside - r
    return result


# masks kept per size: a template's shaped regions at the preview's and the export's size fit;
# resizing an item by dragging makes a new size each step, and a full-frame mask is 2 MB
KEPT_MASKS = 32


@lru_cache(maxsize=KEPT_MASKS)
def coverage(width: int, height: int, shape: str | None, radius: float) -> np.ndarray:
    """uint8 alpha (0-255) of the shape filling a width x height box."""
    distance = _signed_distance(width, height, shape, radius)
    alpha = np.clip(0.5 - distance, 0, 1) * 255
    result: np.ndarray = (alpha + 0.5).astype(np.uint8)
    result.flags.writeable = False
    return result


@lru_cache(maxsize=KEPT_MASKS)
def border_coverage(
    width: int, height: int, shape: str | None, radius: float, line: int
) -> np.ndarray:
    """uint8 alpha of a `line`-pixel border running just inside the shape's outline."""
    distance = _signed_distance(width, height, shape, radius)
    alpha = np.clip(0.5 - distance, 0, 1) * np.clip(distance + line + 0.5, 0, 1) * 255
    result: np.ndarray = (alpha + 0.5).astype(np.uint8)
    result.flags.writeable = False
    return result


def _own_alpha(colour: str) -> int:
    """The alpha of #RRGGBBAA, 255 for #RRGGBB."""
    value = colour.lstrip("#")
    return int(value[6:8], 16) if len(value) == 8 else 255


def opaque_colour(colour: str) -> bool:
    """Whether a #RRGGBB or #RRGGBBAA colour covers what is under it."""
    return _own_alpha(colour) == 255


def solid_rgba(width: int, height: int, colour: str, alpha: np.ndarray) -> np.ndarray:
    """An RGBA image of one colour (#RRGGBB or #RRGGBBAA) through the coverage `alpha`."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    own = _own_alpha(colour)
    out = np.empty((height, width, 4), np.uint8)
    out[..., :3] = rgb
    out[..., 3] = (alpha.astype(np.uint16) * own + 127) // 255
    return out


def rgba_over(front: np.ndarray, behind: np.ndarray) -> np.ndarray:
    """Straight-alpha `front` drawn over straight-alpha `behind` (same size): one picture, so a
    border and what it surrounds move and fade as one."""
    top = front[..., 3:4].astype(np.float32) / 255
    below = behind[..., 3:4].astype(np.float32) / 255 * (1 - top)
    alpha = top + below
    colour = (front[..., :3] * top + behind[..., :3] * below) / np.maximum(alpha, 1e-6)
    out = np.empty_like(front)
    out[..., :3] = np.clip(colour + 0.5, 0, 255).astype(np.uint8)
    out[..., 3] = np.clip(alpha[..., 0] * 255 + 0.5, 0, 255).astype(np.uint8)
    return out
