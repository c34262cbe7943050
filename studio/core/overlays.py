"""The creator's own words and stickers on the video (not the template's): where each sits on the
1080x1920 frame (fractions of it, the centre), how large, turned how far, from when to when.

Frozen pydantic items saved in the draft; `core/project/overlay_commands.py` edits them and
`core/fill_overlays.py` places them in the render plan, drawn over everything the template draws.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from studio.core.template.schema import Colour

Fraction = Annotated[float, Field(ge=-0.5, le=1.5)]  # a little off the frame is allowed
TextLook = Literal["outline", "box", "plain"]


class OwnItem(BaseModel):
    """What a text and a sticker share: place, size, turn and time."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False, extra="forbid")

    id: Annotated[str, Field(min_length=1, max_length=40)]
    x: Fraction = 0.5  # the centre, as a fraction of the frame's width
    y: Fraction = 0.5  # ... and height
    scale: Annotated[float, Field(gt=0, le=20)] = 1.0
    rotation: Annotated[float, Field(ge=-360, le=360)] = 0.0  # degrees, clockwise
    start: Annotated[float, Field(ge=0)] = 0.0
    end: Annotated[float, Field(gt=0)] | None = None  # None: to the end of the video


class OwnText(OwnItem):
    """Words of the creator's own, in a font of the template's or a bundled one."""

    kind: Literal["text"] = "text"
    text: Annotated[str, Field(max_length=500)] = ""
    font: Annotated[str, Field(min_length=1, max_length=60)] = "Inter-Black"
    size: Annotated[int, Field(ge=8, le=400)] = 80  # pixels on the 1080-wide frame, at scale 1
    color: Colour = "#FFFFFF"
    look: TextLook = "outline"
    accent: Colour = "#000000"  # the outline's or the box's colour


class OwnSticker(OwnItem):
    """A picture of the creator's own or a bundled one (PNG, GIF, WebP; animated ones play)."""

    kind: Literal["sticker"] = "sticker"
    path: Annotated[str, Field(min_length=1, max_length=4096)]


OwnOverlay = Annotated[OwnText | OwnSticker, Field(discriminator="kind")]

# a few looks a creator picks from: the fields each sets on a text
TEXT_PRESETS: dict[str, dict[str, object]] = {
    "classic": {"font": "Inter-Black", "color": "#FFFFFF", "look": "outline", "accent": "#000000"},
    "label": {"font": "Inter-Bold", "color": "#111111", "look": "box", "accent": "#FFFFFF"},
    "highlight": {"font": "Inter-Black", "color": "#111111", "look": "box", "accent": "#FFE14D"},
    "clean": {"font": "Inter-Bold", "color": "#FFFFFF", "look": "plain", "accent": "#000000"},
}


def new_overlay_id(existing: list[str], kind: str) -> str:
    """The first free `text-N` or `sticker-N` id."""
    number = 1
    while f"{kind}-{number}" in existing:
        number += 1
    return f"{kind}-{number}"
