"""Pydantic models of template format v1. The JSON Schema is generated from these, never by hand.

Times come in pairs: `start` (seconds) or `start_beats`, `duration` or `duration_beats`, so a
designer can cut on the beat without the schema needing unions (which make poor error messages).
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path, PurePath
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from studio.core.post.graphemes import visible_length

SCHEMA_VERSION = 1

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$", description="lower-case id")]
Colour = Annotated[
    str,
    Field(pattern=r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$", description="#RRGGBB or #RRGGBBAA"),
]
Seconds = Annotated[float, Field(ge=0, le=3600)]
PositiveSeconds = Annotated[float, Field(gt=0, le=3600)]
Fraction = Annotated[float, Field(ge=0, le=1)]

MIN_BPM = 20
MAX_BEATS = 4800  # 10 minutes at 480 bpm: more beats than any video can use
Beats = Annotated[float, Field(ge=0, le=MAX_BEATS)]
PositiveBeats = Annotated[float, Field(gt=0, le=MAX_BEATS)]

BLANK_PATTERN = re.compile(r"\{blank:([^{}]*)\}")


# text sizes, sticker scales and line widths are given in pixels of a 1080-wide canvas; a
# canvas of another width scales them by its width over this
REFERENCE_WIDTH = 1080


class StrictModel(BaseModel):
    """Unknown keys are errors: a typo in a template must not be silently ignored.

    Infinity and NaN are refused everywhere: JSON's `1e309` parses as infinity. Validators
    are built on first use (`defer_build`), not at import: a command that reads a v1 template
    never pays for building the v2 models.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Canvas(StrictModel):
    width: Annotated[int, Field(ge=144, le=4096)] = 1080
    height: Annotated[int, Field(ge=144, le=4096)] = 1920
    fps: Annotated[int, Field(ge=1, le=120)] = 30


class BeatGrid(StrictModel):
    """Either a steady tempo (`bpm` and `first_beat`) or explicit beat `times` in seconds."""

    # below 20 bpm a beat lasts 3 s: no music; a tiny bpm would put beat 1 hours away
    bpm: Annotated[float, Field(ge=MIN_BPM, le=400)] | None = None
    first_beat: Seconds = 0.0
    times: Annotated[list[Seconds], Field(max_length=MAX_BEATS)] | None = None

    @model_validator(mode="after")
    def _one_form(self) -> BeatGrid:
        if (self.bpm is None) == (self.times is None):
            raise ValueError("give either bpm or times")
        times = self.times or []
        if self.times is not None and len(times) < 2:
            # one time (or none) has no tempo: every beat fell on it, and the slots counted
            # in beats lasted nothing (an empty list made a one-frame video)
            raise ValueError("give at least two beat times")
        if any(later <= earlier for earlier, later in pairwise(times)):
            raise ValueError("beat times must increase")
        return self


class Soundtrack(StrictModel):
    track: str | None = Field(
        default=None,
        description="an audio file in the template folder, `bundled:<name>` for a track in "
        "resources/music, or null when the creator chooses",
    )
    replaceable: bool = Field(default=True, description="the creator may pick another track")
    start: Seconds = Field(
        default=0.0, description="where in the track the video starts (beats keep track time)"
    )
    volume_db: Annotated[float, Field(ge=-60, le=12)] = 0.0
    fade_in: Annotated[float, Field(ge=0, le=30)] = 0.0
    fade_out: Annotated[float, Field(ge=0, le=30)] = 0.0
    beats: BeatGrid | None = Field(
        default=None, description="overrides the grid a bundled track carries"
    )
    clip_audio_db: Annotated[float, Field(ge=-60, le=12)] | None = Field(
        default=None, description="level of the creator's clip audio; null mutes it"
    )


Fit = Literal["cover", "contain", "follow"]
TimeEffect = Literal["normal", "reverse", "freeze"]


# a filter parameter ending in one of these names a file in the template folder (a LUT, a
# green-screen background); the loader checks it like any asset and fill makes it absolute
FILTER_FILE_SUFFIXES = frozenset(
    {
        ".cube",
        ".png",
        ".jpg",
        ".jpeg",
        ".webp",
        ".gif",
        ".heic",
        ".heif",
        ".mp4",
        ".mov",
        ".mkv",
        ".webm",
        ".m4v",
    }
)


class FilterRef(StrictModel):
    name: Annotated[str, Field(min_length=1, max_length=60)]
    strength: Fraction = 1.0
    params: dict[str, float | int | bool | str] = Field(default_factory=dict)

    def file_params(self) -> dict[str, str]:
        """The parameters that name files."""
        return {
            key: value
            for key, value in self.params.items()
            if isinstance(value, str) and PurePath(value).suffix.lower() in FILTER_FILE_SUFFIXES
        }

    def in_folder(self, folder: Path) -> FilterRef:
        """This filter with its file parameters made absolute: a template's filter names its
        files (a LUT, a background picture) from the template's folder (the loader checked them)."""
        files = {key: str(folder / value) for key, value in self.file_params().items()}
        return self.model_copy(update={"params": {**self.params, **files}}) if files else self


class Transition(StrictModel):
    kind: Literal["cut", "crossfade", "slide_left", "slide_up", "zoom"] = "crossfade"
    duration: Annotated[float, Field(ge=0, le=3)] = 0.5


class Timed(StrictModel):
    """Something placed on the timeline, in seconds or in beats of the soundtrack."""

    start: Seconds | None = None
    start_beats: Beats | None = None
    duration: PositiveSeconds | None = None
    duration_beats: PositiveBeats | None = None

    @model_validator(mode="after")
    def _seconds_or_beats(self) -> Timed:
        if self.start is not None and self.start_beats is not None:
            raise ValueError("give start or start_beats, not both")
        if self.duration is not None and self.duration_beats is not None:
            raise ValueError("give duration or duration_beats, not both")
        return self

    @property
    def uses_beats(self) -> bool:
        return self.start_beats is not None or self.duration_beats is not None


LanguageCode = Annotated[
    str,
    Field(pattern=r"^[a-z]{2,3}$", description="a two- or three-letter language code: it, de"),
]
ShortText = Annotated[str, Field(min_length=1, max_length=60)]
LongText = Annotated[str, Field(min_length=1, max_length=200)]


class SlotTexts(StrictModel):
    """A slot's texts in one language; a text left out stays in the template's language."""

    label: ShortText | None = Field(default=None, description="the slot's translated `label`")
    prompt: LongText | None = Field(default=None, description="the slot's translated `prompt`")


class BlankTexts(StrictModel):
    """A blank's texts in one language; a text left out stays in the template's language."""

    prompt: LongText | None = Field(default=None, description="the blank's translated `prompt`")
    example: LongText | None = Field(
        default=None, description="the blank's translated `example` (within its `max_length`)"
    )


class Slot(Timed):
    """A place for the creator's clip or photo. Without a start it follows the previous slot."""

    id: Slug
    label: Annotated[str, Field(min_length=1, max_length=60)]
    prompt: Annotated[str, Field(max_length=200)] = ""
    kind: Literal["video", "photo", "any"] = "any"
    fit: Fit = Field(
        default="cover",
        description="cover crops to fill, contain shows all on a blurred copy, follow crops "
        "to fill and moves the window with the face (for 16:9 clips)",
    )
    filter: FilterRef | None = None
    more_filters: list[FilterRef] = Field(
        default_factory=list, max_length=8, description="applied after `filter`, in order"
    )
    speed: Annotated[float, Field(ge=0.5, le=3)] = 1.0
    time_effect: TimeEffect = Field(
        default="normal", description="reverse plays the clip backwards; freeze stops it"
    )
    freeze_at: Seconds = Field(
        default=0.0, description="with freeze: seconds into the slot where the picture stops"
    )
    required: bool = True
    when_empty: Literal["extend_previous", "black"] = Field(
        default="extend_previous", description="what an empty optional slot shows"
    )
    when_short: Literal["hold", "loop"] = Field(
        default="hold",
        description="a clip shorter than its slot holds its last frame (the creator is told "
        "for how long) or loops",
    )
    transition: Transition | None = Field(default=None, description="into the next slot")
    example: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None,
        description="a clip or photo in the template folder that fills this slot in the "
        "workbench's preview, frames and the gallery (bundled samples otherwise)",
    )

    # this slot's texts by language, handed out by its template (see Template.translations)
    _translations: dict[str, SlotTexts] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _has_length(self) -> Slot:
        if self.duration is None and self.duration_beats is None:
            raise ValueError("give duration or duration_beats")
        return self

    @property
    def filters(self) -> list[FilterRef]:
        """The template's filter chain for this slot."""
        return ([self.filter] if self.filter else []) + self.more_filters


class Blank(StrictModel):
    id: Slug
    prompt: Annotated[str, Field(min_length=1, max_length=200)]
    example: Annotated[str, Field(max_length=200)] = ""
    max_length: Annotated[int, Field(ge=1, le=200)] = 40
    # this blank's texts by language, handed out by its template (see Template.translations)
    _translations: dict[str, BlankTexts] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _example_fits(self) -> Blank:
        if visible_length(self.example) > self.max_length:
            raise ValueError(f"example is longer than max_length ({self.max_length})")
        return self

    @property
    def sample(self) -> str:
        """What the designer's previews type into it: the example, or the prompt when there is
        none (an example of spaces is none: typed, it was an empty blank and `frame` failed)."""
        return self.example if self.example.strip() else self.prompt


class TextStyle(StrictModel):
    font: Annotated[str, Field(min_length=1, max_length=60)] = "Inter-Black"
    size: Annotated[int, Field(ge=8, le=400)] = 72
    color: Colour = "#FFFFFF"
    stroke_color: Colour = "#000000"
    stroke_width: Annotated[int, Field(ge=0, le=40)] = 0
    background: Colour | None = None
    box_padding: Annotated[int, Field(ge=0, le=200)] = 16
    box_radius: Annotated[int, Field(ge=0, le=200)] = 16
    align: Literal["left", "center", "right"] = "center"
    line_spacing: Annotated[float, Field(ge=0.8, le=3)] = 1.15


TextAnimation = Literal["none", "fade", "pop", "slide_up", "slide_down", "typewriter"]


class TextLayer(Timed):
    """Text with `{blank:id}` placeholders. Without a duration it lasts to the end."""

    id: Slug
    text: Annotated[str, Field(min_length=1, max_length=500)]
    x: Fraction = Field(default=0.5, description="centre, as a fraction of canvas width")
    y: Fraction = Field(default=0.5, description="centre, as a fraction of canvas height")
    width: Annotated[float, Field(gt=0.05, le=1)] = Field(
        default=0.8, description="wrap width, as a fraction of canvas width"
    )
    style: TextStyle = Field(default_factory=TextStyle)
    animation_in: TextAnimation = "none"
    animation_out: TextAnimation = "none"
    animation_duration: Annotated[float, Field(ge=0, le=3)] = 0.3

    def blank_ids(self) -> list[str]:
        return BLANK_PATTERN.findall(self.text)


class Sticker(Timed):
    id: Slug
    image: Annotated[str, Field(min_length=1, max_length=200)]
    x: Fraction = 0.5
    y: Fraction = 0.5
    scale: Annotated[float, Field(gt=0, le=10)] = 1.0
    rotation: Annotated[float, Field(ge=-360, le=360)] = 0.0
    opacity: Fraction = 1.0
    animation: Literal["none", "fade", "pop", "bounce", "spin", "pulse"] = "none"


class Post(StrictModel):
    caption: Annotated[str, Field(max_length=2200)] = ""
    hashtags: Annotated[list[Annotated[str, Field(max_length=100)]], Field(max_length=30)] = Field(
        default_factory=list
    )


class TemplateTexts(StrictModel):
    """The template's texts in one language, keyed like the template's own slots and blanks."""

    name: Annotated[str, Field(min_length=1, max_length=80)] | None = Field(
        default=None, description="the translated `name`"
    )
    description: Annotated[str, Field(min_length=1, max_length=500)] | None = Field(
        default=None, description="the translated `description`"
    )
    slots: Annotated[dict[Slug, SlotTexts], Field(max_length=30)] = Field(
        default_factory=dict, description="by slot id: its translated label and prompt"
    )
    blanks: Annotated[dict[Slug, BlankTexts], Field(max_length=30)] = Field(
        default_factory=dict, description="by blank id: its translated prompt and example"
    )


class Template(StrictModel):
    """A fill-in-the-blank template: slots for clips, blanks for text, music, timing, stickers."""

    version: Literal[1] = Field(description="template format version")
    name: Annotated[str, Field(min_length=1, max_length=80)]
    description: Annotated[str, Field(max_length=500)] = ""
    tags: Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=20)] = Field(
        default_factory=list
    )
    preview: Annotated[str, Field(min_length=1, max_length=200)] = "preview.png"
    canvas: Canvas = Field(default_factory=Canvas)
    duration: PositiveSeconds | None = Field(
        default=None, description="total length in seconds; null follows the slots"
    )
    follow_soundtrack: bool = Field(
        default=False,
        description="the video lasts as long as the soundtrack; the last slot stretches",
    )
    soundtrack: Soundtrack = Field(default_factory=Soundtrack)
    slots: Annotated[list[Slot], Field(min_length=1, max_length=30)]
    blanks: Annotated[list[Blank], Field(max_length=30)] = Field(default_factory=list)
    texts: Annotated[list[TextLayer], Field(max_length=30)] = Field(default_factory=list)
    stickers: Annotated[list[Sticker], Field(max_length=30)] = Field(default_factory=list)
    post: Post = Field(default_factory=Post)
    translations: Annotated[dict[LanguageCode, TemplateTexts], Field(max_length=20)] = Field(
        default_factory=dict,
        description="the template's texts in other languages, by language code (`it`, `de`); "
        "the studio shows them to a creator using that language, the template's own otherwise",
    )

    @model_validator(mode="after")
    def _hand_out_translations(self) -> Template:
        # each slot and blank keeps its own translations, so a widget given only a slot or a
        # blank can show it in the creator's language
        for language, texts in self.translations.items():
            for slot in self.slots:
                if slot.id in texts.slots:
                    slot._translations[language] = texts.slots[slot.id]
            for blank in self.blanks:
                if blank.id in texts.blanks:
                    blank._translations[language] = texts.blanks[blank.id]
        return self

    def blank(self, blank_id: str) -> Blank:
        """The blank declared with this id."""
        return next(b for b in self.blanks if b.id == blank_id)


def template_json_schema() -> dict[str, object]:
    """The JSON Schema of template.json, for a designer's editor to autocomplete."""
    schema = Template.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://crossumer.studio/schema/template-v{SCHEMA_VERSION}.json"
    return schema
