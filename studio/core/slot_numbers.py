"""`{slot_index}` and `{slot_count}` in a format-2 text, and texts repeated at each slot's time
(`"per_slot": true`): a countdown's `{slot_index:02}/{slot_count:02}` reads 01/08 ... 08/08."""

from __future__ import annotations

import re
from dataclasses import replace

from studio.core.render_plan import PlannedText
from studio.core.template.schema import TextLayer
from studio.core.timeline import BeatClock, Span

# `{slot_index}`, `{slot_count}`, and `:02` (zero-padded to 2 digits) or `:2` (space-padded)
SLOT_NUMBER = re.compile(r"\{(slot_index|slot_count)(?::(0?[1-9]))?\}")
PLACEHOLDER_NAMES = ("slot_index", "slot_count")


def numbered(text: str, index: int, count: int) -> str:
    """`text` with the slot numbers written in; `index` counts from 1."""

    def number(match: re.Match[str]) -> str:
        value = index if match.group(1) == "slot_index" else count
        return format(value, match.group(2) or "")

    return SLOT_NUMBER.sub(number, text)


def slot_at(spans: list[Span], seconds: float) -> int:
    """The number (from 1) of the last slot started by `seconds`."""
    started = [i for i, span in enumerate(spans, start=1) if span.start <= seconds + 1e-6]
    return started[-1] if started else 1


def with_slot_numbers(text: PlannedText, spans: list[Span]) -> PlannedText:
    """A text numbered by the slot showing when it starts."""
    if not SLOT_NUMBER.search(text.text):
        return text
    index = slot_at(spans, text.span.start)
    return replace(text, text=numbered(text.text, index, len(spans)))


def per_slot_texts(
    text: PlannedText, layer: TextLayer, spans: list[Span], clock: BeatClock
) -> list[PlannedText]:
    """One copy of the text for each slot (ids `<id>.1`, `<id>.2`, ...): its start and duration
    count from the slot's start, and it never outlasts the slot."""
    copies = []
    for index, slot in enumerate(spans, start=1):
        if layer.start_beats is not None:
            start = clock.seconds(clock.beat(slot.start) + layer.start_beats)
        else:
            start = slot.start + (layer.start or 0.0)
        if layer.duration_beats is not None:
            end = clock.seconds(clock.beat(start) + layer.duration_beats)
        elif layer.duration is not None:
            end = start + layer.duration
        else:
            end = slot.end
        end = min(end, slot.end)
        if end - start <= 1e-6:
            continue  # the offset is past this slot's end
        copies.append(
            replace(
                text,
                id=f"{text.id}.{index}",
                text=numbered(text.text, index, len(spans)),
                span=Span(start, end),
            )
        )
    return copies
