"""What a project still needs before it can be exported, as data: the pages phrase it in the
creator's language (the ids and JSON-ish wording of `fill_problems` are for designers and the
CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from studio.core.fill_v2 import inputs_as_slots
from studio.core.post.graphemes import visible_length
from studio.core.project.state import ProjectState
from studio.core.template import LoadedTemplate
from studio.core.template.translated import blank_words, slot_words


@dataclass(frozen=True)
class Missing:
    """A slot without a clip, a blank without words, or words too long for their blank."""

    kind: Literal["clip", "text", "too_long"]
    id: str
    label: str  # the slot's label or the blank's prompt, as the template words it
    length: int = 0
    maximum: int = 0


def missing_pieces(
    loaded: LoadedTemplate, state: ProjectState, language: str = "en"
) -> list[Missing]:
    """Everything still missing, in the template's order (slots, inputs, then blanks), named
    in `language` where the template carries its own translation."""
    # a v2 template's creator inputs (a green screen's background) are picked like slots
    slots = [*loaded.template.slots, *inputs_as_slots(loaded.template)]
    found = [
        Missing("clip", slot.id, slot_words(slot, language).label)
        for slot in slots
        if slot.required and slot.id not in state.slots
    ]
    for blank in loaded.template.blanks:
        text = state.blanks.get(blank.id, "").strip()
        prompt = blank_words(blank, language).prompt or blank.id
        if not text:
            found.append(Missing("text", blank.id, prompt))
        elif (length := visible_length(text)) > blank.max_length:
            found.append(Missing("too_long", blank.id, prompt, length, blank.max_length))
    return found
