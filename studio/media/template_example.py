"""A template filled with example media and words: what a designer previews and a gallery shows.

Each slot takes the template's own `example` file when it names one, else a bundled sample
(a photo for a photo slot, clips in turn otherwise); each blank takes its example (or prompt).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import RenderPlan
from studio.core.resources import resource_path
from studio.core.template import LoadedTemplate
from studio.core.template.v2 import TemplateV2
from studio.core.timeline import BeatClock
from studio.media.compositor import Compositor
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError
from studio.media.render import beat_grid_for, prepare

SAMPLE_CLIPS = ("dance-portrait.mp4", "garden-square.mp4", "city-landscape.mp4")
SAMPLE_PHOTO = "portrait-photo.jpg"
LOOP_FPS = 10


def forgiving(loaded: LoadedTemplate) -> LoadedTemplate:
    """The template with every slot optional and black when empty, so a preview never fails
    for want of media."""
    template = loaded.template
    slots = [
        s.model_copy(update={"required": False, "when_empty": "black"}) for s in template.slots
    ]
    update: dict[str, object] = {"slots": slots}
    if isinstance(template, TemplateV2):  # a creator input (a background) is optional too
        update["inputs"] = [i.model_copy(update={"required": False}) for i in template.inputs]
    return LoadedTemplate(template.model_copy(update=update), loaded.folder)


def example_input(loaded: LoadedTemplate) -> CreatorInput:
    """Example media for every slot and example words for every blank."""
    slots = {}
    clips = 0
    for slot in loaded.template.slots:
        if slot.example is not None:
            media = loaded.asset(slot.example)
        elif slot.kind == "photo":
            media = resource_path("samples", SAMPLE_PHOTO)
        else:
            media = resource_path("samples", SAMPLE_CLIPS[clips % len(SAMPLE_CLIPS)])
            clips += 1
        slots[slot.id] = SlotInput(media)
    for item in getattr(loaded.template, "inputs", []):  # a v2 creator input: its example,
        example = item.example or item.default  # its default, or a sample photo
        media = loaded.asset(example) if example else resource_path("samples", SAMPLE_PHOTO)
        slots[item.id] = SlotInput(media)
    blanks = {b.id: b.sample for b in loaded.template.blanks}
    return CreatorInput(slots=slots, blanks=blanks)


def example_plan(loaded: LoadedTemplate) -> RenderPlan:
    """The render plan of the template filled with its examples."""
    return prepare(forgiving(loaded), example_input(loaded))


def beat_times(loaded: LoadedTemplate, plan: RenderPlan) -> list[float]:
    """The soundtrack's beats within the video (empty when the template has no grid)."""
    grid = beat_grid_for(loaded, plan.audio.soundtrack, own_track=False)
    if grid is None:
        return []
    return BeatClock(grid, plan.audio.start).beat_times(plan.duration)


def frame_at(plan: RenderPlan, seconds: float, scale: float = 1.0) -> Frame:
    """One composed frame of `plan` (clamped to the video's length)."""
    compositor = Compositor(plan, scale)
    try:
        last = max(0.0, plan.duration - 1.0 / plan.fps)
        return compositor.frame_at(min(max(0.0, seconds), last))
    finally:
        compositor.close()


def carry_decoders(new: Compositor, old: Compositor) -> None:
    """Give `new` the running decoders of `old` for every slot that did not change.

    A designer's save usually touches text or stickers, not the slots: keeping the decoders
    (already at the playhead) saves restarting ffmpeg, most of a redraw's time. The unused
    fresh sources go to `old`, so closing `old` closes exactly what is no longer needed.
    """
    if (new.width, new.height, new.plan.fps) != (old.width, old.height, old.plan.fps):
        return
    for slot_id, source in list(old.sources.items()):
        fresh = new.sources.get(slot_id)
        if fresh is not None and fresh.slot == source.slot:
            new.sources[slot_id], old.sources[slot_id] = source, fresh


@dataclass(frozen=True)
class SheetCell:
    """One frame of a contact sheet and the label printed under it."""

    seconds: float
    label: str


def slot_cells(loaded: LoadedTemplate, plan: RenderPlan) -> list[SheetCell]:
    """A frame in the middle of each slot, labelled with the slot's id and time."""
    cells = []
    for slot in plan.slots:
        middle = (slot.visible.start + slot.visible.end) / 2
        cells.append(SheetCell(middle, f"{slot.id} @ {middle:.2f}s"))
    return cells


def beat_cells(loaded: LoadedTemplate, plan: RenderPlan, limit: int = 48) -> list[SheetCell]:
    """A frame on each beat (at most `limit`), labelled with the beat number and time."""
    beats = [t for t in beat_times(loaded, plan) if t < plan.duration][:limit]
    return [SheetCell(t, f"beat {i} @ {t:.2f}s") for i, t in enumerate(beats)]


def contact_sheet(plan: RenderPlan, cells: list[SheetCell], cell_width: int = 216) -> Frame:
    """The cells' frames side by side in rows of up to six, each labelled underneath."""
    scale = cell_width / plan.width
    compositor = Compositor(plan, scale)
    label_height = 28
    columns = min(6, max(1, len(cells)))
    rows = max(1, -(-len(cells) // columns))
    width, height = compositor.width, compositor.height
    sheet = Image.new("RGB", (columns * (width + 8) + 8, rows * (height + label_height + 8) + 8),
                      (24, 24, 28))  # fmt: skip
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(resource_path("fonts", "Inter-Bold.otf")), 15)
    last = max(0.0, plan.duration - 1.0 / plan.fps)
    try:
        for index, cell in enumerate(sorted(cells, key=lambda c: c.seconds)):
            frame = compositor.frame_at(min(max(0.0, cell.seconds), last))
            x = 8 + (index % columns) * (width + 8)
            y = 8 + (index // columns) * (height + label_height + 8)
            sheet.paste(Image.fromarray(frame), (x, y))
            draw.text((x + 2, y + height + 5), cell.label, fill=(235, 235, 240), font=font)
    finally:
        compositor.close()
    return np.asarray(sheet)


def render_loop(plan: RenderPlan, output: Path, seconds: float = 4.0, width: int = 144) -> Path:
    """A small looping GIF of the video's opening seconds at 10 frames a second, for the
    gallery's moving preview on hover. Written under a temporary name, then renamed."""
    compositor = Compositor(plan, min(1.0, width / plan.width))
    times = [i / LOOP_FPS for i in range(max(1, round(min(seconds, plan.duration) * LOOP_FPS)))]
    pictures: list[Image.Image] = []
    try:
        for t in times:  # in order, so each decoder reads on instead of restarting
            try:
                pictures.append(Image.fromarray(compositor.frame_at(t)))
            except MediaError:
                if not pictures:
                    raise
                pictures.append(pictures[-1])  # a clip that ends early holds its last picture
    finally:
        compositor.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial.gif")
    pictures[0].save(partial, format="GIF", save_all=True, append_images=pictures[1:],
                     duration=1000 // LOOP_FPS, loop=0)  # fmt: skip
    partial.replace(output)
    return output


def save_png(frame: Frame, output: Path) -> Path:
    """Write an RGB frame as PNG (to a temporary name first, so a reader never sees half)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial.png")
    # the fastest deflate level: a third larger, four times quicker (0.9 s to 0.2 s of CPU for
    # 1080x1920), most of what the designer's frame command spent after its first frame
    Image.fromarray(frame).save(partial, format="PNG", compress_level=1)
    partial.replace(output)
    return output
