"""An image's size from its header, without decoding it (to refuse decompression bombs)."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

from PIL import Image

# Pillow's limit is one global: lifting and restoring it from two threads at once could leave it
# lifted for good. (Our own picture opener checks the declared size itself, whatever this says.)
_LIMIT_LOCK = threading.Lock()


def image_size(path: Path) -> tuple[int, int]:
    """(width, height) as the file declares them; raises when it is not an image Pillow reads."""
    with warnings.catch_warnings(), _LIMIT_LOCK:
        # Pillow warns (or raises past twice its limit) about huge images on open; the caller
        # compares the size with its own, lower limit, so the size is all that is wanted here.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        limit = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            with Image.open(path) as image:
                width, height = image.size
                return int(width), int(height)
        finally:
            Image.MAX_IMAGE_PIXELS = limit
