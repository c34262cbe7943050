"""Fitting a picture to a slot in numpy: cropped to cover, contained on a blurred copy, or
framed on its main face. Photos and animations use it; clips are fitted by their decoder."""

from __future__ import annotations

import cv2
import numpy as np

from studio.media.decode import Frame
from studio.media.faces import detect_faces


def follow_window(frame: Frame, centre: float, window_width: int) -> Frame:
    """The `window_width`-wide part of `frame` centred on `centre`, kept inside the frame (a
    photo framed on its face here, a clip following its face in `slot_source`)."""
    width = frame.shape[1]
    left = int(np.clip(round(centre * width - window_width / 2), 0, width - window_width))
    return np.ascontiguousarray(frame[:, left : left + window_width])


def fit_image(image: np.ndarray, width: int, height: int, fit: str) -> Frame:
    """A picture fitted to width x height: cropped to cover, or contained on a blurred copy."""
    h, w = image.shape[:2]
    cover = max(width / w, height / h)
    if fit != "contain":
        size = (max(width, round(w * cover)), max(height, round(h * cover)))
        method = cv2.INTER_AREA if cover < 1 else cv2.INTER_LINEAR
        scaled = cv2.resize(image, size, interpolation=method)
        faces = detect_faces(image) if fit == "follow" and size[0] > width else []
        top = (scaled.shape[0] - height) // 2
        if faces:  # a photo in a follow slot is framed on its main face
            return follow_window(scaled[top : top + height], faces[0].cx, width)
        left = (scaled.shape[1] - width) // 2
        return np.ascontiguousarray(scaled[top : top + height, left : left + width])
    background = fit_image(cv2.resize(image, (max(1, w // 8), max(1, h // 8))), width // 8 or 1,
                           height // 8 or 1, "cover")  # fmt: skip
    background = cv2.resize(cv2.GaussianBlur(background, (0, 0), 4), (width, height))
    contain = min(width / w, height / h)
    fg_w, fg_h = max(1, round(w * contain)), max(1, round(h * contain))
    foreground = cv2.resize(image, (fg_w, fg_h), interpolation=cv2.INTER_AREA)
    top, left = (height - fg_h) // 2, (width - fg_w) // 2
    background[top : top + fg_h, left : left + fg_w] = foreground
    return background
