"""Open a template's assets the way a render will, so lint refuses what render would refuse.

Core cannot decode pictures or parse LUTs (it imports no media library), so `studio template
lint` gets these checks passed in, and `prepare` runs the same ones before the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path, PurePosixPath

from PIL import Image, ImageFont

from studio.core.errors import Problem, StudioError
from studio.core.fill_v2 import with_inputs
from studio.core.template import LoadedTemplate, TemplateError
from studio.core.template.budget import budget_problems, png_size, timeline_problems
from studio.core.template.font_file import NotAFont, font_characters
from studio.core.template.loader import MOVING_PREVIEW_SUFFIXES
from studio.core.template.schema import BeatGrid, FilterRef, Slot
from studio.core.timeline import resolve_timeline
from studio.media.filters import build_filter
from studio.media.probe import probe, probe_soundtrack
from studio.media.sticker_picture import sticker_frame_at, sticker_picture


def picture_size(path: Path) -> tuple[int, int] | None:
    """A picture's declared width and height from its header, without decoding it."""
    size = png_size(path)
    if size is not None:
        return size
    try:
        with Image.open(path) as image:
            return int(image.width), int(image.height)
    except Exception:  # any unreadable picture: the asset check opens it and names why
        return None


def refuse_over_budget(
    loaded: LoadedTemplate, grid: BeatGrid | None, track_seconds: float | None, fps: int | None
) -> None:
    """TemplateError when the render would run past the limits of studio.core.template.budget
    (a timeline that is not finite or too long, too much memory or time per frame) or would
    fail to open an asset; checked in that order, so an oversized picture is never decoded."""
    template = loaded.template
    usable = None if track_seconds is None else max(0.0, track_seconds - template.soundtrack.start)
    timeline = resolve_timeline(template, grid, usable)
    problems = timeline_problems(template, timeline, loaded.file)
    if not problems:
        problems = budget_problems(template, loaded.folder, loaded.file, timeline, fps,
                                   picture_size, grid)  # fmt: skip
    if not problems:
        problems = sticker_problems(loaded)  # prepare builds the filters itself, as lint does
    if problems:
        raise TemplateError(problems)


def sticker_problems(loaded: LoadedTemplate) -> list[Problem]:
    """Every sticker that cannot be opened as the compositor opens it."""
    problems = []
    for index, sticker in enumerate(loaded.template.stickers):
        path = loaded.asset(sticker.image)
        # the first picture, then an animation's frames as the compositor reads them
        message = _open_problem(partial(sticker_picture, path)) or _open_problem(
            partial(sticker_frame_at, path, 0.0)
        )
        if message:
            problems.append(Problem(loaded.file, f"stickers[{index}].image", message))
    return problems


def track_duration(path: Path) -> float | None:
    """A soundtrack's length as render measures it; None when it cannot be read."""
    try:
        return probe(path).duration
    except StudioError:
        return None


def asset_problems(loaded: LoadedTemplate) -> list[Problem]:
    """Every sticker, LUT, background, filter parameter and soundtrack a render would refuse."""
    template = loaded.template
    problems = sticker_problems(loaded)
    track = template.soundtrack.track
    own_track = loaded.soundtrack_path() if track and not track.startswith("bundled:") else None
    if own_track is not None:
        message = _open_problem(partial(_soundtrack, own_track))
        if message:
            problems.append(Problem(loaded.file, "soundtrack.track", message))
    for index, slot in enumerate(template.slots):
        for where, ref in _filters(slot):
            message = _open_problem(partial(_build, ref, loaded))
            if message:
                problems.append(Problem(loaded.file, f"slots[{index}].{where}", message))
        if slot.example:  # the frame command and the gallery open it: a fake one failed there
            message = _open_problem(partial(probe, loaded.asset(slot.example)))
            if message:
                problems.append(Problem(loaded.file, f"slots[{index}].example", message))
    problems += _format2_problems(loaded)
    if PurePosixPath(template.preview).suffix.lower() in MOVING_PREVIEW_SUFFIXES:
        message = _open_problem(partial(probe, loaded.asset(template.preview)))
        if message:  # the gallery plays it on hover
            problems.append(Problem(loaded.file, "preview", message))
    return problems


def _format2_problems(loaded: LoadedTemplate) -> list[Problem]:
    """The template's own fonts drawn with, its look built, its inputs' files opened."""
    problems = []
    template = loaded.template
    for index, font in enumerate(getattr(template, "fonts", ())):
        message = _open_problem(partial(_draw_with, loaded.asset(font.file)))
        if message:
            problems.append(Problem(loaded.file, f"fonts[{index}].file", message))
    for index, ref in enumerate(getattr(template, "look", ())):
        message = _open_problem(partial(_build, ref, loaded))
        if message:
            problems.append(Problem(loaded.file, f"look[{index}]", message))
    for index, wanted in enumerate(getattr(template, "inputs", ())):
        for field in ("default", "example"):
            relative = getattr(wanted, field, None)
            message = relative and _open_problem(partial(probe, loaded.asset(relative)))
            if message:
                problems.append(Problem(loaded.file, f"inputs[{index}].{field}", message))
    return problems


def _draw_with(path: Path) -> None:
    """Open a font and measure with it as a text layer does. A font cut short, or one with
    only bitmaps of fixed sizes (a colour emoji font), passes the character map check and
    failed at the render's first text."""
    try:
        font_characters(path)
    except (NotAFont, OSError):
        return  # the core's font check names it
    try:
        ImageFont.truetype(str(path), 48).getbbox("Ag")
    except OSError as exc:
        reason = "it has only fixed-size bitmaps" if "pixel size" in str(exc) else str(exc)
        raise StudioError(f"cannot be drawn with ({reason})") from None


def _filters(slot: Slot) -> list[tuple[str, FilterRef]]:
    named = [("filter", slot.filter)] if slot.filter else []
    return named + [(f"more_filters[{i}]", ref) for i, ref in enumerate(slot.more_filters)]


def _build(ref: FilterRef, loaded: LoadedTemplate) -> None:
    """Build the filter as a render does: a LUT is read and baked, a background probed.

    A `{input:id}` parameter is the creator's choice, unknown until they pick it: built empty."""
    ref = with_inputs(ref, {})
    files = {key: str(loaded.asset(value)) for key, value in ref.file_params().items()}
    build_filter(ref.name, ref.strength, {**ref.params, **files})


def _soundtrack(path: Path) -> None:
    """Probe the track as `prepare` does."""
    probe_soundtrack(path)


def _open_problem(action: Callable[[], object]) -> str | None:
    """Run `action`; the reason it failed, in one line, or None."""
    try:
        action()
    except StudioError as exc:
        return exc.first_line
    except MemoryError:
        return "too large to open"
    except Exception as exc:  # Pillow and OpenCV raise many kinds: one line, no traceback
        return f"cannot be opened ({type(exc).__name__}: {str(exc)[:120]})"
    return None
