"""The v2 parts of a render plan: where each item sits (region, layer, mask, border), how it
moves (motion resolved to seconds), shapes, a fitted text box, the look and the ducking.

Everything is in seconds and canvas fractions; the compositor never sees beats or templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.timeline import Span


@dataclass(frozen=True)
class PlannedPlacement:
    """A region of the canvas (fractions), its layer, mask and border."""

    x: float = 0.0
    y: float = 0.0
    w: float = 1.0
    h: float = 1.0
    layer: int = 0
    mask: str | None = None  # "rounded" or "circle"
    radius: float = 0.0  # fraction of the region's shorter side
    border_width: int = 0  # pixels on a 1080-wide canvas
    border_color: str = "#FFFFFF"

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """Left, top, width and height in pixels (sizes even, at least 2)."""
        left, top = round(self.x * width), round(self.y * height)
        right, bottom = round((self.x + self.w) * width), round((self.y + self.h) * height)
        return left, top, max(2, (right - left) // 2 * 2), max(2, (bottom - top) // 2 * 2)


@dataclass(frozen=True)
class PlannedKeyframe:
    """A pose at `at` seconds from the item's start; `easing` leads into it."""

    at: float
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0
    rotation: float = 0.0
    opacity: float = 1.0
    easing: str = "linear"
    bezier: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class PlannedMotion:
    """Keyframes or a preset over an item's life of `length` seconds."""

    length: float
    keyframes: tuple[PlannedKeyframe, ...] = ()
    preset: str | None = None
    amount: float = 0.15
    beats: tuple[float, ...] = ()  # seconds from the item's start (punch-in)

    def max_scale(self) -> float:
        """The largest scale the motion reaches: a still is scaled once to this much."""
        if self.preset in ("ken-burns-in", "ken-burns-out", "pan-left", "pan-right", "punch-in"):
            return 1 + self.amount
        if self.preset == "shake":
            return 1 + self.amount * 0.5
        return max((k.scale for k in self.keyframes), default=1.0)


@dataclass(frozen=True)
class PlannedShape:
    """A filled shape on its layer for its time."""

    id: str
    shape: str  # "rect", "rounded" or "circle"
    fill: str
    opacity: float
    radius: float
    placement: PlannedPlacement
    span: Span
    motion: PlannedMotion | None = None


@dataclass(frozen=True)
class PlannedTextBox:
    """A fixed box (canvas fractions, centred on the text's x, y) the text fits inside."""

    w: float
    h: float
    min_size: int
    max_lines: int
    fill: bool


@dataclass(frozen=True)
class PlannedDucking:
    """Dip the soundtrack by `amount_db` while the clips sound."""

    amount_db: float
    attack: float
    release: float


@dataclass(frozen=True)
class PlannedDuckUnder:
    """Dip a slot's clip sound by `depth_db` while slot `slot_id`'s clip sounds."""

    slot_id: str
    depth_db: float
    attack: float
    release: float
