"""The v2 half of filling a template: regions, layers, motion, shapes, fitted text, the template's
fonts, the look, creator inputs inside filter parameters, per-slot volume and ducking.

`fill` builds the v1 plan first; this adds what v2 says, so a v1 template's plan is untouched.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from studio.core.plan_layers import (
    PlannedDucking,
    PlannedDuckUnder,
    PlannedKeyframe,
    PlannedMotion,
    PlannedPlacement,
    PlannedShape,
    PlannedTextBox,
)
from studio.core.render_plan import PlannedSlot, PlannedSticker, PlannedText, RenderPlan
from studio.core.slot_numbers import per_slot_texts, with_slot_numbers
from studio.core.template.layout import Placement
from studio.core.template.motion import Motion
from studio.core.template.schema import BeatGrid, FilterRef, Slot, SlotTexts
from studio.core.template.v2 import INPUT_PATTERN, TemplateV2
from studio.core.timeline import BeatClock, Span, resolve_span

INPUT_REFERENCE = re.compile(INPUT_PATTERN)
DEFAULT_GRID = BeatGrid(bpm=120)  # motion in beats on a track whose beats are not known yet


def input_ids(template: object) -> list[str]:
    """Ids of the creator inputs a v2 template declares (none for v1)."""
    return [item.id for item in template.inputs] if isinstance(template, TemplateV2) else []


def duet_partner(template: object, chosen: dict[str, Path]) -> tuple[str, str] | None:
    """(filled slot, empty slot) of a layered template where the creator records beside a clip:
    the first empty video slot sharing its start with a filled slot in another region."""
    if not isinstance(template, TemplateV2):
        return None
    for empty in template.slots:
        if empty.id in chosen or empty.kind == "photo":
            continue
        for other in template.slots:
            if (
                other.id in chosen
                and other.start is not None
                and other.start == empty.start
                and other.resolved_region() != empty.resolved_region()
            ):
                return other.id, empty.id
    return None


def inputs_as_slots(template: object) -> list[Slot]:
    """A v2 template's creator inputs as slots, for pages that show them like slots."""
    if not isinstance(template, TemplateV2):
        return []
    slots = []
    for item in template.inputs:
        slot = Slot(
            id=item.id,
            label=item.label,
            prompt=item.prompt,
            kind=item.kind,
            duration=1,
            required=item.required,
        )
        for language, texts in template.translations.items():  # shown in the creator's language
            if item.id in texts.inputs:
                said = texts.inputs[item.id]
                slot._translations[language] = SlotTexts(label=said.label, prompt=said.prompt)
        slots.append(slot)
    return slots


def inputs_with_defaults(
    template: TemplateV2, folder: Path, chosen: dict[str, Path]
) -> dict[str, Path]:
    """The creator's picks, and each input they left empty that has a `default` file."""
    picked = dict(chosen)
    for item in template.inputs:
        if item.id not in picked and item.default is not None:
            picked[item.id] = (folder / item.default).resolve()
    return picked


def plan_placement(item: Placement) -> PlannedPlacement:
    """The placement of a slot, sticker or shape in canvas fractions."""
    region = item.resolved_region()
    mask = item.mask
    return PlannedPlacement(
        x=region.x,
        y=region.y,
        w=region.w,
        h=region.h,
        layer=item.layer,
        mask=mask.shape if mask else None,
        radius=mask.radius if mask else 0.0,
        border_width=item.border.width if item.border else 0,
        border_color=item.border.color if item.border else "#FFFFFF",
    )


def plan_motion(motion: Motion | None, span: Span, clock: BeatClock) -> PlannedMotion | None:
    """Keyframes and beats resolved to seconds from the item's start."""
    if motion is None:
        return None
    start_beat = clock.beat(span.start)
    keyframes = tuple(
        PlannedKeyframe(
            at=k.at
            if k.at is not None
            else clock.seconds(start_beat + (k.at_beats or 0)) - span.start,
            x=k.x,
            y=k.y,
            scale=k.scale,
            rotation=k.rotation,
            opacity=k.opacity,
            easing=k.easing,
            bezier=_bezier(k.bezier),
        )
        for k in motion.keyframes
    )
    beats: tuple[float, ...] = ()
    if motion.preset == "punch-in":
        beats = tuple(b - span.start for b in clock.beat_times(span.end) if b >= span.start - 1e-6)
    return PlannedMotion(
        length=span.duration,
        keyframes=tuple(sorted(keyframes, key=lambda k: k.at)),
        preset=motion.preset,
        amount=motion.amount,
        beats=beats,
    )


def _bezier(points: list[float] | None) -> tuple[float, float, float, float] | None:
    return (points[0], points[1], points[2], points[3]) if points else None


def with_inputs(ref: FilterRef, chosen: dict[str, Path], starts: dict[str, float] | None = None
                ) -> FilterRef:  # fmt: skip
    """A filter whose `{input:id}` parameters name the creator's chosen file; where the creator
    chose an in-point for that input, the filter's `<parameter>_start` says it (chroma-key's
    `background_start`)."""
    params = dict(ref.params)
    for key, value in ref.params.items():
        if isinstance(value, str) and INPUT_REFERENCE.fullmatch(value):
            input_id = value[len("{input:") : -1]
            media = chosen.get(input_id)
            params[key] = str(media) if media is not None else ""
            start = (starts or {}).get(input_id, 0.0)
            if media is not None and start > 0:
                params[key + "_start"] = start
    return ref.model_copy(update={"params": params}) if params != ref.params else ref


def plan_inputs(template: TemplateV2, slots: list[PlannedSlot], chosen: dict[str, Path],
                starts: dict[str, float], duration: float) -> tuple[PlannedSlot, ...]:  # fmt: skip
    """Each chosen creator input as the timeline shows it: over the slots whose filters use it
    (the whole video when only the look does), from its in-point."""
    planned = []
    for item in template.inputs:
        media = chosen.get(item.id)
        if media is None:
            continue
        reference = "{input:" + item.id + "}"
        users = [
            s.visible
            for s in slots
            if any(reference in ref.params.values() for ref in by_template(template, s.id))
        ]
        span = Span(min((u.start for u in users), default=0.0),
                    max((u.end for u in users), default=duration))  # fmt: skip
        planned.append(PlannedSlot(id=item.id, media=media, visible=span,
                                   in_point=starts.get(item.id, 0.0)))  # fmt: skip
    return tuple(planned)


def by_template(template: TemplateV2, slot_id: str) -> list[FilterRef]:
    """The filters the template gives a slot (before the creator's inputs fill them in)."""
    slot = next((s for s in template.slots if s.id == slot_id), None)
    return list(slot.filters) if slot is not None else []


def plan_v2(
    template: TemplateV2,
    folder: Path,
    plan: RenderPlan,
    clock: BeatClock,
    chosen: dict[str, Path],
    slot_spans: dict[str, Span],
    starts: dict[str, float] | None = None,
) -> RenderPlan:
    """The v1 plan of a v2 template with its v2 parts added (`starts`: the in-points chosen;
    `clock`: the track's beats in the video's time)."""
    by_id = {slot.id: slot for slot in template.slots}
    picked = chosen  # the creator's own picks have lanes on the timeline; defaults do not
    chosen = inputs_with_defaults(template, folder, chosen)
    # the look's files (a LUT, a fixed background) are the template's, as a slot filter's are:
    # left as written they were looked for in the folder the studio was started from
    look_refs = [ref.in_folder(folder) for ref in template.look]
    slots: list[PlannedSlot] = []
    for planned in plan.slots:
        slot = by_id[planned.id]
        ducks = slot.duck
        duck_under = (
            PlannedDuckUnder(slot.duck_under, ducks.depth_db, ducks.attack, ducks.release)
            if slot.duck_under
            else None
        )
        filters = tuple(with_inputs(ref, chosen, starts) for ref in planned.filters)
        if template.look_on == "slots":
            filters += tuple(with_inputs(ref, chosen, starts) for ref in look_refs)
        slots.append(
            replace(
                planned,
                filters=filters,
                placement=plan_placement(slot),
                motion=plan_motion(slot.motion, planned.visible, clock),
                volume_db=slot.volume_db,
                duck_under=duck_under,
            )
        )
    fonts = {name: (folder / font.file).resolve() for name, font in
             zip(template.font_names(), template.fonts, strict=True)}  # fmt: skip
    layers = {layer.id: layer for layer in template.texts}
    texts: list[PlannedText] = []
    spans = [slot_spans[slot.id] for slot in template.slots]
    for text in plan.texts:
        layer = layers[text.id]
        box = layer.box
        boxed = replace(
            text,
            box=PlannedTextBox(box.w, box.h, box.min_size, box.max_lines, box.fill)
            if box
            else None,
            font_path=fonts.get(layer.style.font),
        )
        copies = per_slot_texts(boxed, layer, spans, clock) if layer.per_slot else [
            with_slot_numbers(boxed, spans)
        ]  # fmt: skip
        texts += [replace(c, motion=plan_motion(layer.motion, c.span, clock)) for c in copies]
    sticker_models = {sticker.id: sticker for sticker in template.stickers}
    stickers: list[PlannedSticker] = []
    for sticker in plan.stickers:
        model = sticker_models[sticker.id]
        placed = model.layout is not None or model.region is not None
        stickers.append(
            replace(
                sticker,
                placement=plan_placement(model) if placed else None,
                motion=plan_motion(model.motion, sticker.span, clock),
            )
        )
    shapes = []
    for shape in template.shapes:
        span = resolve_span(shape, clock, 0.0, plan.duration)
        shapes.append(
            PlannedShape(
                id=shape.id,
                shape=shape.shape,
                fill=shape.fill,
                opacity=shape.opacity,
                radius=shape.radius,
                placement=plan_placement(shape),
                span=span,
                motion=plan_motion(shape.motion, span, clock),
            )
        )
    look = (
        ()
        if template.look_on == "slots"
        else tuple(with_inputs(r, chosen, starts) for r in look_refs)
    )
    ducking = template.ducking
    return replace(
        plan,
        inputs=plan_inputs(template, slots, picked, starts or {}, plan.duration),
        layered=True,
        slots=tuple(slots),
        texts=tuple(texts),
        stickers=tuple(stickers),
        shapes=tuple(shapes),
        look=look,
        look_on=template.look_on,
        ducking=PlannedDucking(ducking.amount_db, ducking.attack, ducking.release)
        if ducking
        else None,
    )
