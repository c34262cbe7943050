"""Transitions between two pictures: a crossfade, a slide or a zoom, `progress` of the way.

A module of its own because both the format-1 compositor and the layered composer draw them.
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.media.decode import Frame


def transition_frame(kind: str, below: Frame, above: Frame, progress: float) -> Frame:
    """The picture `progress` (0-1) of the way from `below` to `above`."""
    p = min(max(progress, 0.0), 1.0)
    height, width = below.shape[:2]
    if kind == "slide_left":
        return _slide(below, above, round(width * (1 - p)), axis=1)
    if kind == "slide_up":
        return _slide(below, above, round(height * (1 - p)), axis=0)
    if kind == "zoom":
        zoom = 1 + 0.5 * p
        crop_w, crop_h = round(width / zoom), round(height / zoom)
        x, y = (width - crop_w) // 2, (height - crop_h) // 2
        zoomed = cv2.resize(below[y : y + crop_h, x : x + crop_w], (width, height))
        return cv2.addWeighted(zoomed, 1 - p, above, p, 0)
    return cv2.addWeighted(below, 1 - p, above, p, 0)


def _slide(below: Frame, above: Frame, offset: int, axis: int) -> Frame:
    """`above` pushes in from the right (axis 1) or bottom (axis 0), `offset` pixels from rest."""
    out = np.empty_like(below)
    size = below.shape[axis]
    offset = min(max(offset, 0), size)
    lead = [slice(None)] * 3
    tail = [slice(None)] * 3
    lead[axis], tail[axis] = slice(0, offset), slice(offset, size)
    src_lead = [slice(None)] * 3
    src_tail = [slice(None)] * 3
    src_lead[axis], src_tail[axis] = slice(size - offset, size), slice(0, size - offset)
    out[tuple(lead)] = below[tuple(src_lead)]
    out[tuple(tail)] = above[tuple(src_tail)]
    return out
