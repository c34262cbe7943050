"""Lint warnings about time: what the video never shows, what its length cuts, and keyframes
written out of order. Each was accepted without a word: a text at 10 s of a 4 s template never
appeared, and a slot of 8 s in it was cut at 4."""

from __future__ import annotations

from pathlib import Path

from studio.core.template.errors import Problem
from studio.core.template.motion import Motion
from studio.core.template.schema import Template
from studio.core.template.v2 import TemplateV2
from studio.core.timeline import BeatClock, Span, Timeline, resolve_span

EPSILON = 1e-3  # seconds: times written to the millisecond are the same time


def out_of_time_warnings(
    template: Template, timeline: Timeline, clock: BeatClock, file: Path
) -> list[Problem]:
    """A slot, text, sticker or shape that starts when the video has ended, and a slot the
    video's length cuts short."""
    total = timeline.total
    ended = f"the video has ended ({total:g} s)"
    problems = []
    for index, slot in enumerate(template.slots):
        if slot.duration == "media":  # type: ignore[comparison-overlap]  # format 2 only
            break  # as long as the creator's clip: where it and the slots after it end is open
        span = timeline.slots[slot.id]
        if span.start >= total - EPSILON:
            message = f"starts at {span.start:g} s, when {ended}: it is never shown"
            problems.append(Problem(file, f"slots[{index}]", message, "warning"))
        elif span.end > total + EPSILON:
            message = f"ends at {span.end:g} s, after {ended}: it is cut short"
            problems.append(Problem(file, f"slots[{index}]", message, "warning"))
    layers: list[tuple[str, str, Span, bool]] = [
        ("texts", t.id, timeline.texts[t.id], bool(getattr(t, "per_slot", False)))
        for t in template.texts
    ]
    layers += [("stickers", s.id, timeline.stickers[s.id], False) for s in template.stickers]
    if isinstance(template, TemplateV2):
        layers += [("shapes", s.id, resolve_span(s, clock, 0.0, total), False)
                   for s in template.shapes]  # fmt: skip
    counts: dict[str, int] = {}
    for kind, _, span, per_slot in layers:
        index = counts[kind] = counts.get(kind, -1) + 1
        if not per_slot and span.start >= total - EPSILON:  # a per-slot text starts per slot
            message = f"starts at {span.start:g} s, when {ended}: it is never shown"
            problems.append(Problem(file, f"{kind}[{index}]", message, "warning"))
    return problems


def keyframe_order_warnings(template: Template, file: Path) -> list[Problem]:
    """Keyframes timed in seconds and written out of order: played in time order, which is
    probably not what a designer who wrote them otherwise meant (a typo in an `at`)."""
    if not isinstance(template, TemplateV2):
        return []
    moving: list[tuple[str, Motion | None]] = [
        (f"slots[{i}]", s.motion) for i, s in enumerate(template.slots)
    ]
    moving += [(f"texts[{i}]", t.motion) for i, t in enumerate(template.texts)]
    moving += [(f"stickers[{i}]", s.motion) for i, s in enumerate(template.stickers)]
    moving += [(f"shapes[{i}]", s.motion) for i, s in enumerate(template.shapes)]
    problems = []
    for where, motion in moving:
        if motion is None or any(k.at is None for k in motion.keyframes):
            continue  # none, a preset, or timed in beats too (ordered by the beat clock)
        times = [k.at for k in motion.keyframes if k.at is not None]
        if times != sorted(times):
            message = (f"keyframes are not in time order ({', '.join(f'{t:g}' for t in times)} "
                       "s): they are played in time order")  # fmt: skip
            problems.append(Problem(file, f"{where}.motion.keyframes", message, "warning"))
    return problems
