"""Stickers' pixels, opened as the render opens them and kept while the file stays the same."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from studio.media.picture import load_picture_rgba


def sticker_picture(path: Path | str) -> np.ndarray:
    """A sticker's RGBA pixels (lint opens them this way too); kept per version of the file, so a
    sticker saved again (the template preview) is read again."""
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        stamp = 0  # the opener names the problem
    return _sticker_rgba(str(path), stamp)


@lru_cache(maxsize=64)
def _sticker_rgba(path: str, stamp: int) -> np.ndarray:
    return load_picture_rgba(path)  # its declared size checked before it is decoded
