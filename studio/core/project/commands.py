"""Edits as command objects: each does and undoes itself on a ProjectState (as Shotcut's
one command per edit), and a run of typing in one field folds into one undo step.

A typing run is what a word processor treats as one step: characters typed one after another,
or deleted one after another. Replacing text (select all, type) starts a new step, so typing
Monday, selecting it and typing Friday leaves two steps: undo gives Monday back. The page also
ends a run when the field loses focus (`Project.seal`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from studio.core.post.caption import hashtags_in
from studio.core.project.state import (
    Cover,
    DraftSlot,
    ExportSettings,
    ProjectState,
    RecordSettings,
    SoundtrackChoice,
)

_MISSING = object()


class Command:
    """One undoable edit. `aspects` says what it changes (for the change event)."""

    text: str = ""
    aspects: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()  # the slots or blanks it touches, when it touches some

    def do(self, state: ProjectState) -> ProjectState:
        """The state after this edit."""
        raise NotImplementedError

    def undo(self, state: ProjectState) -> ProjectState:
        """The state before this edit."""
        raise NotImplementedError

    def merge(self, later: Command) -> bool:
        """Fold `later` into this command (same field typed on); True when it did."""
        return False


class SetField(Command):
    """Sets one field of the state (or one key of a dict field) from its value to `new`."""

    merges = False  # typing: consecutive edits of the same target are one undo step

    def __init__(self, field: str, new: Any, aspect: str, text: str, key: str | None = None
                 ) -> None:  # fmt: skip
        self.field, self.key, self.new = field, key, new
        self.old: Any = _MISSING
        self.text = text
        self.aspects = frozenset({aspect})
        self.keys = frozenset({key}) if key is not None else frozenset()

    def _read(self, state: ProjectState) -> Any:
        value = getattr(state, self.field)
        return value.get(self.key) if self.key is not None else value

    def _write(self, state: ProjectState, value: Any) -> ProjectState:
        if self.key is None:
            return state.model_copy(update={self.field: value})
        mapping = dict(getattr(state, self.field))
        if value is None:
            mapping.pop(self.key, None)
        else:
            mapping[self.key] = value
        return state.model_copy(update={self.field: mapping})

    def do(self, state: ProjectState) -> ProjectState:
        if self.old is _MISSING:  # the value before the first do; redo keeps it
            self.old = self._read(state)
        return self._write(state, self.new)

    def undo(self, state: ProjectState) -> ProjectState:
        return self._write(state, self.old)

    def merge(self, later: Command) -> bool:
        if not (self.merges and type(later) is type(self) and isinstance(later, SetField)):
            return False
        if (later.field, later.key) != (self.field, self.key):
            return False
        self.new = later.new
        return True


class SetSlot(SetField):
    """A slot's clip and settings (None empties the slot)."""

    def __init__(self, slot_id: str, slot: DraftSlot | None, text: str = "slot") -> None:
        super().__init__("slots", slot, "slots", text, slot_id)


class SetLook(SetSlot):
    """A slot's look; dragging through looks is one step."""

    merges = True


def typing_kind(before: str, after: str) -> str:
    """How `after` differs from `before`: "insert", "delete" or "replace" (both at once)."""
    prefix = 0
    while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(before), len(after)) - prefix
           and before[-1 - suffix] == after[-1 - suffix]):  # fmt: skip
        suffix += 1
    removed = len(before) - prefix - suffix
    inserted = len(after) - prefix - suffix
    if removed and inserted:
        return "replace"
    return "delete" if removed else "insert"


class TypeText(SetField):
    """Text typed into one field: a run of insertions (or of deletions) is one undo step."""

    merges = True
    kind = "insert"  # of the step so far: "insert", "delete" or "replace"

    def do(self, state: ProjectState) -> ProjectState:
        if self.old is _MISSING:
            self.kind = typing_kind(self._read(state) or "", self.new or "")
        return super().do(state)

    def merge(self, later: Command) -> bool:
        if not (type(later) is type(self) and isinstance(later, TypeText)):
            return False
        if (later.field, later.key) != (self.field, self.key):
            return False
        kind = typing_kind(self.new or "", later.new or "")
        # typing goes on after typed or replaced text; deleting goes on after deleting
        if not ((kind == "insert" and self.kind in ("insert", "replace"))
                or (kind == "delete" and self.kind == "delete")):  # fmt: skip
            return False
        self.new = later.new
        self.kind = "insert" if self.kind == "replace" else self.kind
        return True


class TypeBlank(TypeText):
    def __init__(self, blank_id: str, text: str) -> None:
        super().__init__("blanks", text, "blanks", f"type '{blank_id}'", blank_id)


class SetMusic(SetField):
    """The soundtrack and where it came from; the plain `soundtrack` path follows it, so
    readers of the older draft format see the same file."""

    def __init__(self, music: SoundtrackChoice, text: str = "music") -> None:
        super().__init__("music", music, "music", text)

    def _write(self, state: ProjectState, value: Any) -> ProjectState:
        music: SoundtrackChoice = value
        return state.model_copy(update={"music": music, "soundtrack": music.path})


class TypeCaption(TypeText):
    """The post's caption as typed (its hashtags are kept as the draft's hashtags too); None
    gives the caption back to the template (its caption with the blanks filled)."""

    def __init__(self, text: str | None) -> None:
        super().__init__("caption", text, "post", "caption")

    def _write(self, state: ProjectState, value: Any) -> ProjectState:
        tags = hashtags_in(value) if value is not None else None
        return state.model_copy(update={"caption": value, "hashtags": tags})


class TypeTitle(TypeText):
    def __init__(self, title: str) -> None:
        super().__init__("title", title, "post", "title")


class SetPlatforms(SetField):
    def __init__(self, platforms: Sequence[str]) -> None:
        super().__init__("platforms", list(platforms), "post", "platforms")


class SetCover(SetField):
    """The cover's frame and text; moving the slider or typing is one step."""

    merges = True

    def __init__(self, cover: Cover) -> None:
        super().__init__("cover", cover, "cover", "cover")


class SetExport(SetField):
    def __init__(self, export: ExportSettings) -> None:
        super().__init__("export", export, "export", "export settings")


class RecordExport(SetField):
    """The file an export wrote (shown on Edit, posted on Post), and a digest of what it was
    made from (`Project.video_digest`), so Post can tell when the video is older than the edits."""

    def __init__(self, path: str | None, digest: str = "") -> None:
        super().__init__("last_export", path, "export", "export")
        self.digest = digest
        self.old_digest = ""

    def do(self, state: ProjectState) -> ProjectState:
        if self.old is _MISSING:
            self.old, self.old_digest = state.last_export, state.last_export_digest
        return state.model_copy(update={"last_export": self.new, "last_export_digest": self.digest})

    def undo(self, state: ProjectState) -> ProjectState:
        return state.model_copy(update={"last_export": self.old,
                                        "last_export_digest": self.old_digest})  # fmt: skip


class SetRecord(SetField):
    """How the next take is recorded; `setting` names what changed (the song's start dragged
    along the waveform is one step)."""

    merges = True

    def __init__(self, settings: RecordSettings, setting: str) -> None:
        super().__init__("record", settings, "record", setting)
        self.setting = setting

    def merge(self, later: Command) -> bool:
        return (
            isinstance(later, SetRecord) and later.setting == self.setting and super().merge(later)
        )


class Group(Command):
    """Several edits as one undo step (a take into a slot with its song)."""

    def __init__(self, commands: Sequence[Command], text: str) -> None:
        self.commands = list(commands)
        self.text = text
        self.aspects = frozenset().union(*(c.aspects for c in self.commands))
        self.keys = frozenset().union(*(c.keys for c in self.commands))

    def do(self, state: ProjectState) -> ProjectState:
        for command in self.commands:
            state = command.do(state)
        return state

    def undo(self, state: ProjectState) -> ProjectState:
        for command in reversed(self.commands):
            state = command.undo(state)
        return state
