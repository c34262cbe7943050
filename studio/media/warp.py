"""An affine warp that reads only the part of the picture its output samples.

cv2.warpAffine refuses a source with a side of 32,767 pixels or more (a panorama, a strip), and
a window into a picture grown past the frame needs only a few of its pixels; so the source is
cropped to what the output samples (a bilinear sample reads two pixels across, hence the
margin), and a crop still too large (a huge picture shrunk whole) is first averaged down.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

SIDE_LIMIT = 32_000  # under cv2.warpAffine's SHRT_MAX (32,767) for a source's side
MARGIN = 2


def warp_affine(
    picture: np.ndarray,
    inverse: np.ndarray,
    size: tuple[int, int],
    edge: int = cv2.BORDER_CONSTANT,
) -> np.ndarray:
    """`cv2.warpAffine(picture, inverse, size, INTER_LINEAR | WARP_INVERSE_MAP, edge)`, with a
    transparent (zero) outside for BORDER_CONSTANT: `inverse` maps output pixels to picture
    pixels."""
    height, width = picture.shape[:2]
    corners = np.array([[0, size[0], 0, size[0]], [0, 0, size[1], size[1]], [1, 1, 1, 1]], float)
    xs, ys = inverse @ corners
    x0 = min(max(0, math.floor(xs.min()) - MARGIN), width - 1)
    y0 = min(max(0, math.floor(ys.min()) - MARGIN), height - 1)
    x1 = max(min(width, math.ceil(xs.max()) + MARGIN + 1), x0 + 1)
    y1 = max(min(height, math.ceil(ys.max()) + MARGIN + 1), y0 + 1)
    crop = picture[y0:y1, x0:x1]
    shifted = inverse.astype(float)
    shifted[:, 2] -= (x0, y0)
    if max(crop.shape[:2]) > SIDE_LIMIT:  # still huge: shrunk whole, each pixel its area's mean
        factor = math.ceil(max(crop.shape[:2]) / SIDE_LIMIT)
        small = (max(1, crop.shape[1] // factor), max(1, crop.shape[0] // factor))
        step_x, step_y = small[0] / crop.shape[1], small[1] / crop.shape[0]
        crop = cv2.resize(crop, small, interpolation=cv2.INTER_AREA)
        # a crop pixel x sits at (x + 0.5) * step - 0.5 in the averaged one (cv2.resize's map)
        shifted = np.array(
            [[step_x, 0.0, 0.5 * step_x - 0.5], [0.0, step_y, 0.5 * step_y - 0.5]]
        ) @ (np.vstack([shifted, [0.0, 0.0, 1.0]]))
    warped: np.ndarray = cv2.warpAffine(
        np.ascontiguousarray(crop), shifted, size, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=edge, borderValue=(0, 0, 0, 0),
    )  # fmt: skip
    return warped
