"""One undo command per edit (as in Shotcut): a slot's file, in-point or look; a blank's words."""

from __future__ import annotations

from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from studio.core.draft import DraftSlot

V = TypeVar("V")


class DraftEditor(Protocol):
    def apply_slot(self, slot_id: str, slot: DraftSlot | None) -> None: ...
    def apply_blank(self, blank_id: str, text: str) -> None: ...


class _Edit(QUndoCommand, Generic[V]):
    """Sets one target (a slot or a blank) from `old` to `new`.

    Subclasses with a `merge_id` fold successive edits of the same target into one undo step
    (keystrokes in a blank, a slider dragged through many values).
    """

    merge_id: ClassVar[int] = -1

    def __init__(self, editor: DraftEditor, target: str, old: V, new: V, text: str) -> None:
        super().__init__(text)
        self.editor, self.target, self.old, self.new = editor, target, old, new

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or type(other) is not type(self):
            return False
        if other.target != self.target:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)

    def apply(self, value: V) -> None:
        raise NotImplementedError


class SetSlot(_Edit[DraftSlot | None]):
    def apply(self, value: DraftSlot | None) -> None:
        self.editor.apply_slot(self.target, value)


class SetLook(SetSlot):
    """A slot's filter choice."""

    merge_id = 1002


class SetBlank(_Edit[str]):
    merge_id = 1001

    def __init__(self, editor: DraftEditor, blank_id: str, old: str, new: str) -> None:
        super().__init__(editor, blank_id, old, new, f"type '{blank_id}'")

    def apply(self, value: str) -> None:
        self.editor.apply_blank(self.target, value)
