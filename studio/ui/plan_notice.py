"""The edit panel's lines about what the export would show wrong without a word: letters no
font of this computer has, a clip that ends before its slot (its last picture stands still),
and a clip or song cut short or with damaged sound. Said as the words are typed or the clip is
placed, in the creator's language (they were told only at Export, in English), and put back
when something else wrote over them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from studio.core.errors import Problem
from studio.core.held_clips import HeldClip, held_clips
from studio.core.render_plan import RenderPlan
from studio.core.short_song import ShortSong, short_song
from studio.media.damaged_sound import DamagedSound
from studio.media.measured_length import CutShort, playable_lengths
from studio.media.probe import MediaInfo
from studio.ui.edit_planning import Measured
from studio.ui.slot_notes import places, seconds, slot_notes
from studio.ui.widgets.slot_card import SlotCard


def warning_words(warning: Problem, labels: Mapping[str, str] | None = None) -> str:
    """A warning in the creator's words where the window has them, with numbers as their
    language writes them; `labels` name the slots (the template's words, by slot id)."""
    from studio.media.text_coverage import MissingLetters

    translate = QCoreApplication.translate
    name = warning.file.name if warning.file is not None else ""
    if isinstance(warning, MissingLetters):
        said = translate(
            "EditPage", "No font on this computer has {0}: they show as empty boxes in “{1}”"
        )
        return said.format(warning.letters, warning.words)
    if isinstance(warning, CutShort):
        said = translate("EditPage", "{0} ends after {1} s of the {2} s it should last: the "
                         "file is cut short. Copy it again.")  # fmt: skip
        return said.format(name, seconds(warning.decodable), seconds(warning.claimed))
    if isinstance(warning, DamagedSound) and warning.skips:
        if not warning.stretches:
            said = translate("EditPage", "{0}: its sound is damaged: it skips and what follows "
                             "plays early. Copy the file again.")  # fmt: skip
            return said.format(name)
        said = translate("EditPage", "{0}: its sound is damaged near {1} s of the file, {2} s "
                         "into the video: it skips there and what follows plays early. Copy "
                         "the file again.")  # fmt: skip
        at = warning.stretches[0][0], warning.in_video[0][0]
        return said.format(name, *map(seconds, at))
    if isinstance(warning, DamagedSound) and warning.stretches:
        said = translate("EditPage", "{0}: its sound is damaged at {1} of the file, so the "
                         "video is without it at {2}. Copy the file again.")  # fmt: skip
        return said.format(name, places(warning.stretches), places(warning.in_video))
    if isinstance(warning, ShortSong):
        if warning.lasts <= 0:
            said = translate("EditPage", "{0} is {1} s long and starts at {2} s: the video has "
                             "no music.")  # fmt: skip
            return said.format(name, seconds(warning.length), seconds(warning.start))
        said = translate("EditPage", "{0} ends {1} s into the {2} s video: the rest has no "
                         "music.")  # fmt: skip
        return said.format(name, seconds(warning.lasts), seconds(warning.video))
    if isinstance(warning, HeldClip):
        if warning.started:
            said = translate("EditPage", "{0} plays {1} s of the {2} s “{3}” is on screen: its "
                             "last picture stays still for the other {4} s. Choose a longer "
                             "clip or start it earlier.")  # fmt: skip
        else:
            said = translate("EditPage", "{0} plays {1} s of the {2} s “{3}” is on screen: its "
                             "last picture stays still for the other {4} s. Choose a longer "
                             "clip.")  # fmt: skip
        slot = (labels or {}).get(warning.slot, warning.slot)
        return said.format(name, seconds(warning.plays), seconds(warning.shows), slot,
                           seconds(warning.held))  # fmt: skip
    return str(warning)


class PlanNotice(QObject):
    """Keeps `label`'s lines about the plan on show (missing letters, clips held still) in step
    with it; what else the label says (what is missing, a refused file) stays as it is. A
    helper of the label's, its lines are made from the plan, never a copy of the creator's
    words."""

    def __init__(self, label: QLabel, cards: Callable[[], Mapping[str, SlotCard]]) -> None:
        super().__init__(label)
        self.label = label
        self.cards = cards  # the slots' cards on show, by id: their names, and a note under each
        self.lines: list[str] = []  # the lines about the plan, on show

    def clear(self) -> None:
        """A new draft: nothing said about its plan yet."""
        self.lines = []

    def show(self, plan: RenderPlan, infos: Mapping[Path, object], measured: Measured) -> None:
        """Say what `plan` would show wrong; `infos` are its files' probes by path, `measured`
        what its planning read: the song's length, what is wrong with the files (cut short,
        sound that does not decode)."""
        from studio.media.text_coverage import missing_glyphs

        probes = [info for info in infos.values() if isinstance(info, MediaInfo)]
        warnings: list[Problem] = [*measured.damaged]
        if song := short_song(plan, measured.seconds):
            warnings.append(song)
        warnings += held_clips(plan, playable_lengths(probes, measured.damaged))
        warnings += [w for text in plan.all_texts() if (w := missing_glyphs(text))]
        self._say(warnings, plan)

    def replace_with(self, warnings: Sequence[Problem], plan: RenderPlan) -> None:
        """The export's warnings, in place of everything the label says (the export starts
        only when nothing is missing and every file can be used, so nothing else is lost).
        They are the notice's own: a plan shown after them replaces them, rather than keeping
        them beside its own (two lines with different numbers for one clip)."""
        self.label.setText("")
        self._say(warnings, plan)

    def _say(self, warnings: Sequence[Problem], plan: RenderPlan) -> None:
        cards = self.cards()
        labels = {slot_id: card.words.label for slot_id, card in cards.items()}
        notes = slot_notes(warnings, {slot.id: slot.media for slot in plan.slots})
        for slot_id, card in cards.items():
            card.show_note(notes.get(slot_id))
        lines = list(dict.fromkeys(warning_words(warning, labels) for warning in warnings))
        shown = self.label.text().splitlines()
        kept = [line for line in shown if line not in self.lines and line not in lines]
        self.lines = lines
        if [*kept, *lines] != shown:
            self.label.setText("\n".join([*kept, *lines]))
