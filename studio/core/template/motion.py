"""Motion of v2 slots, texts, stickers and shapes: keyframes with easing, or a named preset.

Keyframe times are seconds (`at`) or beats (`at_beats`) from the item's own start. The pose is
relative to the item's resting place: `x`/`y` move it by fractions of its region (or canvas),
`scale` grows it about its centre, `rotation` turns it in degrees, `opacity` fades it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from studio.core.template.schema import Fraction, StrictModel

Easing = Literal["linear", "ease-in", "ease-out", "ease-in-out", "cubic-bezier"]
MotionPreset = Literal[
    "ken-burns-in", "ken-burns-out", "pan-left", "pan-right", "punch-in", "shake"
]


class Keyframe(StrictModel):
    """The pose at one instant; between two keyframes the later one's easing applies."""

    at: Annotated[float, Field(ge=0, le=3600)] | None = Field(
        default=None, description="seconds from the item's start"
    )
    at_beats: Annotated[float, Field(ge=0, le=10000)] | None = Field(
        default=None, description="beats from the item's start"
    )
    x: Annotated[float, Field(ge=-2, le=2)] = Field(
        default=0.0, description="horizontal offset, fraction of the region (or canvas) width"
    )
    y: Annotated[float, Field(ge=-2, le=2)] = Field(
        default=0.0, description="vertical offset, fraction of the region (or canvas) height"
    )
    scale: Annotated[float, Field(gt=0, le=10)] = Field(default=1.0, description="size factor")
    rotation: Annotated[float, Field(ge=-3600, le=3600)] = Field(
        default=0.0, description="degrees, clockwise"
    )
    opacity: Fraction = Field(default=1.0, description="0 transparent, 1 opaque")
    easing: Easing = Field(
        default="linear", description="how the pose travels from the previous keyframe to this"
    )
    bezier: Annotated[list[float], Field(min_length=4, max_length=4)] | None = Field(
        default=None,
        description="with easing cubic-bezier: the control points x1, y1, x2, y2 (as in CSS)",
    )

    @model_validator(mode="after")
    def _one_time(self) -> Keyframe:
        if (self.at is None) == (self.at_beats is None):
            raise ValueError("give at or at_beats")
        if (self.easing == "cubic-bezier") != (self.bezier is not None):
            raise ValueError("easing cubic-bezier goes with bezier [x1, y1, x2, y2], and only it")
        if self.bezier is not None and not (0 <= self.bezier[0] <= 1 and 0 <= self.bezier[2] <= 1):
            raise ValueError("bezier x1 and x2 must be between 0 and 1")
        return self


class Motion(StrictModel):
    """A preset (Ken Burns zoom or pan, a punch-in on each beat, a shake) or keyframes."""

    preset: MotionPreset | None = Field(
        default=None,
        description="ken-burns-in/out zoom slowly, pan-left/right drift across, punch-in "
        "zooms in on every beat, shake jitters",
    )
    amount: Annotated[float, Field(gt=0, le=1)] = Field(
        default=0.15, description="how strong the preset is (0.15 zooms to 115%)"
    )
    keyframes: Annotated[list[Keyframe], Field(max_length=60)] = Field(
        default_factory=list, description="poses in time order; used when no preset is given"
    )

    @model_validator(mode="after")
    def _preset_or_keyframes(self) -> Motion:
        if (self.preset is None) == (not self.keyframes):
            raise ValueError("give a preset or keyframes")
        return self

    @property
    def uses_beats(self) -> bool:
        return self.preset == "punch-in" or any(k.at_beats is not None for k in self.keyframes)
