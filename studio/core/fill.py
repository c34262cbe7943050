"""Fill a template with the creator's input and resolve it into a render plan.

Pure: the media layer supplies the soundtrack's beat grid and length (it decodes audio); this
module only checks the input against the template and places everything in time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from studio.core.errors import StudioError
from studio.core.fill_overlays import plan_overlays
from studio.core.fill_v2 import DEFAULT_GRID, input_ids, plan_v2
from studio.core.overlays import OwnSticker, OwnText
from studio.core.post.graphemes import visible_length
from studio.core.render_plan import (
    PlannedAudio,
    PlannedSlot,
    PlannedSticker,
    PlannedText,
    RenderPlan,
    TransitionIn,
)
from studio.core.template import LoadedTemplate
from studio.core.template.schema import (
    BLANK_PATTERN,
    BeatGrid,
    FilterRef,
    Fit,
    Slot,
    Template,
    TimeEffect,
)
from studio.core.template.v2 import TemplateV2
from studio.core.terminal_text import without_controls
from studio.core.timeline import BeatClock, Span, resolve_timeline

_T = TypeVar("_T")


@dataclass(frozen=True)
class SlotInput:
    """The creator's media for one slot, where it starts, and their own filter choice."""

    media: Path
    in_point: float = 0.0
    speed: float | None = None  # None keeps the template's speed
    filters: tuple[FilterRef, ...] | None = None  # None keeps the template's filter
    fit: Fit | None = None  # None keeps the template's fit
    time_effect: TimeEffect | None = None  # None keeps the template's time effect
    freeze_at: float | None = None


@dataclass(frozen=True)
class CreatorInput:
    """Everything a creator chooses for one video."""

    slots: dict[str, SlotInput] = field(default_factory=dict)
    blanks: dict[str, str] = field(default_factory=dict)
    soundtrack: Path | None = None  # None keeps the template's track
    caption: str | None = None  # None: the template's caption with blanks filled
    hashtags: tuple[str, ...] | None = None
    fps: int | None = None
    # a take's song: where in the song the take's first frame was sung, and the take's slot, so
    # the song plays in sync with it wherever the slot falls in the video
    soundtrack_start: float | None = None
    soundtrack_sync: str | None = None
    overlays: tuple[OwnText | OwnSticker, ...] = ()  # the creator's own texts and stickers


class FillError(StudioError):
    """The input does not fit the template; `problems` lists every reason at once."""


def fill_problems(loaded: LoadedTemplate, given: CreatorInput) -> list[str]:
    """Every missing slot or blank, blank too long, or unknown id, phrased for the creator."""
    template = loaded.template
    problems = []
    slot_ids = [s.id for s in template.slots] + input_ids(template)
    for slot in template.slots:
        if slot.required and slot.id not in given.slots:
            problems.append(f"slot '{slot.id}' ({slot.label}) needs a clip or photo")
    if isinstance(template, TemplateV2):  # a creator input is picked like a slot
        for item in template.inputs:
            if item.required and item.id not in given.slots:
                problems.append(f"'{item.id}' ({item.label}) needs a picture or clip")
    for unknown in sorted(set(given.slots) - set(slot_ids)):
        problems.append(f"this template has no slot '{unknown}' (slots: {', '.join(slot_ids)})")
    blank_ids = [b.id for b in template.blanks]
    for blank in template.blanks:
        text = given.blanks.get(blank.id, "").strip()
        if not text:
            problems.append(f"blank '{blank.id}' is empty ({blank.prompt})")
        elif visible_length(text) > blank.max_length:
            problems.append(
                f"blank '{blank.id}' is {visible_length(text)} characters, "
                f"the most is {blank.max_length}"
            )
    for unknown in sorted(set(given.blanks) - set(blank_ids)):
        problems.append(f"this template has no blank '{unknown}' (blanks: {', '.join(blank_ids)})")
    return problems


def fill_text(text: str, blanks: dict[str, str]) -> str:
    """Replace every `{blank:id}` with the creator's words (a blank not typed yet with none)."""
    return BLANK_PATTERN.sub(lambda match: blanks.get(match.group(1), "").strip(), text)


def post_words(template: Template | TemplateV2, given: CreatorInput) -> tuple[str, tuple[str, ...]]:
    """The post's caption and hashtags: the creator's own, or the template's with the blanks
    filled. The export's metadata, the posting kit and the Post page all read these."""
    caption = given.caption
    if caption is None:
        caption = fill_text(template.post.caption, given.blanks)
    caption = without_controls(caption)  # a NUL cannot even be passed to the muxer
    hashtags = given.hashtags if given.hashtags is not None else tuple(template.post.hashtags)
    return caption, tuple(without_controls(tag) for tag in hashtags)


def fill(
    loaded: LoadedTemplate,
    given: CreatorInput,
    grid: BeatGrid | None,
    soundtrack: Path | None,
    soundtrack_seconds: float | None,
    media_seconds: dict[str, float] | None = None,
) -> RenderPlan:
    """The render plan for this input; FillError before anything is rendered.

    `media_seconds`: how long each `"duration": "media"` slot's clip plays (the media layer
    measures it), by slot id."""
    problems = fill_problems(loaded, given)
    if problems:
        raise FillError(problems)
    template = loaded.template
    usable = None
    # the track plays from the template's offset, from 0 (the creator's own), or from where a
    # take was sung (its song); its beats are in its own time
    own_start = given.soundtrack_start or 0.0
    offset = template.soundtrack.start if given.soundtrack is None else own_start
    if soundtrack_seconds is not None:
        usable = max(0.0, soundtrack_seconds - offset)
    # a take's song starts where it keeps the take's lips on its words, which depends on where
    # the slots fall: its beats are counted from the song's start, as they always were
    beats_from = offset if given.soundtrack_sync is None else 0.0
    timeline = resolve_timeline(template, grid, usable, media_seconds, beats_from)
    slots = _plan_slots(template.slots, timeline.slots, given, loaded.folder)
    texts = tuple(
        PlannedText(
            id=layer.id,
            text=without_controls(fill_text(layer.text, given.blanks)),
            style=layer.style,
            x=layer.x,
            y=layer.y,
            width=layer.width,
            span=timeline.texts[layer.id],
            animation_in=layer.animation_in,
            animation_out=layer.animation_out,
            animation_duration=layer.animation_duration,
        )
        for layer in template.texts
    )
    stickers = tuple(
        PlannedSticker(
            id=s.id,
            image=loaded.asset(s.image),
            x=s.x,
            y=s.y,
            scale=s.scale,
            rotation=s.rotation,
            opacity=s.opacity,
            animation=s.animation,
            span=timeline.stickers[s.id],
        )
        for s in template.stickers
    )
    track = template.soundtrack
    audio = PlannedAudio(
        soundtrack=soundtrack,
        start=_soundtrack_start(template.soundtrack.start, given, timeline.slots),
        volume_db=track.volume_db,
        fade_in=track.fade_in,
        fade_out=track.fade_out,
        clip_audio_db=track.clip_audio_db,
    )
    caption, hashtags = post_words(template, given)
    plan = RenderPlan(
        width=template.canvas.width,
        height=template.canvas.height,
        fps=given.fps or template.canvas.fps,
        duration=timeline.total,
        slots=slots,
        texts=texts,
        stickers=stickers,
        audio=audio,
        caption=caption,
        hashtags=hashtags,
        title=texts[0].text if texts else template.name,
    )
    if isinstance(template, TemplateV2):
        chosen = {key: value.media for key, value in given.slots.items()}
        starts = {key: value.in_point for key, value in given.slots.items()}
        plan = plan_v2(template, loaded.folder, plan, BeatClock(grid or DEFAULT_GRID, beats_from),
                       chosen, timeline.slots, starts)  # fmt: skip
    if given.overlays:
        plan = replace(plan, overlays=plan_overlays(given.overlays, loaded, plan.duration))
    return plan


def _soundtrack_start(template_start: float, given: CreatorInput, spans: dict[str, Span]
                      ) -> float:  # fmt: skip
    """Where the soundtrack starts: the template's offset into its own track, 0 for the
    creator's, and for a take's song the point that keeps the take's lips on its words."""
    if given.soundtrack is None:
        return template_start
    if given.soundtrack_start is None:
        return 0.0
    start = given.soundtrack_start
    sync = given.slots.get(given.soundtrack_sync or "")
    if sync is not None and given.soundtrack_sync in spans:
        start += sync.in_point - spans[given.soundtrack_sync].start
    return max(0.0, start)


def _chosen(choice: SlotInput | None, name: str, template_value: _T) -> _T:
    """The creator's choice for a slot setting, or the template's where they made none."""
    value = getattr(choice, name, None) if choice else None
    return template_value if value is None else value


def _plan_slots(
    slots: list[Slot], spans: dict[str, Span], given: CreatorInput, folder: Path
) -> tuple[PlannedSlot, ...]:
    """Place each slot; transitions overlap neighbours by half their length on each side."""
    planned: list[PlannedSlot] = []
    incoming: TransitionIn | None = None
    for index, slot in enumerate(slots):
        span = spans[slot.id]
        choice = given.slots.get(slot.id)
        if choice is None and slot.when_empty == "extend_previous" and planned:
            previous = planned[-1]
            planned[-1] = replace(previous, visible=Span(previous.visible.start, span.end))
            incoming = None
            continue
        start, end = span.start, span.end
        if incoming is not None:
            start = incoming.span.start
        outgoing = slot.transition if index + 1 < len(slots) else None
        next_incoming = None
        if outgoing is not None and outgoing.kind != "cut" and outgoing.duration > 0:
            half = outgoing.duration / 2
            end = span.end + half
            next_incoming = TransitionIn(outgoing.kind, Span(span.end - half, span.end + half))
        filters = choice.filters if choice and choice.filters is not None else None
        if filters is None:
            filters = tuple(ref.in_folder(folder) for ref in slot.filters)
        planned.append(
            PlannedSlot(
                id=slot.id,
                media=choice.media if choice else None,
                visible=Span(max(0.0, start), end),
                in_point=choice.in_point if choice else 0.0,
                speed=choice.speed if choice and choice.speed else slot.speed,
                fit=_chosen(choice, "fit", slot.fit),
                when_short=slot.when_short,
                filters=filters,
                transition_in=incoming,
                time_effect=_chosen(choice, "time_effect", slot.time_effect),
                freeze_at=_chosen(choice, "freeze_at", slot.freeze_at),
            )
        )
        incoming = next_incoming
    return tuple(planned)
