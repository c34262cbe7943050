"""What a template will cost to render, worked out from its numbers before any frame is made.

A template is a designer's file and so untrusted: a 2048 px sticker at scale 10, rotated, needed
3.8 GB and a minute per frame when it was drawn whole (now only its part in the frame is made,
and this model counts that); 30 spinning stickers and 30 typewriter texts made a 15 s video take
20 minutes. Lint and render both refuse a template over these limits, with one line naming the
field that costs the most. The figures were measured on a 2-core machine (docs/template-limits.md):

- a video lasts at most MAX_SECONDS, the longest the platforms take (TikTok's 10 minutes);
- at most MAX_PIXEL_RATE pixels a second (the largest canvas at 30 fps, or 4K at 60) and
  MAX_VIDEO_PIXELS in all
  (10 minutes of 1080x1920 at 60 fps): bigger is hours of encoding for a phone screen;
- at most FRAME_MEMORY_LIMIT bytes for the pictures of one frame (canvas, slot pictures,
  the largest scaled or rotated sticker or text): a few frames are in flight at once;
- at most FRAME_SECONDS_LIMIT estimated seconds of compositing per frame (a 15 s video at 30 fps
  within 4 minutes) and TOTAL_SECONDS_LIMIT for the whole video.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.core.errors import Problem
from studio.core.template.schema import REFERENCE_WIDTH, BeatGrid, Sticker, Template, TextLayer
from studio.core.template.v2 import Shape
from studio.core.timeline import BeatClock, Span, Timeline, resolve_span

MAX_SECONDS = 600.0
MAX_PIXEL_RATE = 4096 * 4096 * 30  # just above 2160x3840 at 60 fps
MAX_VIDEO_PIXELS = 1080 * 1920 * 60 * 600
FRAME_MEMORY_LIMIT = 256 * 1024 * 1024
FRAME_SECONDS_LIMIT = 0.5
TOTAL_SECONDS_LIMIT = 45 * 60.0

# nanoseconds per pixel, medians measured at 1080x1920 on 2 cores (docs/template-limits.md)
NS_CANVAS = 20.0  # decode, resize, convert and pipe one canvas-sized slot picture
NS_WARP = 40.0  # cv2.warpAffine/resize of an RGBA overlay, per output pixel
NS_BLEND = 50.0  # blend_rgba, per covered canvas pixel
# a shape's picture blended into the export's I420 frame, per pixel of its region: 5 and 10
# full-frame shapes composed in 193 and 390 ms a frame (medians of 15 frames, load 1.4)
NS_SHAPE = 20.0
NS_TEXT = 70.0  # Pillow drawing a text block, per pixel of its box
# how much larger than its resting size an animation draws an overlay (pop overshoots 15 %)
ANIMATION_GROWTH = {"pop": 1.15, "pulse": 1.08}

# (picture file) -> (width, height) read from its header, or None when unreadable
PictureSize = Callable[[Path], tuple[int, int] | None]


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a PNG's header (24 bytes read); None for anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def megabytes(size: float) -> str:
    """`1.6 GB` or `256 MB`."""
    return f"{size / 2**30:.1f} GB" if size >= 2**30 else f"{size / 2**20:.0f} MB"


@dataclass(frozen=True)
class Cost:
    """One layer's share of a frame: where it is in the template, bytes, seconds and why."""

    where: str
    memory: float
    seconds: float
    what: str
    span: Span
    moving: bool


def timeline_problems(template: Template, timeline: Timeline, file: Path) -> list[Problem]:
    """Every resolved time that is not finite or lies beyond MAX_SECONDS, at its field."""
    limit = f"a video lasts at most {MAX_SECONDS:g} s (10 minutes, the platforms' longest)"
    problems = []
    timed: list[tuple[str, str, Span]] = [
        (f"slots[{i}]", _time_field(s), timeline.slots[s.id]) for i, s in enumerate(template.slots)
    ]
    timed += [(f"texts[{i}]", _time_field(t), timeline.texts[t.id])
              for i, t in enumerate(template.texts)]  # fmt: skip
    timed += [(f"stickers[{i}]", _time_field(s), timeline.stickers[s.id])
              for i, s in enumerate(template.stickers)]  # fmt: skip
    for where, field, span in timed:
        if not (math.isfinite(span.start) and math.isfinite(span.end)):
            problems.append(Problem(file, f"{where}.{field}", "does not give a finite time"))
        elif span.end > MAX_SECONDS:
            problems.append(Problem(file, f"{where}.{field}", f"ends at {span.end:.0f} s; {limit}"))
    total = timeline.total
    if not problems and (not math.isfinite(total) or total > MAX_SECONDS):
        where = "duration" if template.duration is not None else "follow_soundtrack"
        problems.append(Problem(file, where, f"makes the video {total:.0f} s long; {limit}"))
    return problems


def _time_field(item: Sticker | TextLayer | object) -> str:
    """The field that put an item where it is: beats when it is timed in beats."""
    if getattr(item, "duration_beats", None) is not None:
        return "duration_beats"
    if getattr(item, "start_beats", None) is not None:
        return "start_beats"
    return "duration"


def budget_problems(
    template: Template,
    folder: Path,
    file: Path,
    timeline: Timeline,
    fps: int | None = None,
    picture_size: PictureSize = png_size,
    grid: BeatGrid | None = None,
) -> list[Problem]:
    """Why rendering this template would take too much memory or time, if it would.

    Layers cost only while they are on screen: the frame cost is the largest sum of the layers
    shown together. `picture_size` reads a sticker's size from its header without decoding it.
    """
    seconds = timeline.total
    canvas = template.canvas
    fps = fps or canvas.fps
    pixels = canvas.width * canvas.height
    rate = pixels * fps
    size = f"{canvas.width}x{canvas.height} at {fps} fps"
    if rate > MAX_PIXEL_RATE:
        limit = "4096x4096 at 30 fps"
        return [Problem(file, "canvas", f"{size} is more pixels a second than {limit}")]
    if rate * seconds > MAX_VIDEO_PIXELS:
        message = f"{size} for {seconds:.0f} s is more than 10 minutes of 1080x1920 at 60 fps"
        return [Problem(file, "canvas", message)]
    costs = [_sticker_cost(i, s, template, folder, picture_size, timeline.stickers[s.id])
             for i, s in enumerate(template.stickers)]  # fmt: skip
    costs += [_text_cost(i, layer, template, timeline.texts[layer.id])
              for i, layer in enumerate(template.texts)]  # fmt: skip
    clock = BeatClock(grid or BeatGrid(bpm=120))
    costs += [_shape_cost(i, shape, template, resolve_span(shape, clock, 0.0, seconds))
              for i, shape in enumerate(getattr(template, "shapes", ()))]  # fmt: skip
    base_memory = pixels * 3 * 3  # the frame, and two slot pictures during a transition
    base_seconds = pixels * NS_CANVAS * 1e-9
    heaviest = max(costs, key=lambda c: c.memory, default=None)
    if heaviest is not None and base_memory + heaviest.memory > FRAME_MEMORY_LIMIT:
        need = megabytes(base_memory + heaviest.memory)
        limit = megabytes(FRAME_MEMORY_LIMIT)
        message = f"{heaviest.what} would need {need} per frame (limit {limit})"
        return [Problem(file, heaviest.where, message)]
    together = _busiest_moment(costs)
    frame = base_seconds + sum(c.seconds for c in together)
    slowest = max(together, key=lambda c: c.seconds, default=None)
    if frame > FRAME_SECONDS_LIMIT and slowest is not None:
        shown = f"{frame:.1f}"  # just over the limit: two places, never rounded onto it
        if float(shown) <= FRAME_SECONDS_LIMIT:
            shown = f"{math.ceil(frame * 100) / 100:.2f}"
        took = f"would take about {shown} s per frame to draw (limit {FRAME_SECONDS_LIMIT:g} s)"
        if len(together) == 1:
            message = f"{slowest.what} {took}"
        else:
            message = f"{_layer_summary(together)} {took}; the costliest is {slowest.what}"
        return [Problem(file, slowest.where, message)]
    total = frame * seconds * fps
    if total > TOTAL_SECONDS_LIMIT:
        message = (
            f"{seconds:.0f} s at {fps} fps would take about {total / 60:.0f} minutes to render "
            f"(limit {TOTAL_SECONDS_LIMIT / 60:.0f}); shorten it or lower the frame rate"
        )
        where = "duration" if template.duration is not None else "canvas.fps"
        return [Problem(file, where, message)]
    return []


def _busiest_moment(costs: list[Cost]) -> list[Cost]:
    """The layers on screen together at the moment they cost the most time."""
    best: list[Cost] = []
    for moment in sorted({c.span.start for c in costs}):
        showing = [c for c in costs if c.span.start <= moment < c.span.end]
        if sum(c.seconds for c in showing) > sum(c.seconds for c in best):
            best = showing
    return best


def _layer_summary(together: list[Cost]) -> str:
    """`30 stickers (30 moving) and 2 texts (1 typewriter) and 3 shapes on screen together`."""
    stickers = [c for c in together if c.where.startswith("stickers")]
    texts = [c for c in together if c.where.startswith("texts")]
    parts = []
    if stickers:
        moving = sum(1 for c in stickers if c.moving)
        parts.append(f"{_count(len(stickers), 'sticker')} ({moving} moving)")
    if texts:
        typing = sum(1 for c in texts if c.moving)
        parts.append(f"{_count(len(texts), 'text')} ({typing} typewriter)")
    if shapes := [c for c in together if c.where.startswith("shapes")]:
        parts.append(_count(len(shapes), "shape"))
    return " and ".join(parts) + " on screen together"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _sticker_cost(
    index: int,
    sticker: Sticker,
    template: Template,
    folder: Path,
    picture_size: PictureSize,
    span: Span,
) -> Cost:
    """Bytes and seconds of drawing one sticker, transformed every frame as the compositor does."""
    found = picture_size(folder / sticker.image)
    width, height = found if found is not None else (512, 512)
    units = template.canvas.width / REFERENCE_WIDTH
    scale = sticker.scale * units * ANIMATION_GROWTH.get(sticker.animation, 1.0)
    turning = sticker.rotation != 0 or sticker.animation == "spin"
    if turning:  # rotating grows the picture to the square of its diagonal
        side = math.hypot(width, height) * scale
        out_w = out_h = side
    else:
        out_w, out_h = width * scale, height * scale
    covered = min(out_w, template.canvas.width) * min(out_h, template.canvas.height)
    # a transformed picture larger than the canvas is made only where the frame shows it
    # (`posed_rgba`): growing a sticker costs at most a canvas of warped pixels
    # (a picture shrunk without turning is made whole: all of it is smaller than itself)
    shrunk = scale < 1 and not turning
    warped = (
        out_w * out_h
        if shrunk
        else min(out_w * out_h, template.canvas.width * template.canvas.height)
    )
    transformed = abs(scale - 1) > 1e-3 or turning
    memory = width * height * 4 + (warped * 4 if transformed else 0) + covered * 12
    seconds = ((warped * NS_WARP if transformed else 0) + covered * NS_BLEND) * 1e-9
    what = f"a {max(width, height)} px sticker ('{sticker.image}') at scale {sticker.scale:g}"
    if turning:
        what += " rotated" if sticker.animation != "spin" else " spinning"
    if width * height >= warped:  # the picture itself is the cost, whatever is done to it
        field = "image"
    elif sticker.scale > 1:
        field = "scale"
    elif sticker.animation == "spin":
        field = "animation"
    else:
        field = "rotation" if sticker.rotation else "image"
    moving = turning or sticker.animation != "none"
    return Cost(f"stickers[{index}].{field}", memory, seconds, what, span, moving)


def _shape_cost(index: int, shape: Shape, template: Template, span: Span) -> Cost:
    """Bytes and seconds of one shape: its picture (border included) is made once and blended
    each frame over its region, and warped first when it moves. Thirty full-frame bordered
    shapes took 95 s to render one second before shapes were counted here."""
    canvas = template.canvas
    region = shape.resolved_region()
    width, height = region.w * canvas.width, region.h * canvas.height
    covered = min(width, canvas.width) * min(height, canvas.height)
    moving = shape.motion is not None
    warped = min(width * height * 2, canvas.width * canvas.height) if moving else 0
    memory = width * height * 4 + warped * 4 + covered * 12
    seconds = (warped * NS_WARP + covered * NS_SHAPE) * 1e-9
    what = f"a {round(width)}x{round(height)} px shape"
    return Cost(f"shapes[{index}].region", memory, seconds, what, span, moving)


def _text_cost(index: int, layer: TextLayer, template: Template, span: Span) -> Cost:
    """Bytes and seconds of one text layer; a typewriter draws its text again at every step."""
    canvas = template.canvas
    units = canvas.width / REFERENCE_WIDTH
    style = layer.style
    wrap = layer.width * canvas.width
    line_width = len(layer.text) * style.size * units * 0.56
    lines = max(1, math.ceil(line_width / wrap))
    box_w = min(line_width, wrap) + 2 * (style.box_padding + style.stroke_width) * units
    box_h = (lines * style.size * style.line_spacing + 2 * style.box_padding) * units
    pixels = box_w * box_h * ANIMATION_GROWTH["pop"]
    covered = min(box_w, canvas.width) * min(box_h, canvas.height)
    typing = "typewriter" in (layer.animation_in, layer.animation_out)
    scaling = "pop" in (layer.animation_in, layer.animation_out)
    # the compositor keeps each step's picture, so a typewriter draws anew only on the frames
    # where another character appears
    steps = min(1.0, len(layer.text) / max(layer.animation_duration * template.canvas.fps, 1.0))
    seconds = covered * NS_BLEND + (pixels * NS_TEXT * steps if typing else 0)
    seconds += pixels * NS_WARP if scaling else 0
    what = "a typewriter text" if typing else "a text"
    field = "animation_in" if typing else "style.size"
    memory = pixels * 4 + covered * 12
    return Cost(f"texts[{index}].{field}", memory, seconds * 1e-9, what, span, typing)
