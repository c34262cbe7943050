"""Where a picture of a given aspect sits, as large as it fits and centred, inside a widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF


def aspect_rect(width: float, height: float, aspect_w: float, aspect_h: float) -> QRectF:
    """The largest `aspect_w`:`aspect_h` rectangle centred in `width` x `height`."""
    if width * aspect_h > height * aspect_w:
        shown = height * aspect_w / aspect_h
        return QRectF((width - shown) / 2, 0, shown, height)
    shown = width * aspect_h / aspect_w
    return QRectF(0, (height - shown) / 2, width, shown)
