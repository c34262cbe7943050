"""Fitting a picture to a slot in numpy: cropped to cover, contained on a blurred copy, or
framed on its main face. Photos and animations use it; clips are fitted by their decoder."""

from __future__ import annotations

import cv2
import numpy as np

from studio.media.decode import Frame
from studio.media.faces import detect_faces
from studio.media.warp import warp_affine


def follow_window(frame: Frame, centre: float, window_width: int) -> Frame:
    """The `window_width`-wide part of `frame` centred on `centre`, kept inside the frame (a
    photo framed on its face here, a clip following its face in `slot_source`)."""
    width = frame.shape[1]
    left = int(np.clip(round(centre * width - window_width / 2), 0, width - window_width))
    return np.ascontiguousarray(frame[:, left : left + window_width])


def fit_image(image: np.ndarray, width: int, height: int, fit: str) -> Frame:
    """A picture fitted to width x height: cropped to cover, or contained on a blurred copy."""
    if fit != "contain":
        return _cover(image, width, height, fit == "follow")
    h, w = image.shape[:2]
    background = fit_image(cv2.resize(image, (max(1, w // 8), max(1, h // 8))), width // 8 or 1,
                           height // 8 or 1, "cover")  # fmt: skip
    background = cv2.resize(cv2.GaussianBlur(background, (0, 0), 4), (width, height))
    contain = min(width / w, height / h)
    fg_w, fg_h = max(1, round(w * contain)), max(1, round(h * contain))
    foreground = cv2.resize(image, (fg_w, fg_h), interpolation=cv2.INTER_AREA)
    top, left = (height - fg_h) // 2, (width - fg_w) // 2
    background[top : top + fg_h, left : left + fg_w] = foreground
    return background


def _cover(image: np.ndarray, width: int, height: int, follow: bool) -> Frame:
    """`image` scaled to cover width x height and cropped to it: centred, or on its main face
    when `follow`."""
    h, w = image.shape[:2]
    cover = max(width / w, height / h)
    size = (max(width, round(w * cover)), max(height, round(h * cover)))
    top, left = (size[1] - height) // 2, (size[0] - width) // 2
    faces = detect_faces(image) if follow and size[0] > width else []
    if faces:  # a photo in a follow slot is framed on its main face
        left = int(np.clip(round(faces[0].cx * size[0] - width / 2), 0, size[0] - width))
    if cover < 1:  # smaller than the image: scaled whole, each pixel an average of its area
        scaled = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        return np.ascontiguousarray(scaled[top : top + height, left : left + width])
    # larger: only the window is made, sampled where cv2.resize would sample it; scaling the
    # whole first made a 641x1 strip covering 1080x1920 a 1,230,720 x 1920 picture (7 GB)
    step_x, step_y = w / size[0], h / size[1]
    inverse = np.array([[step_x, 0.0, (left + 0.5) * step_x - 0.5],
                        [0.0, step_y, (top + 0.5) * step_y - 0.5]])  # fmt: skip
    return warp_affine(image, inverse, (width, height), cv2.BORDER_REPLICATE)
