"""Pydantic models of template format v2: v1 plus layers and regions, motion, the designer's fonts,
text that fits its box, shapes, a template-wide look, creator inputs inside effects, per-slot
volume with ducking, and metadata. A v2 template is a v1 `Template` with more to say, so code that
reads v1 fields (timeline, fill, lint) reads v2 unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, field_validator, model_validator

from studio.core.template.descriptions import add_descriptions
from studio.core.template.layout import Placement
from studio.core.template.motion import Motion
from studio.core.template.schema import (
    Colour,
    FilterRef,
    Fraction,
    LanguageCode,
    PositiveSeconds,
    Slot,
    Slug,
    Sticker,
    StrictModel,
    Template,
    TemplateTexts,
    TextLayer,
    Timed,
)

SCHEMA_VERSION_2 = 2
VERSION_NUMBER = re.compile(r"\d+\.\d+(\.\d+)?")
INPUT_PATTERN = r"\{input:([a-z0-9][a-z0-9_-]{0,39})\}"
RelativeFile = Annotated[str, Field(min_length=1, max_length=200)]


class SlotDucking(StrictModel):
    """How far and how fast a slot's sound dips under another slot's (see `duck_under`)."""

    depth_db: Annotated[float, Field(ge=0, le=40)] = Field(
        default=12.0, description="how far this slot's sound dips while the other one sounds, in dB"
    )
    attack: Annotated[float, Field(ge=0.001, le=2)] = Field(
        default=0.05, description="seconds to dip once the other slot's sound starts"
    )
    release: Annotated[float, Field(ge=0.01, le=5)] = Field(
        default=0.4, description="seconds to come back once it stops"
    )


class SlotV2(Slot, Placement):
    """A slot that may share the screen: a region on a layer, a mask, a border, motion, volume."""

    # "media": as long as the creator's clip (between min_duration and max_duration)
    duration: PositiveSeconds | Literal["media"] | None = Field(  # type: ignore[assignment]
        default=None,
        description='length in seconds, or "media": as long as the creator\'s clip (from its '
        "in-point, at the slot's speed), kept between min_duration and max_duration",
    )
    min_duration: PositiveSeconds = Field(
        default=1.0,
        description='with "duration": "media": the shortest the slot gets (a photo '
        "lasts this long)",
    )
    max_duration: PositiveSeconds = Field(
        default=60.0,
        description='with "duration": "media": the longest the slot gets (also its '
        "length before the creator picks a clip)",
    )
    motion: Motion | None = Field(default=None, description="keyframes or a preset")
    volume_db: Annotated[float, Field(ge=-60, le=12)] | None = Field(
        default=None, description="this clip's own audio level; null uses soundtrack.clip_audio_db"
    )
    duck_under: Slug | None = Field(
        default=None,
        description="another slot's id: this clip's sound dips while that slot's sound plays "
        "(a reaction's original under the creator's voice)",
    )
    duck: SlotDucking = Field(
        default_factory=SlotDucking, description="with duck_under: depth, attack and release"
    )

    @model_validator(mode="after")
    def _media_length(self) -> SlotV2:
        if self.min_duration > self.max_duration:
            raise ValueError("min_duration is longer than max_duration")
        if self.duck_under == self.id:
            raise ValueError("duck_under names this slot itself; name another slot")
        return self

    @property
    def follows_media(self) -> bool:
        """The slot is as long as the creator's clip."""
        return self.duration == "media"


class TextBox(StrictModel):
    """A fixed box the text fits in whatever the creator types: it wraps, then shrinks."""

    w: Annotated[float, Field(gt=0.05, le=1)] = Field(description="width, fraction of canvas")
    h: Annotated[float, Field(gt=0.01, le=1)] = Field(description="height, fraction of canvas")
    min_size: Annotated[int, Field(ge=8, le=400)] = Field(
        default=32, description="the smallest size the text shrinks to (style.size is the largest)"
    )
    max_lines: Annotated[int, Field(ge=1, le=20)] = Field(
        default=2, description="the most lines the text wraps to"
    )
    fill: bool = Field(
        default=True, description="the style's background fills the whole box, not just the words"
    )


class TextLayerV2(TextLayer):
    """A text layer that may fit a box, move, and use a font shipped with the template."""

    box: TextBox | None = Field(default=None, description="fit the text in this box (x, y centre)")
    motion: Motion | None = Field(default=None, description="keyframes or a preset")
    per_slot: bool = Field(
        default=False,
        description="repeat the text at each slot's time ({slot_index} counts 1, 2, ...); its "
        "start and duration count from each slot's start, and it ends with the slot",
    )


class StickerV2(Sticker, Placement):
    """A sticker that may sit in a region (fitted inside it) on a layer, and move."""

    motion: Motion | None = Field(default=None, description="keyframes or a preset")


class Shape(Timed, Placement):
    """A filled rectangle, rounded rectangle or circle filling its region for its time."""

    id: Slug
    shape: Literal["rect", "rounded", "circle"] = Field(default="rect", description="the outline")
    fill: Colour = Field(default="#000000", description="fill colour (#RRGGBBAA for see-through)")
    opacity: Fraction = Field(default=1.0, description="0 transparent, 1 opaque")
    radius: Fraction = Field(
        default=0.2, description="rounded corners' radius, fraction of the shorter side"
    )
    motion: Motion | None = Field(default=None, description="keyframes or a preset")


class CaptionsElement(StrictModel):
    """Where and how the creator's auto captions sit (their words, transcribed on their
    computer): a box anchored at its bottom edge, a look, a font, a line limit."""

    x: Fraction = Field(default=0.46, description="the box's centre, fraction of canvas width")
    bottom: Fraction = Field(
        default=0.64, description="the box's bottom edge, fraction of canvas height"
    )
    w: Annotated[float, Field(gt=0.1, le=1)] = Field(
        default=0.76, description="width, fraction of canvas"
    )
    h: Annotated[float, Field(gt=0.02, le=1)] = Field(
        default=0.16, description="height, fraction of canvas"
    )
    look: Literal["pop", "karaoke", "boxed", "outline"] = Field(
        default="karaoke",
        description="pop: word by word; karaoke: the spoken word boxed and larger; boxed: "
        "lines on a dark box; outline: bold capitals with a thick outline",
    )
    font: Annotated[str, Field(min_length=1, max_length=60)] | None = Field(
        default=None,
        description="a bundled font or one of the template's fonts (default: the look's)",
    )
    size: Annotated[int, Field(ge=16, le=200)] | None = Field(
        default=None, description="text size in pixels at 1080 wide (default: the look's)"
    )
    max_lines: Annotated[int, Field(ge=1, le=4)] = Field(
        default=2, description="rows shown at once; a longer line pages through"
    )


class FontFile(StrictModel):
    """A font shipped in the template folder; texts name it by its file name without suffix."""

    file: RelativeFile = Field(description="a .ttf or .otf file in the template folder")
    licence: RelativeFile = Field(
        description="the font's licence file in the template folder (e.g. OFL.txt)"
    )

    @field_validator("file")
    @classmethod
    def _font_suffix(cls, value: str) -> str:
        if not value.lower().endswith((".ttf", ".otf")):
            raise ValueError(f"'{value}' must be a .ttf or .otf file")
        return value


class CreatorInput(StrictModel):
    """A picture, clip or colour the creator picks that a filter parameter refers to as
    `{input:<id>}` (e.g. a green screen's background); shown to the creator like a slot."""

    id: Slug
    label: Annotated[str, Field(min_length=1, max_length=60)] = Field(description="field title")
    prompt: Annotated[str, Field(max_length=200)] = Field(default="", description="a hint")
    kind: Literal["photo", "video", "any"] = Field(default="any", description="what is accepted")
    required: bool = Field(default=True, description="the video cannot render without it")
    default: RelativeFile | None = Field(
        default=None,
        description="a picture or clip in the template folder used when the creator leaves this "
        "optional input empty (without one, the filter that uses the input is left out)",
    )
    example: RelativeFile | None = Field(
        default=None,
        description="a picture or clip in the template folder that fills this input in the "
        "workbench's preview, frames and the gallery (a bundled sample photo otherwise)",
    )


class CreatorInputTexts(StrictModel):
    """A creator input's texts in one language; a text left out stays in the template's."""

    label: Annotated[str, Field(min_length=1, max_length=60)] | None = Field(
        default=None, description="the input's translated `label`"
    )
    prompt: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None, description="the input's translated `prompt`"
    )


class TemplateTextsV2(TemplateTexts):
    """A v2 template's texts in one language: v1's and the creator inputs'."""

    inputs: Annotated[dict[Slug, CreatorInputTexts], Field(max_length=8)] = Field(
        default_factory=dict, description="by input id: its translated label and prompt"
    )


Translations = Annotated[dict[LanguageCode, TemplateTextsV2], Field(max_length=20)]


class Ducking(StrictModel):
    """The soundtrack dips while the clips' voices play."""

    amount_db: Annotated[float, Field(ge=0, le=40)] = Field(
        default=10.0, description="how far the soundtrack dips, in dB"
    )
    attack: Annotated[float, Field(ge=0.001, le=2)] = Field(
        default=0.05, description="seconds to dip once a voice starts"
    )
    release: Annotated[float, Field(ge=0.01, le=5)] = Field(
        default=0.4, description="seconds to come back once it stops"
    )


def _version_number(value: str) -> str:
    if not VERSION_NUMBER.fullmatch(value):
        raise ValueError(f"must be a version like 1.2 or 1.2.3, not '{value}'")
    return value


VersionNumber = Annotated[str, Field(max_length=20), AfterValidator(_version_number)]


class Metadata(StrictModel):
    """Who made the template, under which licence, and which studio it needs."""

    template_version: VersionNumber = Field(
        default="1.0", description="the template's own version, e.g. 1.2"
    )
    author: Annotated[str, Field(max_length=120)] = Field(default="", description="its designer")
    licence: Annotated[str, Field(max_length=120)] = Field(
        default="", description="licence of the template and its assets, e.g. CC-BY-4.0"
    )
    min_studio_version: VersionNumber = Field(
        default="0.1", description="the oldest studio version that renders it"
    )


class TemplateV2(Template):
    """Format v2: slots in regions on layers, motion, fonts, fitted text, shapes, a look."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_url: str | None = Field(
        default=None, alias="$schema", description="the JSON Schema editors validate against"
    )
    version: Literal[2] = Field(description="template format version")  # type: ignore[assignment]
    meta: Metadata = Field(default_factory=Metadata, description="version, author, licence")
    slots: Annotated[list[SlotV2], Field(min_length=1, max_length=30)]  # type: ignore[assignment]
    texts: Annotated[list[TextLayerV2], Field(max_length=30)] = Field(  # type: ignore[assignment]
        default_factory=list
    )
    stickers: Annotated[list[StickerV2], Field(max_length=30)] = Field(  # type: ignore[assignment]
        default_factory=list
    )
    shapes: Annotated[list[Shape], Field(max_length=30)] = Field(
        default_factory=list, description="filled shapes drawn on their layers"
    )
    fonts: Annotated[list[FontFile], Field(max_length=8)] = Field(
        default_factory=list, description="fonts shipped in the template folder"
    )
    look: Annotated[list[FilterRef], Field(max_length=8)] = Field(
        default_factory=list, description="a filter chain over the whole video"
    )
    look_on: Literal["picture", "slots"] = Field(
        default="picture",
        description="picture: the look colours the composed frame (texts stay clean); "
        "slots: each slot's picture before it is placed",
    )
    inputs: Annotated[list[CreatorInput], Field(max_length=8)] = Field(
        default_factory=list, description="creator choices that filter parameters refer to"
    )
    ducking: Ducking | None = Field(
        default=None, description="dip the soundtrack under the clips' voices"
    )
    captions: CaptionsElement | None = Field(
        default=None,
        description="where and how auto captions are drawn (default: the "
        "studio's karaoke look just above the platforms' buttons)",
    )
    translations: Translations = Field(  # type: ignore[assignment]
        default_factory=dict,
        description="the template's texts in other languages, by language code (`it`, `de`); "
        "the studio shows them to a creator using that language, the template's own otherwise",
    )

    # the metadata where the package manifest and the gallery look for it (by these names)
    @property
    def template_version(self) -> str:
        return self.meta.template_version

    @property
    def author(self) -> str:
        return self.meta.author

    @property
    def licence(self) -> str:
        return self.meta.licence

    @property
    def min_studio_version(self) -> str:
        return self.meta.min_studio_version

    def font_names(self) -> list[str]:
        """The names texts use for the template's own fonts (file names without suffix)."""
        return [font_name(font.file) for font in self.fonts]


def font_name(file: str) -> str:
    """`fonts/Lobster.otf` -> `Lobster` (written with '\\' too, as a Windows designer may)."""
    return file.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def template_v2_json_schema(
    filter_names: Sequence[str] = (), font_names: Sequence[str] = ()
) -> dict[str, Any]:
    """The JSON Schema of a v2 template.json; known filter and font names are enumerated so an
    editor autocompletes them (fonts stay open: a template may ship its own)."""
    schema = add_descriptions(TemplateV2.model_json_schema(by_alias=True))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://crossumer.studio/schema/template-v{SCHEMA_VERSION_2}.json"
    definitions = schema.get("$defs", {})
    if filter_names:
        name = definitions["FilterRef"]["properties"]["name"]
        name["enum"] = list(filter_names)
        name.setdefault("description", "a filter's name (`studio filters` lists them)")
    if font_names:
        font = definitions["TextStyle"]["properties"]["font"]
        font["anyOf"] = [{"enum": list(font_names)}, {"type": "string"}]
        font["examples"] = list(font_names)
    return schema
