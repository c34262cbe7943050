"""Lint for what v1 could not see: overlapping slots, filters checked against the registry, unused
blanks, fitted text at its longest input, and a shipped font's glyphs. Warnings unless the render
would fail or show missing glyphs."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from studio.core.platforms import Box, load_platforms
from studio.core.post.graphemes import graphemes, visible_length
from studio.core.resources import resource_path
from studio.core.slot_numbers import PLACEHOLDER_NAMES, SLOT_NUMBER, numbered
from studio.core.template.did_you_mean import did_you_mean
from studio.core.template.errors import Problem
from studio.core.template.font_file import NotAFont, font_characters
from studio.core.template.schema import BLANK_PATTERN, BeatGrid, Template, TextLayer
from studio.core.template.v2 import TemplateV2, TextLayerV2
from studio.core.template.v2_checks import filter_refs
from studio.core.timeline import resolve_timeline

# (filter name, params) -> [(place inside the filter, problem)]; from the media filter registry
FilterCheck = Callable[[str, Mapping[str, object]], list[tuple[str, str]]]
# `{slot_indx}`, `{slot_index:02}`: a word in braces, maybe with a format (blanks have a colon)
UNKNOWN_PLACEHOLDER = re.compile(r"(\{([a-z_]+)(?::[^{}]*)?\})")
# (layer, text, canvas width) -> (width, height) in pixels, as lint's `measure`
TextMeasure = Callable[[TextLayer, str, int], tuple[float, float]]


def longest_input(example: str, max_length: int) -> str:
    """The example repeated up to max_length characters (as a creator's blank counts them):
    real words, as many as allowed."""
    text = example or "Wy"
    while visible_length(text) < max_length:
        text += " " + (example or "Wy")
    return "".join(graphemes(text)[:max_length]).rstrip()


def unused_blank_warnings(template: Template, file: Path) -> list[Problem]:
    """A declared blank no text and no caption uses."""
    used = {blank for layer in template.texts for blank in layer.blank_ids()}
    used |= set(BLANK_PATTERN.findall(template.post.caption))
    return [
        Problem(file, f"blanks[{i}]", f"'{blank.id}' is never used in texts or caption", "warning")
        for i, blank in enumerate(template.blanks)
        if blank.id not in used
    ]


def overlap_warnings(template: TemplateV2, grid: BeatGrid | None, file: Path) -> list[Problem]:
    """Two slots on the same layer whose regions and times overlap: one hides the other."""
    timeline = resolve_timeline(template, grid or BeatGrid(bpm=120), None)
    problems = []
    slots = template.slots
    for i, first in enumerate(slots):
        for j in range(i + 1, len(slots)):
            second = slots[j]
            a, b = timeline.slots[first.id], timeline.slots[second.id]
            together = min(a.end, b.end) - max(a.start, b.start)
            crossing = (
                first.transition is not None and j == i + 1
            )  # a transition overlaps by design
            if (
                first.layer == second.layer
                and together > 1e-6
                and not crossing
                and first.resolved_region().overlaps(second.resolved_region())
            ):
                message = (
                    f"overlaps slots[{i}] ('{first.id}') on layer {first.layer} from "
                    f"{max(a.start, b.start):.2f} s to {min(a.end, b.end):.2f} s: one hides the "
                    "other (give them different regions or layers)"
                )
                problems.append(Problem(file, f"slots[{j}]", message, "warning"))
    return problems


def filter_lint(template: TemplateV2, check: FilterCheck, file: Path) -> list[Problem]:
    """Unknown filters, parameters and out-of-range values as errors at their JSON paths."""
    return [
        Problem(file, f"{where}.{place}", message)
        for where, ref in filter_refs(template)
        for place, message in check(ref.name, ref.params)
    ]


def fitted_text_problems(
    template: TemplateV2, folder: Path, measure: TextMeasure, estimate: TextMeasure, file: Path
) -> list[Problem]:
    """Each fitted text at its longest input fits its box at the minimum size; the box stays out
    of every platform's buttons; a shipped font has a glyph for every character of the examples."""
    canvas = template.canvas
    platforms = load_platforms().values()
    fonts = dict(zip(template.font_names(), template.fonts, strict=True))
    problems: list[Problem] = []
    for index, layer in enumerate(template.texts):
        where = f"texts[{index}]"
        font = fonts.get(layer.style.font)
        if font is not None:
            problems += _glyph_problems(template, layer, folder / font.file, where, file)
        elif bundled := _bundled_font(layer.style.font):
            problems += _glyph_problems(template, layer, bundled, where, file, "warning")
        box = layer.box
        if box is None:
            continue
        longest = _filled(template, layer, longest=True)
        style = layer.style.model_copy(update={"size": box.min_size, "background": None})
        smallest = layer.model_copy(update={"width": box.w, "style": style})
        sizer = estimate if font is not None else measure  # `measure` knows the bundled fonts
        width, height = sizer(smallest, longest, canvas.width)
        _, line = sizer(smallest, "Wy", canvas.width)
        lines = max(1, math.floor(height / max(line, 1) + 0.3))
        if (
            width > box.w * canvas.width + 1
            or height > box.h * canvas.height + 1
            or lines > box.max_lines
        ):
            message = (
                f"the longest allowed input ({visible_length(longest)} characters) does not fit "
                f"the box at the minimum size {box.min_size} (lower min_size, allow more lines "
                "or a bigger box)"
            )
            problems.append(Problem(file, f"{where}.box", message, "warning"))
        cx, cy = layer.x * canvas.width, layer.y * canvas.height
        half_w, half_h = box.w * canvas.width / 2, box.h * canvas.height / 2
        area = Box(left=cx - half_w, top=cy - half_h, right=cx + half_w, bottom=cy + half_h)
        for platform in platforms:
            edges = platform.safe_zone.covered_edges(area, canvas.width, canvas.height)
            if edges:
                under = f"the text box reaches under {platform.name}'s buttons"
                message = f"{under} at the {' and '.join(edges)}"
                problems.append(Problem(file, f"{where}.box", message, "warning"))
    return problems


def _filled(template: Template, layer: TextLayer, longest: bool) -> str:
    text = layer.text
    for blank_id in layer.blank_ids():
        blank = template.blank(blank_id)
        value = longest_input(blank.example, blank.max_length) if longest else blank.example
        text = text.replace(f"{{blank:{blank_id}}}", value)
    count = len(template.slots)  # slot numbers as the last slot's, the widest
    return numbered(text, count, count)


def _glyph_problems(
    template: Template,
    layer: TextLayerV2,
    font: Path,
    where: str,
    file: Path,
    severity: Literal["error", "warning"] = "error",
) -> list[Problem]:
    """Letters of the example the text's font lacks: an error for a font the template ships (its
    designer chose it for these letters), a warning for a bundled one, whose missing letters a
    creator's computer draws from a font of its own, which differs from computer to computer."""
    try:
        characters = font_characters(font)
    except (NotAFont, OSError):
        return []  # the loader already said so
    text = _filled(template, layer, longest=False)
    missing = sorted({ch for ch in text if not ch.isspace() and not _is_emoji(ch)
                      and ord(ch) not in characters})  # fmt: skip
    if not missing:
        return []
    message = f"the font '{layer.style.font}' has no glyph for {' '.join(missing)} (in the example)"
    if severity == "warning":
        message += ": they are drawn from a font of the creator's computer, or as boxes"
    return [Problem(file, f"{where}.style.font", message, severity)]


def _bundled_font(name: str) -> Path | None:
    for suffix in (".otf", ".ttf"):
        path = resource_path("fonts", name + suffix)
        if path.is_file():
            return path
    return None


def _is_emoji(ch: str) -> bool:
    """Emoji (and their joiners and variation selectors) come from the emoji font."""
    code = ord(ch)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or code in (0x200D, 0xFE0F, 0x20E3)


def captions_box_warnings(template: TemplateV2, file: Path) -> list[Problem]:
    """A captions box that reaches under a platform's buttons (the custom preset has none)."""
    element = template.captions
    if element is None:
        return []
    canvas = template.canvas
    left = (element.x - element.w / 2) * canvas.width
    top = (element.bottom - element.h) * canvas.height
    right = left + element.w * canvas.width
    area = Box(left=left, top=top, right=right, bottom=element.bottom * canvas.height)
    problems = []
    for platform in load_platforms().values():
        edges = platform.safe_zone.covered_edges(area, canvas.width, canvas.height)
        if edges and platform.id != "custom":
            message = (f"the captions box reaches under {platform.name}'s buttons at the "
                       f"{' and '.join(edges)}")  # fmt: skip
            problems.append(Problem(file, "captions", message, "warning"))
    return problems


def ducking_warnings(template: TemplateV2, file: Path) -> list[Problem]:
    """`ducking` with nothing to duck or nothing to duck under, and a `duck_under` whose slot
    (or the ducked slot itself) makes no sound."""
    problems = []
    track = template.soundtrack
    heard = {slot.id for slot in template.slots if _slot_sound_heard(template, slot.volume_db)}
    if template.ducking is not None:
        if track.track is None and not track.replaceable:
            message = (
                "there is no soundtrack to duck (the track is null and the creator cannot pick one)"
            )
            problems.append(Problem(file, "ducking", message, "warning"))
        elif not heard:
            message = ("no clip's sound is heard (soundtrack.clip_audio_db is null and no "
                       "slot sets volume_db): nothing ducks the music")  # fmt: skip
            problems.append(Problem(file, "ducking", message, "warning"))
    for i, slot in enumerate(template.slots):
        if slot.duck_under is None:
            continue
        if slot.id not in heard:
            message = (
                f"'{slot.id}' makes no sound (its volume is muted), so there is nothing to duck"
            )
            problems.append(Problem(file, f"slots[{i}].duck_under", message, "warning"))
        elif slot.duck_under not in heard:
            message = (f"slot '{slot.duck_under}' makes no sound (its volume is muted): "
                       "nothing to duck under")  # fmt: skip
            problems.append(Problem(file, f"slots[{i}].duck_under", message, "warning"))
    return problems


def _slot_sound_heard(template: TemplateV2, volume_db: float | None) -> bool:
    return volume_db is not None or template.soundtrack.clip_audio_db is not None


def creator_input_warnings(template: TemplateV2, file: Path) -> list[Problem]:
    """What an empty optional input does (left out, where) and a default a required input
    never uses."""
    problems = []
    for i, item in enumerate(template.inputs):
        users = [
            f"{where}.params.{key}"
            for where, ref in filter_refs(template)
            for key, value in ref.params.items()
            if isinstance(value, str) and f"{{input:{item.id}}}" in value
        ]
        if item.required and item.default is not None:
            message = 'a required input never uses its default (set "required": false)'
            problems.append(Problem(file, f"inputs[{i}].default", message, "warning"))
        elif not item.required and item.default is None and users:
            message = (f"left empty, '{item.id}' is left out of {', '.join(users)} (the layers "
                       'below show, or black): give a "default" file to show instead')  # fmt: skip
            problems.append(Problem(file, f"inputs[{i}]", message, "warning"))
    return problems


def placeholder_warnings(template: TemplateV2, file: Path) -> list[Problem]:
    """A `{name}` in a text that is no placeholder (`{slot_indx}`), with the one it may mean."""
    problems = []
    for i, layer in enumerate(template.texts):
        for whole, name in UNKNOWN_PLACEHOLDER.findall(layer.text):
            if name in PLACEHOLDER_NAMES and not SLOT_NUMBER.fullmatch(whole):
                widths = f"{{{name}:02}} (zeros) or {{{name}:2}} (spaces)"
                message = f"'{whole}' shows as written: a slot number takes a width like {widths}"
                problems.append(Problem(file, f"texts[{i}].text", message, "warning"))
            if name in PLACEHOLDER_NAMES or name in ("blank", "input"):
                continue
            hint = did_you_mean(name, PLACEHOLDER_NAMES)
            if hint:
                message = f"'{whole}' is not a placeholder and shows as written{hint}"
                problems.append(Problem(file, f"texts[{i}].text", message, "warning"))
    return problems
