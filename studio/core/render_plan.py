"""The render plan: a template filled with a creator's input, every time resolved to seconds.

The compositor and the audio mixer read only this; they never see beats, blanks or templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.core.captions.cues import PlannedCaptions
from studio.core.plan_layers import (
    PlannedDucking,
    PlannedDuckUnder,
    PlannedMotion,
    PlannedPlacement,
    PlannedShape,
    PlannedTextBox,
)
from studio.core.post.caption import compose_caption
from studio.core.post.preflight import VideoFacts
from studio.core.template.schema import FilterRef, TextAnimation, TextStyle
from studio.core.timeline import Span


@dataclass(frozen=True)
class TransitionIn:
    """How a slot appears over the one before it, during `span` (centred on the cut)."""

    kind: str
    span: Span


@dataclass(frozen=True)
class PlannedSlot:
    """One slot's media on the output timeline.

    `visible` includes the overlap of transitions; the media shows from `in_point` at
    `visible.start` and advances `speed` seconds of media per second of output.
    """

    id: str
    media: Path | None  # None: an empty optional slot drawn black
    visible: Span
    in_point: float = 0.0
    speed: float = 1.0
    fit: str = "cover"
    when_short: str = "hold"
    filters: tuple[FilterRef, ...] = ()
    transition_in: TransitionIn | None = None
    time_effect: str = "normal"  # "reverse" or "freeze" (at `freeze_at` seconds into `visible`)
    freeze_at: float = 0.0
    # format v2: a region on a layer, motion, the clip's own level (None: the plan's clip level)
    placement: PlannedPlacement | None = None
    motion: PlannedMotion | None = None
    volume_db: float | None = None
    duck_under: PlannedDuckUnder | None = None  # this clip's sound dips under another slot's

    def media_frame(self, index: int, fps: int) -> int:
        """Which frame of the retimed media shows at output frame `index` of the slot
        (counted from `visible.start`); reverse counts from the end of the visible span."""
        if self.time_effect == "freeze":
            return min(index, round(self.freeze_at * fps))
        if self.time_effect == "reverse":
            return max(0, self.frame_count(fps) - 1 - index)
        return index

    def frame_count(self, fps: int) -> int:
        return max(1, round((self.visible.end - self.visible.start) * fps))


@dataclass(frozen=True)
class PlannedText:
    """A text layer with its blanks filled in."""

    id: str
    text: str
    style: TextStyle
    x: float
    y: float
    width: float
    span: Span
    animation_in: TextAnimation = "none"
    animation_out: TextAnimation = "none"
    animation_duration: float = 0.3
    box: PlannedTextBox | None = None  # format v2: fit inside this box
    font_path: Path | None = None  # format v2: a font shipped with the template
    motion: PlannedMotion | None = None
    rotation: float = 0.0  # degrees clockwise (the creator's own texts)


@dataclass(frozen=True)
class PlannedSticker:
    id: str
    image: Path
    x: float
    y: float
    scale: float
    rotation: float
    opacity: float
    animation: str
    span: Span
    placement: PlannedPlacement | None = None  # format v2: fitted inside a region on a layer
    motion: PlannedMotion | None = None


@dataclass(frozen=True)
class PlannedAudio:
    """The soundtrack (if any) and the level of the creators' clip audio (None mutes it)."""

    soundtrack: Path | None
    start: float = 0.0
    volume_db: float = 0.0
    fade_in: float = 0.0
    fade_out: float = 0.0
    clip_audio_db: float | None = None


@dataclass(frozen=True)
class RenderPlan:
    """Everything needed to render, at canvas resolution and frame rate."""

    width: int
    height: int
    fps: int
    duration: float
    slots: tuple[PlannedSlot, ...]
    texts: tuple[PlannedText, ...] = ()
    stickers: tuple[PlannedSticker, ...] = ()
    audio: PlannedAudio = field(default_factory=lambda: PlannedAudio(None))
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    title: str = ""
    # format v2: slots in regions on layers (v1 plans compose exactly as before)
    layered: bool = False
    shapes: tuple[PlannedShape, ...] = ()
    look: tuple[FilterRef, ...] = ()
    look_on: str = "picture"  # or "slots"
    ducking: PlannedDucking | None = None
    # the creator's own texts and stickers, over everything else, in the order they were added
    overlays: tuple[PlannedText | PlannedSticker, ...] = ()
    # format v2: the creator inputs (a green screen's background) with their in-points
    inputs: tuple[PlannedSlot, ...] = ()
    captions: PlannedCaptions | None = None  # auto captions, drawn over everything

    @property
    def frame_count(self) -> int:
        return max(1, round(self.duration * self.fps))

    def frame_time(self, index: int) -> float:
        return index / self.fps

    def all_texts(self) -> list[PlannedText]:
        """The template's texts and the creator's own, as drawn."""
        return [*self.texts, *(item for item in self.overlays if isinstance(item, PlannedText))]

    def post_text(self) -> str:
        """Caption followed by the hashtags it does not already contain, as pasted into a
        platform's caption box."""
        return compose_caption(self.caption, self.hashtags)

    def planned_facts(self) -> VideoFacts:
        """What the export will be, for preflight before rendering."""
        return VideoFacts(self.duration, self.fps, self.width, self.height, "mp4", "h264",
                          "aac", 48_000, moov_first=True)  # fmt: skip
