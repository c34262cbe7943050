"""Where the creator's own texts and stickers are drawn: the same sizes the compositor draws them
at, so the editor's handles, the snapping and preflight agree with the export to the pixel."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.core.platforms import Box
from studio.core.post.preflight import TextBox
from studio.core.render_plan import PlannedSticker, PlannedText, RenderPlan
from studio.media.sticker_picture import sticker_picture
from studio.media.text import TextRenderer

REFERENCE_WIDTH = 1080


@dataclass(frozen=True)
class ItemBox:
    """An item's centre and unturned size in canvas pixels, and its turn (degrees clockwise)."""

    cx: float
    cy: float
    width: float
    height: float
    rotation: float

    def bounds(self) -> Box:
        """The upright rectangle the turned item covers."""
        cos, sin = abs(np.cos(np.radians(self.rotation))), abs(np.sin(np.radians(self.rotation)))
        half_w = (cos * self.width + sin * self.height) / 2
        half_h = (sin * self.width + cos * self.height) / 2
        return Box(left=self.cx - half_w, top=self.cy - half_h, right=self.cx + half_w,
                   bottom=self.cy + half_h)  # fmt: skip


def item_box(item: PlannedText | PlannedSticker, width: int, height: int) -> ItemBox:
    """Where `item` is drawn on a `width` x `height` canvas (without animation)."""
    units = width / REFERENCE_WIDTH
    if isinstance(item, PlannedText):
        renderer = TextRenderer(item.style, units, item.font_path)
        w, h = renderer.measure(item.text, item.width * width)
        return ItemBox(item.x * width, item.y * height, float(w), float(h), item.rotation)
    picture = sticker_picture(item.image)
    factor = item.scale * units
    return ItemBox(item.x * width, item.y * height, picture.shape[1] * factor,
                   picture.shape[0] * factor, item.rotation)  # fmt: skip


def overlay_boxes(plan: RenderPlan) -> tuple[TextBox, ...]:
    """The creator's own texts and stickers where they are drawn, for preflight."""
    boxes = []
    for item in plan.overlays:
        label = item.text.replace("\n", " ")[:40] if isinstance(item, PlannedText) else (
            item.image.name)  # fmt: skip
        boxes.append(TextBox(label, item_box(item, plan.width, plan.height).bounds(), own=True))
    return tuple(boxes)
