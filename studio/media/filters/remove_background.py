"""Remove background: keep the person, replace everything else, with no green wall.

Person segmentation runs on this machine (MediaPipe's selfie model, see person_segmenter.py).
With a `background` the person stands in front of that picture or clip; with none the rest is
transparent and the layers below show through. Where mediapipe cannot run (ARM Linux or Windows,
a mediapipe release other than 0.10.21) the filter says so in one line when it is chosen;
everything else works as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from studio.media.filters.base import Filter, FilterError, Frame, file_param, param, register
from studio.media.filters.chroma import BACKGROUND_SUFFIXES, Backdrop
from studio.media.filters.matte import over, with_alpha
from studio.media.person_matte import PersonMatte
from studio.media.person_segmenter import unavailable_reason


@register
@dataclass(frozen=True)
class RemoveBackground(Filter):
    name: ClassVar[str] = "remove-background"
    title: ClassVar[str] = "Remove background"
    description: ClassVar[str] = (
        "keep the person, put a picture or clip behind them (or nothing: the layers below)"
    )
    time_dependent: ClassVar[bool] = True  # smoothed over time; a background clip moves
    threshold: float = param(
        0.5, "Threshold", 0.1, 0.9, step=0.05, help="how sure the model must be of the person"
    )
    softness: float = param(0.3, "Edge softness", 0.0, 1.0, step=0.05)
    smoothing: float = param(
        0.7, "Smoothing", 0.0, 0.95, step=0.05, help="how much each mask keeps of the last one"
    )
    background: str = file_param("Background", BACKGROUND_SUFFIXES)
    # set from the background's in-point on the timeline (a template's `{input:...}` background)
    background_start: float = param(0.0, "Background starts at", 0.0, 3600.0, step=0.1)

    def __post_init__(self) -> None:
        super().__post_init__()
        reason = unavailable_reason()
        if reason is not None:
            raise FilterError(f"{self.name}: {reason}")
        _ = self.backdrop  # a missing or broken background fails now, not mid-export

    @cached_property
    def backdrop(self) -> Backdrop:
        return Backdrop(self.background, self.background_start, owner=self.name)

    @cached_property
    def matte(self) -> PersonMatte:
        return PersonMatte(self.threshold, self.softness, self.smoothing)

    def use_source(self, media: Path | None) -> None:
        self.matte.use_source(media)

    def close(self) -> None:
        self.backdrop.close()
        self.matte.close()

    def process(self, frame: Frame, t: float) -> Frame:
        alpha = self.matte.alpha(frame, t)
        if not self.background:
            return with_alpha(frame, alpha)
        height, width = frame.shape[:2]
        return over(frame, self.backdrop.frame_at(t, width, height), alpha)
