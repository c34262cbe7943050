"""Where the creator's own texts and stickers are drawn: the same sizes the compositor draws them
at, so the editor's handles, the snapping and preflight agree with the export to the pixel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.core.overlay_spec import read_spec, sticker_from_spec, text_from_spec
from studio.core.overlays import OwnSticker, OwnText
from studio.core.platforms import Box
from studio.core.post.preflight import TextBox
from studio.core.render_plan import PlannedSticker, PlannedText, RenderPlan
from studio.core.template.schema import REFERENCE_WIDTH
from studio.media.picture import inspect_picture
from studio.media.sticker_picture import sticker_picture
from studio.media.text import TextRenderer


@dataclass(frozen=True)
class ItemBox:
    """An item's centre and unturned size in canvas pixels, and its turn (degrees clockwise)."""

    cx: float
    cy: float
    width: float
    height: float
    rotation: float

    def corners(self) -> list[tuple[float, float]]:
        """Top left, top right, bottom right, bottom left, turned with the item."""
        half_w, half_h = self.width / 2, self.height / 2
        points = []
        for x, y in ((-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)):
            dx, dy = turned(x, y, self.rotation)
            points.append((self.cx + dx, self.cy + dy))
        return points

    def contains(self, x: float, y: float) -> bool:
        """True when (x, y), in canvas pixels, is on the turned item."""
        along, across = turned(x - self.cx, y - self.cy, -self.rotation)
        return abs(along) <= self.width / 2 and abs(across) <= self.height / 2

    def bounds(self) -> Box:
        """The upright rectangle the turned item covers."""
        cos, sin = abs(np.cos(np.radians(self.rotation))), abs(np.sin(np.radians(self.rotation)))
        half_w = (cos * self.width + sin * self.height) / 2
        half_h = (sin * self.width + cos * self.height) / 2
        return Box(left=self.cx - half_w, top=self.cy - half_h, right=self.cx + half_w,
                   bottom=self.cy + half_h)  # fmt: skip


def turned(x: float, y: float, degrees: float) -> tuple[float, float]:
    """(x, y) turned clockwise on screen (y points down), as the compositor turns pictures."""
    angle = np.radians(degrees)
    cos, sin = float(np.cos(angle)), float(np.sin(angle))
    return x * cos - y * sin, x * sin + y * cos


def item_box(item: PlannedText | PlannedSticker, width: int, height: int) -> ItemBox:
    """Where `item` is drawn on a `width` x `height` canvas (without animation)."""
    units = width / REFERENCE_WIDTH
    if isinstance(item, PlannedText) and item.box is not None:  # fitted inside its box (v2)
        return ItemBox(item.x * width, item.y * height, item.box.w * width,
                       item.box.h * height, item.rotation)  # fmt: skip
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


STICKER_SIDE = 360  # a new sticker's longer side, in pixels of the 1080-wide frame


def fitted_sticker_scale(path: Path | str) -> float:
    """The scale that gives a sticker picture a longer side of STICKER_SIDE pixels; MediaError
    (one line naming the file) for a picture that cannot be a sticker, checked before decoding."""
    info = inspect_picture(path)
    return round(STICKER_SIDE / max(info.width, info.height, 1), 4)


def own_items_from_specs(texts: list[str], stickers: list[str], base: Path | None = None,
                         taken: tuple[str, ...] = ()) -> list[OwnText | OwnSticker]:  # fmt: skip
    """Own texts and stickers from one-line specs (`core/overlay_spec.py`); a sticker's file is
    relative to `base`; ids are new beside `taken`. ValueError or MediaError says what is wrong,
    in one line."""
    items: list[OwnText | OwnSticker] = []
    for spec in texts:
        items.append(text_from_spec(spec, [*taken, *(i.id for i in items)]))
    for spec in stickers:
        file = read_spec(spec).what.strip()
        path = (base / Path(file).expanduser()).absolute() if base else Path(file).absolute()
        scale = fitted_sticker_scale(path)
        sticker = sticker_from_spec(spec, [*taken, *(i.id for i in items)], scale)
        items.append(sticker.model_copy(update={"path": str(path)}))
    return items
