"""Descriptions for the v1 fields the models leave undescribed, added to the generated schema so
every field a designer's editor shows has a hint (kept here so the v1 models stay untouched)."""

from __future__ import annotations

from typing import Any

_TIMED = {
    "start": "seconds from the video's start",
    "start_beats": "beats of the soundtrack from its first beat (instead of start)",
    "duration": "length in seconds",
    "duration_beats": "length in beats (instead of duration)",
}

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "TemplateV2": {
        "name": "the template's title in the gallery",
        "description": "one or two sentences for the gallery",
        "tags": "words the gallery searches",
        "preview": "a picture in the template folder shown in the gallery, or a short muted "
        ".mp4 or .webm clip (at most 8 s and 8 MB) the gallery plays on hover",
        "canvas": "output size and frame rate",
        "soundtrack": "the music and how it plays",
        "slots": "places for the creator's clips and photos",
        "blanks": "words the creator types, used as {blank:id} in texts and the caption",
        "texts": "text layers drawn over the picture",
        "stickers": "pictures drawn over the picture",
        "post": "the caption and hashtags suggested when posting",
    },
    "BeatGrid": {
        "bpm": "a steady tempo in beats per minute",
        "first_beat": "seconds into the track of beat 0",
        "times": "explicit beat times in seconds (instead of bpm)",
    },
    "Blank": {
        "id": "the name used in {blank:id}",
        "prompt": "the question the creator answers",
        "example": "an answer shown as a hint (and used by lint)",
        "max_length": "the most characters the creator may type",
    },
    "Canvas": {
        "width": "pixels",
        "height": "pixels",
        "fps": "frames per second",
    },
    "FilterRef": {
        "name": "a filter's name (`studio filters` lists them)",
        "strength": "0 leaves the picture, 1 is the full effect",
        "params": "the filter's parameters by name; `{input:id}` uses a creator input",
    },
    "Post": {
        "caption": "suggested caption; may use {blank:id}",
        "hashtags": "suggested hashtags",
    },
    "Soundtrack": {
        "volume_db": "level of the music in dB",
        "fade_in": "seconds of fade at the start",
        "fade_out": "seconds of fade at the end",
    },
    "SlotV2": {
        **_TIMED,
        "id": "the slot's name (the creator sees `label`)",
        "label": "the slot's title for the creator",
        "prompt": "what to film or pick",
        "kind": "video, photo or any",
        "filter": "the slot's first filter",
        "speed": "playback speed of the clip",
        "required": "the video cannot render without this slot",
    },
    "Shape": {**_TIMED, "id": "the shape's name"},
    "StickerV2": {
        **_TIMED,
        "id": "the sticker's name",
        "image": "a picture in the template folder (PNG, JPEG, WebP; an animated GIF, WebP "
        "or PNG plays and loops)",
        "x": "centre, fraction of canvas width (without a region)",
        "y": "centre, fraction of canvas height (without a region)",
        "scale": "size factor (1 is the picture's size on a 1080-wide canvas)",
        "rotation": "degrees, clockwise",
        "opacity": "0 transparent, 1 opaque",
        "animation": "a loop or entrance for the sticker's whole life",
    },
    "TextLayerV2": {
        **_TIMED,
        "id": "the text's name",
        "text": "the words; {blank:id} inserts what the creator typed, {slot_index} and "
        "{slot_count} a slot's number and how many there are ({slot_index:02} pads to 2 digits)",
        "style": "font, size, colours",
        "animation_in": "how the text enters",
        "animation_out": "how the text leaves",
        "animation_duration": "seconds each animation lasts",
    },
    "TextStyle": {
        "font": "a bundled font or one the template ships (`fonts`)",
        "size": "pixels on a 1080-wide canvas (the largest size with a box)",
        "color": "text colour",
        "stroke_color": "outline colour",
        "stroke_width": "outline width in pixels",
        "background": "a box behind the text, or null",
        "box_padding": "space between the text and its background box",
        "box_radius": "rounded corners of the background box",
        "align": "left, center or right",
        "line_spacing": "distance between lines, in line heights",
    },
    "Transition": {
        "kind": "how the next slot appears",
        "duration": "seconds the transition lasts",
    },
}


def add_descriptions(schema: dict[str, Any]) -> dict[str, Any]:
    """Fill in a description wherever the generated schema has none (in place, returned)."""
    definitions = schema.get("$defs", {})
    for owner, fields in DESCRIPTIONS.items():
        node = schema if owner == "TemplateV2" else definitions.get(owner, {})
        for name, text in fields.items():
            prop = node.get("properties", {}).get(name)
            if prop is not None and "description" not in prop:
                prop["description"] = text
    return schema


def undescribed(schema: dict[str, Any]) -> list[str]:
    """Every `Definition.field` of the schema without a description."""
    nodes = {"TemplateV2": schema, **schema.get("$defs", {})}
    return [
        f"{owner}.{name}"
        for owner, node in nodes.items()
        for name, prop in node.get("properties", {}).items()
        if "description" not in prop
    ]
