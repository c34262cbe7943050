"""Alpha-blend a small RGBA image onto an RGB frame, touching only the pixels it covers."""

from __future__ import annotations

import numpy as np

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
    alpha = patch[..., 3:4].astype(np.uint16)
    if opacity < 1:
        alpha = ((alpha * round(opacity * 256)) >> 8).astype(np.uint16)
    region = frame[y0:y1, x0:x1]
    # integer blend: (fg*a + bg*(255-a) + 127) / 255, exact to within one level
    mixed = patch[..., :3].astype(np.uint16) * alpha + region.astype(np.uint16) * (255 - alpha)
    region[...] = ((mixed + 127) // 255).astype(np.uint8)
