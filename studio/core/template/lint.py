"""`studio template lint`: every load error, plus warnings a designer wants before publishing."""

from __future__ import annotations

import math
import wave
from collections.abc import Callable
from pathlib import Path

from studio.core.music_library import bundled_track
from studio.core.platforms import Box, load_platforms
from studio.core.slot_numbers import numbered
from studio.core.template.budget import PictureSize, budget_problems, png_size, timeline_problems
from studio.core.template.errors import Problem, TemplateError
from studio.core.template.lint_files import (
    moving_preview_problems,
    packing_problems,
    unused_file_warnings,
)
from studio.core.template.lint_post import hashtag_warnings
from studio.core.template.lint_time import keyframe_order_warnings, out_of_time_warnings
from studio.core.template.lint_v2 import (
    FilterCheck,
    captions_box_warnings,
    creator_input_warnings,
    ducking_warnings,
    filter_lint,
    fitted_text_problems,
    overlap_warnings,
    placeholder_warnings,
    unused_blank_warnings,
)
from studio.core.template.loader import BUNDLED_PREFIX, LoadedTemplate, load_template
from studio.core.template.package_manifest import folder_id_problem
from studio.core.template.schema import REFERENCE_WIDTH, BeatGrid, TextLayer
from studio.core.template.studio_versions import min_version_warnings
from studio.core.template.v2 import TemplateV2
from studio.core.timeline import BeatClock, Timeline, resolve_timeline

# (layer, text with blanks filled by their examples, canvas width) -> (width, height) in pixels
TextMeasure = Callable[[TextLayer, str, int], tuple[float, float]]
# audio file -> duration in seconds, or None when unknown
DurationProbe = Callable[[Path], float | None]
# a loaded template -> what opening its assets as a render does would refuse (media-level)
AssetCheck = Callable[[LoadedTemplate], list[Problem]]


def estimate_text_size(layer: TextLayer, text: str, canvas_width: int) -> tuple[float, float]:
    """A font-free estimate of a text box: glyphs 0.56 em wide, wrapped at the layer width. Sizes
    are pixels of a 1080-wide canvas, as the compositor draws them on any canvas."""
    style = layer.style
    units = canvas_width / REFERENCE_WIDTH
    size, stroke = style.size * units, style.stroke_width * units
    wrap = layer.width * canvas_width
    lines = 0
    widest = 0.0
    for paragraph in text.split("\n"):
        line_width = len(paragraph) * size * 0.56
        count = max(1, math.ceil(line_width / wrap))
        lines += count
        widest = max(widest, min(line_width, wrap))
    pad = style.box_padding * units if style.background else 0
    height = lines * size * style.line_spacing + 2 * (pad + stroke)
    return widest + 2 * (pad + stroke), height


def wav_duration(path: Path) -> float | None:
    """Duration of a WAV file with the standard library; None for other formats."""
    if path.suffix.lower() != ".wav":
        return None
    try:
        with wave.open(str(path)) as handle:
            return float(handle.getnframes() / handle.getframerate())
    except (wave.Error, OSError, EOFError):
        return None


def example_text(loaded: LoadedTemplate, layer: TextLayer) -> str:
    """The layer's text with each blank replaced by its example (or its prompt), and slot
    numbers as the last slot's (`{slot_index:02}/{slot_count:02}` is measured as 08/08)."""
    text = layer.text
    for blank_id in layer.blank_ids():
        blank = loaded.template.blank(blank_id)
        text = text.replace(f"{{blank:{blank_id}}}", blank.sample)
    count = len(loaded.template.slots)
    return numbered(text, count, count)


def lint_template(
    path: str | Path,
    measure: TextMeasure = estimate_text_size,
    probe_duration: DurationProbe = wav_duration,
    picture_size: PictureSize = png_size,
    check_assets: AssetCheck | None = None,
    check_filter: FilterCheck | None = None,
) -> list[Problem]:
    """Errors (from loading, the time and memory budget, opening assets, filters) and warnings;
    an empty list means the template is clean.

    `check_assets` opens the assets the way a render does and `check_filter` checks filters
    against the registry (the CLI passes the media layer's); the budget goes first, so a picture
    too large to render is refused from its header, never decoded.
    """
    try:
        loaded = load_template(path)
    except TemplateError as exc:
        return exc.problems
    costly = _budget_problems(loaded, probe_duration, picture_size)
    if costly:
        return costly
    if check_assets is not None and (unusable := check_assets(loaded)):
        return unusable
    if too_big := moving_preview_problems(loaded, probe_duration):
        return too_big
    problems = _safe_zone_warnings(loaded, measure) + _soundtrack_warnings(loaded, probe_duration)
    canvas = loaded.template.canvas
    if canvas.width % 2 or canvas.height % 2:
        even = f"{canvas.width - canvas.width % 2}x{canvas.height - canvas.height % 2}"
        message = (f"{canvas.width}x{canvas.height} is made {even}: video pictures have even "
                   "sizes (their colour is stored for 2x2 pixels)")  # fmt: skip
        problems.append(Problem(loaded.file, "canvas", message, "warning"))
    timeline, grid = _timeline(loaded, probe_duration)
    clock = BeatClock(grid, loaded.template.soundtrack.start)
    problems += out_of_time_warnings(loaded.template, timeline, clock, loaded.file)
    problems += keyframe_order_warnings(loaded.template, loaded.file)
    problems += hashtag_warnings(loaded.template, loaded.file)
    if wrong_name := folder_id_problem(loaded.folder.name):
        problems.append(Problem(loaded.folder, "", wrong_name, "warning"))
    problems += packing_problems(loaded)
    template = loaded.template
    if isinstance(template, TemplateV2):
        problems += unused_file_warnings(loaded)
        problems += min_version_warnings(template, loaded.file)
        problems += ducking_warnings(template, loaded.file)
        problems += creator_input_warnings(template, loaded.file)
        problems += placeholder_warnings(template, loaded.file)
        problems += unused_blank_warnings(template, loaded.file)
        problems += overlap_warnings(template, _grid(loaded), loaded.file)
        problems += captions_box_warnings(template, loaded.file)
        problems += fitted_text_problems(
            template, loaded.folder, measure, estimate_text_size, loaded.file
        )
        if check_filter is not None:
            problems += filter_lint(template, check_filter, loaded.file)
    return problems


def _grid(loaded: LoadedTemplate) -> BeatGrid | None:
    """The template's beat grid, or its bundled track's."""
    track = loaded.template.soundtrack.track
    if loaded.template.soundtrack.beats is not None:
        return loaded.template.soundtrack.beats
    if track is not None and track.startswith(BUNDLED_PREFIX):
        info = bundled_track(track.removeprefix(BUNDLED_PREFIX))
        return info.beats if info is not None else None
    return None


def _budget_problems(
    loaded: LoadedTemplate, probe_duration: DurationProbe, picture_size: PictureSize
) -> list[Problem]:
    """The render's limits: a finite timeline within the longest video, and the frame budget."""
    template = loaded.template
    timeline, grid = _timeline(loaded, probe_duration)
    problems = timeline_problems(template, timeline, loaded.file)
    if problems:
        return problems
    return budget_problems(template, loaded.folder, loaded.file, timeline, None, picture_size,
                           grid)  # fmt: skip


def _timeline(loaded: LoadedTemplate, probe_duration: DurationProbe) -> tuple[Timeline, BeatGrid]:
    """The template's timeline as lint can know it (a creator's song: beats at 120 bpm)."""
    template = loaded.template
    grid, length = _grid_and_length(loaded, probe_duration)
    usable = None if length is None else max(0.0, length - template.soundtrack.start)
    grid = grid or BeatGrid(bpm=120)
    return resolve_timeline(template, grid, usable, offset=template.soundtrack.start), grid


def _grid_and_length(
    loaded: LoadedTemplate, probe_duration: DurationProbe
) -> tuple[BeatGrid | None, float | None]:
    """The beat grid and soundtrack length lint can know without decoding audio."""
    template = loaded.template
    track = template.soundtrack.track
    grid: BeatGrid | None = template.soundtrack.beats
    if track is not None and track.startswith(BUNDLED_PREFIX):
        info = bundled_track(track.removeprefix(BUNDLED_PREFIX))
        if info is not None:
            return grid or info.beats, info.duration
        return grid, None
    return grid, probe_duration(loaded.asset(track)) if track is not None else None


def _safe_zone_warnings(loaded: LoadedTemplate, measure: TextMeasure) -> list[Problem]:
    canvas = loaded.template.canvas
    platforms = load_platforms().values()  # read once, not per text layer
    problems = []
    template = loaded.template
    # `measure` knows the bundled fonts; a template's own font is estimated
    shipped = set(template.font_names()) if isinstance(template, TemplateV2) else set()
    for index, layer in enumerate(template.texts):
        if getattr(layer, "box", None) is not None:
            continue  # a fitted text's box is checked by the v2 lint
        sizer = estimate_text_size if layer.style.font in shipped else measure
        width, height = sizer(layer, example_text(loaded, layer), canvas.width)
        cx, cy = layer.x * canvas.width, layer.y * canvas.height
        box = Box(
            left=cx - width / 2, top=cy - height / 2, right=cx + width / 2, bottom=cy + height / 2
        )
        for platform in platforms:
            edges = platform.safe_zone.covered_edges(box, canvas.width, canvas.height)
            if edges:
                message = (
                    f"text box ({box.left:.0f},{box.top:.0f})-({box.right:.0f},{box.bottom:.0f}) "
                    f"reaches under {platform.name}'s buttons at the {' and '.join(edges)}"
                )
                problems.append(Problem(loaded.file, f"texts[{index}]", message, "warning"))
    return problems


def _soundtrack_warnings(loaded: LoadedTemplate, probe_duration: DurationProbe) -> list[Problem]:
    template = loaded.template
    track = template.soundtrack.track
    grid: BeatGrid | None = template.soundtrack.beats
    length: float | None = None
    if track is not None and track.startswith(BUNDLED_PREFIX):
        info = bundled_track(track.removeprefix(BUNDLED_PREFIX))
        if info is not None:
            grid = grid or info.beats
            length = info.duration
    elif track is not None:
        length = probe_duration(loaded.asset(track))
    uses_beats = any(item.uses_beats for item in [*template.slots, *template.texts])
    uses_beats = uses_beats or any(
        motion.uses_beats
        for item in [*template.slots, *template.texts, *template.stickers]
        if (motion := getattr(item, "motion", None)) is not None
    )
    problems = []
    if uses_beats and grid is None:
        if track is None:
            grid = BeatGrid(bpm=120)  # creator's track: beats are detected at render time
        else:
            message = (
                'timed in beats but the track has no beat grid: add "beats": {"bpm": 120, '
                '"first_beat": 0} (or "times": [...]) to the soundtrack'
            )
            return [Problem(loaded.file, "soundtrack.beats", message)]
    timeline = resolve_timeline(template, grid, None)
    if length is not None:
        usable = length - template.soundtrack.start
        for index, slot in enumerate(template.slots):
            span = timeline.slots[slot.id]
            if span.end > usable + 1e-6:
                message = f"ends at {span.end:.2f} s, after the soundtrack ends ({usable:.2f} s)"
                problems.append(Problem(loaded.file, f"slots[{index}]", message, "warning"))
    return problems
