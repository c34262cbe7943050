"""Mattes: a picture in front of another through an alpha mask, in OpenCV's 8-bit fixed point.

Keyers (green screen, remove-background) share these. With no background a keyer returns its
picture with the alpha as a fourth channel, and the layer composer draws it over the layers
below; every other filter and slot stays three-channel, so nothing else pays for alpha.
"""

from __future__ import annotations

import cv2
import numpy as np

Frame = np.ndarray


def over(front: Frame, behind: Frame, alpha: np.ndarray) -> Frame:
    """`front` where `alpha` is 255, `behind` where it is 0, mixed between (all uint8 RGB).

    OpenCV's saturating fixed-point multiply: 7 ms at 1080x1920, where numpy float takes 56."""
    weights = cv2.merge([alpha, alpha, alpha])
    near = cv2.multiply(front, weights, scale=1 / 255)
    far = cv2.multiply(behind, cv2.bitwise_not(weights), scale=1 / 255)
    mixed: Frame = cv2.add(near, far)
    return mixed


def with_alpha(picture: Frame, alpha: np.ndarray) -> Frame:
    """An RGBA frame: `picture`'s colours with `alpha` as its fourth channel."""
    rgba: Frame = cv2.merge([*cv2.split(picture), alpha])
    return rgba


def has_alpha(frame: Frame) -> bool:
    """True for an RGBA frame (a keyer's output with nothing behind it)."""
    return frame.ndim == 3 and frame.shape[2] == 4


def flatten(frame: Frame) -> Frame:
    """An RGBA frame over black, as RGB (where nothing is drawn below it)."""
    if not has_alpha(frame):
        return frame
    return over(np.ascontiguousarray(frame[..., :3]), np.zeros_like(frame[..., :3]),
                np.ascontiguousarray(frame[..., 3]))  # fmt: skip
