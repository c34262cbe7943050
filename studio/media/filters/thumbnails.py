"""Every look applied to one small frame: the pictures of the filter strip."""

from __future__ import annotations

import cv2

from studio.media.filters.base import Frame, build_filter
from studio.media.filters.looks import look_names


def look_thumbnails(frame: Frame, width: int = 96) -> dict[str, Frame]:
    """Look name to a `width`-wide copy of `frame` in that look (plus "none", unfiltered)."""
    height = max(1, round(frame.shape[0] * width / frame.shape[1]))
    small = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
    thumbnails = {"none": small}
    thumbnails.update({name: build_filter(name).apply(small, 0.0) for name in look_names()})
    return thumbnails
