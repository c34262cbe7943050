"""RGB frames to the encoder's own format: planar YUV 4:2:0, BT.709 matrix, limited range.

Converting in the compose thread rather than in the encoder process halves the bytes through
the pipe (1.5 bytes a pixel instead of 3) and takes the conversion off x264's cores; OpenCV
does it in a few milliseconds a frame. `cv2.cvtColor(..., COLOR_RGB2YUV_I420)` would be quicker
still but uses the BT.601 matrix (yellows and skin shift in a BT.709 player), so the BT.709
matrix is applied with `cv2.transform`, and the chroma is taken from the 2x2 average of the
picture (a linear transform of the average is the average of the transforms).
"""

from __future__ import annotations

import cv2
import numpy as np

# BT.709: Y' = 0.2126 R + 0.7152 G + 0.0722 B; limited ("tv") range, 219 and 224 levels wide
_KR, _KB = 0.2126, 0.0722
_KG = 1 - _KR - _KB
_Y = np.array([_KR, _KG, _KB, 16 * 255 / 219]) * 219 / 255
_CB = np.array([-_KR / (1 - _KB), -_KG / (1 - _KB), 1, 256 * 255 / 224]) * 112 / 255
_CR = np.array([1, -_KG / (1 - _KR), -_KB / (1 - _KR), 256 * 255 / 224]) * 112 / 255
# three outputs from three inputs: OpenCV's fixed-point SIMD path (a 3->1 or 3->2 matrix takes
# the slow generic one, 3x longer)
MATRIX = np.stack([_Y, _CB, _CR])


def i420_size(width: int, height: int) -> int:
    """Bytes of one width x height frame in YUV 4:2:0 (even sizes)."""
    return width * height * 3 // 2


def rgb_to_i420(frame: np.ndarray) -> np.ndarray:
    """`frame` (H x W x 3 RGB uint8, even sizes) as one flat I420 buffer: Y, then U, then V."""
    height, width = frame.shape[:2]
    out = np.empty(i420_size(width, height), np.uint8)
    luma, quarter = width * height, width * height // 4
    cv2.extractChannel(cv2.transform(frame, MATRIX), 0, out[:luma].reshape(height, width))
    half = cv2.transform(
        cv2.resize(frame, (width // 2, height // 2), interpolation=cv2.INTER_AREA), MATRIX
    )
    for channel, start in ((1, luma), (2, luma + quarter)):
        plane = out[start : start + quarter].reshape(height // 2, width // 2)
        cv2.extractChannel(half, channel, plane)
    return out
