"""Bringing a piece of Edit's panel into view where the creator is looking: the first thing
still missing before an export, or what was picked on the timeline."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QScrollArea

from studio.core.project import Project
from studio.ui.captions_control import CaptionsControl
from studio.ui.translation import current_language
from studio.ui.widgets.blanks_form import BlanksForm
from studio.ui.widgets.slot_card import SlotCard


def show_first_missing(project: Project, blanks: BlanksForm | None,
                       cards: Mapping[str, SlotCard], scroll: QScrollArea) -> None:  # fmt: skip
    """Scroll to the first thing still missing: its blank focused, or its slot card's button."""
    pieces = project.missing(current_language())
    if not pieces:
        return
    piece = pieces[0]
    if piece.kind != "clip" and blanks is not None and piece.id in blanks.edits:
        edit = blanks.edits[piece.id]
        scroll.ensureWidgetVisible(edit)
        edit.setFocus()
    elif piece.id in cards:
        scroll.ensureWidgetVisible(cards[piece.id])
        cards[piece.id].choose.setFocus()


def show_timeline_pick(kind: str, item_id: str, blanks: BlanksForm | None,
                       cards: Mapping[str, SlotCard], scroll: QScrollArea,
                       captions: CaptionsControl) -> None:  # fmt: skip
    """Bring what was picked on the timeline into view in the panel that edits it."""
    if kind == "slot" and item_id in cards:
        scroll.ensureWidgetVisible(cards[item_id])
    elif kind == "text" and blanks is not None:
        scroll.ensureWidgetVisible(blanks)
    elif kind == "caption":  # a word on the captions lane: correct it
        captions.edit_word_at(item_id)
