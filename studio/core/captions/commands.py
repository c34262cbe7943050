"""Caption edits as project commands: undoable, saved with the draft like any other edit."""

from __future__ import annotations

from collections.abc import Callable

from studio.core.captions.transcript import Transcript
from studio.core.project.commands import Command, SetField
from studio.core.project.state import ProjectState

ASPECT = "captions"


class SetTranscript(SetField):
    """A slot's transcribed words (None removes them)."""

    def __init__(self, slot_id: str, transcript: Transcript | None, text: str = "captions"
                 ) -> None:  # fmt: skip
        super().__init__("transcripts", transcript, ASPECT, text, slot_id)


class SetCaptionLook(SetField):
    def __init__(self, look_id: str | None) -> None:
        super().__init__("caption_look", look_id, ASPECT, "caption look")


class ShowCaptions(SetField):
    def __init__(self, shown: bool) -> None:
        super().__init__(
            "captions_shown", shown, ASPECT, "captions on" if shown else "captions off"
        )


class _TranscriptEdit(Command):
    """An edit of one slot's transcript, computed from the transcript it finds."""

    def __init__(self, slot_id: str, change: Callable[[Transcript], Transcript], text: str
                 ) -> None:  # fmt: skip
        self.slot_id = slot_id
        self.change = change
        self.text = text
        self.aspects = frozenset({ASPECT})
        self.keys = frozenset({slot_id})
        self.old: Transcript | None = None

    def do(self, state: ProjectState) -> ProjectState:
        current = state.transcripts.get(self.slot_id)
        if current is None:
            return state
        self.old = current
        return _put(state, self.slot_id, self.change(current))

    def undo(self, state: ProjectState) -> ProjectState:
        return state if self.old is None else _put(state, self.slot_id, self.old)


def _put(state: ProjectState, slot_id: str, transcript: Transcript) -> ProjectState:
    transcripts = dict(state.transcripts)
    transcripts[slot_id] = transcript
    return state.model_copy(update={"transcripts": transcripts})


class EditWord(_TranscriptEdit):
    """A word's text corrected (its times kept); an emptied word is kept as it was."""

    def __init__(self, slot_id: str, line: int, index: int, text: str) -> None:
        word = text.strip()
        super().__init__(
            slot_id,
            lambda t: t.with_word(line, index, word) if word else t,
            f"caption word '{word}'",
        )


class SplitLine(_TranscriptEdit):
    """A caption line cut in two before word `before`."""

    def __init__(self, slot_id: str, line: int, before: int) -> None:
        super().__init__(slot_id, lambda t: t.split_line(line, before), "split caption line")


class MergeLines(_TranscriptEdit):
    """A caption line joined with the next."""

    def __init__(self, slot_id: str, line: int) -> None:
        super().__init__(slot_id, lambda t: t.merge_lines(line), "merge caption lines")
