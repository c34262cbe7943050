"""What a project still needs before it can be exported, as data: the pages phrase it in the
creator's language (the ids and JSON-ish wording of `fill_problems` are for designers and the
CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from studio.core.fill_v2 import inputs_as_slots
from studio.core.project.state import ProjectState
from studio.core.template import LoadedTemplate


@dataclass(frozen=True)
class Missing:
    """A slot without a clip, a blank without words, or words too long for their blank."""

    kind: Literal["clip", "text", "too_long"]
    id: str
    label: str  # the slot's label or the blank's prompt, as the template words it
    length: int = 0
    maximum: int = 0


def missing_pieces(loaded: LoadedTemplate, state: ProjectState) -> list[Missing]:
    """Everything still missing, in the template's order (slots, inputs, then blanks)."""
    # a v2 template's creator inputs (a green screen's background) are picked like slots
    slots = [*loaded.template.slots, *inputs_as_slots(loaded.template)]
    found = [
        Missing("clip", slot.id, slot.label)
        for slot in slots
        if slot.required and slot.id not in state.slots
    ]
    for blank in loaded.template.blanks:
        text = state.blanks.get(blank.id, "").strip()
        if not text:
            found.append(Missing("text", blank.id, blank.prompt or blank.id))
        elif len(text) > blank.max_length:
            found.append(Missing("too_long", blank.id, blank.prompt or blank.id, len(text),
                                 blank.max_length))  # fmt: skip
    return found
