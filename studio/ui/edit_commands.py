"""One undo command per edit (as in Shotcut): a slot's file or in-point, or a blank's words."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from studio.core.draft import DraftSlot

TYPING_ID = 1001  # consecutive keystrokes in one blank merge into one undo step
LOOK_ID = 1002  # a slider dragged through many values is one undo step


class DraftEditor(Protocol):
    def apply_slot(self, slot_id: str, slot: DraftSlot | None) -> None: ...
    def apply_blank(self, blank_id: str, text: str) -> None: ...


class SetSlot(QUndoCommand):
    def __init__(self, editor: DraftEditor, slot_id: str, old: DraftSlot | None,
                 new: DraftSlot | None, text: str) -> None:  # fmt: skip
        super().__init__(text)
        self.editor, self.slot_id, self.old, self.new = editor, slot_id, old, new

    def redo(self) -> None:
        self.editor.apply_slot(self.slot_id, self.new)

    def undo(self) -> None:
        self.editor.apply_slot(self.slot_id, self.old)


class SetLook(SetSlot):
    """A slot's filter choice; successive changes to the same slot merge."""

    def id(self) -> int:
        return LOOK_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLook) or other.slot_id != self.slot_id:
            return False
        self.new = other.new
        return True


class SetBlank(QUndoCommand):
    def __init__(self, editor: DraftEditor, blank_id: str, old: str, new: str) -> None:
        super().__init__(f"type '{blank_id}'")
        self.editor, self.blank_id, self.old, self.new = editor, blank_id, old, new

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetBlank) or other.blank_id != self.blank_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.apply_blank(self.blank_id, self.new)

    def undo(self) -> None:
        self.editor.apply_blank(self.blank_id, self.old)
