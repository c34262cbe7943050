"""Where a v2 slot, sticker or shape sits: a region of the canvas, a layer, a mask and a border.

Named layouts cover the common cases (full frame, split halves, picture-in-picture corners, a 2x2
grid) so a designer rarely writes numbers; `region` gives exact fractions when they must.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from studio.core.template.schema import Colour, Fraction, StrictModel

LayoutName = Literal[
    "full",
    "top",
    "bottom",
    "left",
    "right",
    "pip-top-left",
    "pip-top-right",
    "pip-bottom-left",
    "pip-bottom-right",
    "grid-1",
    "grid-2",
    "grid-3",
    "grid-4",
]

PIP_SIZE = 0.36  # a corner picture is this share of the canvas width and height
PIP_MARGIN = 0.05
# the lower picture-in-picture corners sit above the platforms' caption and buttons
PIP_BOTTOM_MARGIN = 0.2


class Region(StrictModel):
    """A rectangle of the canvas, every number a fraction of the canvas width or height."""

    x: Fraction = Field(default=0.0, description="left edge, fraction of canvas width")
    y: Fraction = Field(default=0.0, description="top edge, fraction of canvas height")
    w: Annotated[float, Field(gt=0, le=1)] = Field(
        default=1.0, description="width, fraction of canvas width"
    )
    h: Annotated[float, Field(gt=0, le=1)] = Field(
        default=1.0, description="height, fraction of canvas height"
    )

    @model_validator(mode="after")
    def _inside(self) -> Region:
        if self.x + self.w > 1 + 1e-9 or self.y + self.h > 1 + 1e-9:
            raise ValueError("the region reaches past the canvas edge (x + w and y + h <= 1)")
        return self

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """Left, top, width and height in pixels on a `width` x `height` canvas (even sizes)."""
        left, top = round(self.x * width), round(self.y * height)
        right, bottom = round((self.x + self.w) * width), round((self.y + self.h) * height)
        return left, top, max(2, right - left), max(2, bottom - top)

    def overlaps(self, other: Region) -> bool:
        """True when the two rectangles share some area."""
        return (
            self.x < other.x + other.w - 1e-9
            and other.x < self.x + self.w - 1e-9
            and self.y < other.y + other.h - 1e-9
            and other.y < self.y + self.h - 1e-9
        )


FULL = Region()

NAMED_LAYOUTS: dict[str, Region] = {
    "full": FULL,
    "top": Region(h=0.5),
    "bottom": Region(y=0.5, h=0.5),
    "left": Region(w=0.5),
    "right": Region(x=0.5, w=0.5),
    "pip-top-left": Region(x=PIP_MARGIN, y=PIP_MARGIN + 0.05, w=PIP_SIZE, h=PIP_SIZE * 9 / 16),
    "pip-top-right": Region(
        x=1 - PIP_MARGIN - PIP_SIZE, y=PIP_MARGIN + 0.05, w=PIP_SIZE, h=PIP_SIZE * 9 / 16
    ),
    "pip-bottom-left": Region(
        x=PIP_MARGIN, y=1 - PIP_BOTTOM_MARGIN - PIP_SIZE * 9 / 16, w=PIP_SIZE, h=PIP_SIZE * 9 / 16
    ),
    "pip-bottom-right": Region(
        x=1 - PIP_MARGIN - PIP_SIZE,
        y=1 - PIP_BOTTOM_MARGIN - PIP_SIZE * 9 / 16,
        w=PIP_SIZE,
        h=PIP_SIZE * 9 / 16,
    ),
    "grid-1": Region(w=0.5, h=0.5),
    "grid-2": Region(x=0.5, w=0.5, h=0.5),
    "grid-3": Region(y=0.5, w=0.5, h=0.5),
    "grid-4": Region(x=0.5, y=0.5, w=0.5, h=0.5),
}


class Mask(StrictModel):
    """The shape a picture is cut to inside its region."""

    shape: Literal["rounded", "circle"] = Field(
        description="rounded: a rectangle with rounded corners; circle: the largest circle "
        "(ellipse) inside the region"
    )
    radius: Fraction = Field(
        default=0.12,
        description="rounded corners' radius, as a fraction of the region's shorter side",
    )


class Border(StrictModel):
    """A line drawn around a region, following its mask."""

    width: Annotated[int, Field(ge=1, le=60)] = Field(
        default=6, description="line width in pixels on a 1080-wide canvas"
    )
    color: Colour = Field(default="#FFFFFF", description="line colour")


class Placement(StrictModel):
    """The v2 fields that place something on the canvas; mixed into slots, stickers, shapes."""

    layout: LayoutName | None = Field(
        default=None, description="a named region; give `layout` or `region`, not both"
    )
    region: Region | None = Field(
        default=None, description="an exact region; without it and `layout`, the full frame"
    )
    layer: Annotated[int, Field(ge=-100, le=100)] = Field(
        default=0, description="z-order: higher layers draw over lower ones"
    )
    mask: Mask | None = Field(default=None, description="cut the picture to this shape")
    border: Border | None = Field(default=None, description="a line around the region")

    @model_validator(mode="after")
    def _layout_or_region(self) -> Placement:
        if self.layout is not None and self.region is not None:
            raise ValueError("give layout or region, not both")
        return self

    def resolved_region(self) -> Region:
        """The region this item occupies (the full frame when none is given)."""
        if self.region is not None:
            return self.region
        return NAMED_LAYOUTS[self.layout or "full"]
