"""Edits of the creator's own texts and stickers: add, move, scale, turn, retime, restyle,
delete. Each is one undo step (a run of keystrokes in one text folds into one)."""

from __future__ import annotations

from studio.core.overlays import OwnSticker, OwnText
from studio.core.project.commands import Command
from studio.core.project.state import ProjectState

Own = OwnText | OwnSticker


class SetOverlay(Command):
    """Puts `new` in the place of the item with its id (appended when new; None deletes)."""

    aspects = frozenset({"overlays"})
    merges = False

    def __init__(self, item_id: str, new: Own | None, text: str) -> None:
        self.item_id, self.new, self.text = item_id, new, text
        self.keys = frozenset({item_id})
        self._before: list[Own] | None = None

    def do(self, state: ProjectState) -> ProjectState:
        if self._before is None:  # the list before the first do; redo keeps it
            self._before = list(state.overlays)
        items = [item for item in self._before if item.id != self.item_id]
        if self.new is not None:
            index = next((i for i, item in enumerate(self._before) if item.id == self.item_id),
                         len(items))  # fmt: skip
            items.insert(index, self.new)
        return state.model_copy(update={"overlays": items})

    def undo(self, state: ProjectState) -> ProjectState:
        return state.model_copy(update={"overlays": list(self._before or [])})

    def merge(self, later: Command) -> bool:
        if not (self.merges and type(later) is type(self) and isinstance(later, SetOverlay)):
            return False
        if later.item_id != self.item_id:
            return False
        self.new = later.new
        return True


class AddOverlay(SetOverlay):
    def __init__(self, item: Own) -> None:
        super().__init__(item.id, item, f"add {item.kind}")


class ChangeOverlay(SetOverlay):
    """Move, scale, turn, retime or restyle one item; `what` names the step ("move", ...).
    `merges`: the steps of one drag fold into one (the dragger seals the run on release)."""

    def __init__(self, item: Own, what: str, merges: bool = False) -> None:
        super().__init__(item.id, item, f"{what} {item.kind}")
        self.merges = merges


class TypeOverlayText(SetOverlay):
    """The words of an own text as typed: a run of keystrokes is one step."""

    merges = True

    def __init__(self, item: OwnText) -> None:
        super().__init__(item.id, item, "type text")


class DeleteOverlay(SetOverlay):
    def __init__(self, item_id: str) -> None:
        super().__init__(item_id, None, "delete")
