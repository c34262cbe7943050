"""The edit panel's lines about what the export would show wrong without a word: letters no
font of this computer has, a clip that ends before its slot (its last picture stands still),
and a clip or song cut short or with damaged sound. Said as the words are typed or the clip is
placed, in the creator's language (they were told only at Export, in English), and put back
when something else wrote over them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from studio.core.errors import Problem
from studio.core.held_clips import HeldClip, held_clips
from studio.core.render_plan import RenderPlan
from studio.media.damaged_sound import DamagedSound
from studio.media.measured_length import CutShort
from studio.media.probe import MediaInfo


def warning_words(warning: Problem) -> str:
    """A warning in the creator's words where the window has them."""
    from studio.media.text_coverage import MissingLetters

    if isinstance(warning, MissingLetters):
        said = QCoreApplication.translate(
            "EditPage", "No font on this computer has {0}: they show as empty boxes in “{1}”"
        )
        return said.format(warning.letters, warning.words)
    if isinstance(warning, CutShort) and warning.file is not None:
        said = QCoreApplication.translate(
            "EditPage",
            "{0} ends after {1} s of the {2} s it should last: the file is cut "
            "short. Copy it again.",
        )
        return said.format(warning.file.name, f"{warning.decodable:.1f}", f"{warning.claimed:.1f}")
    if isinstance(warning, DamagedSound) and warning.file is not None:
        if warning.start is not None and warning.end is not None and warning.end > warning.start:
            said = QCoreApplication.translate(
                "EditPage",
                "{0}: its sound is damaged from {1} s to {2} s, so the video is "
                "silent there. Copy the file again.",
            )
            return said.format(warning.file.name, f"{warning.start:.1f}", f"{warning.end:.1f}")
        said = QCoreApplication.translate(
            "EditPage",
            "{0}: its sound is damaged in places and may skip, crackle or fall silent. Copy the "
            "file again.",
        )
        return said.format(warning.file.name)
    if isinstance(warning, HeldClip) and warning.file is not None:
        said = QCoreApplication.translate(
            "EditPage",
            "{0} ends {1} s into its slot, which lasts {2} s: its last picture "
            "stays still for {3} s. Choose a longer clip or start it earlier.",
        )
        return said.format(warning.file.name, *(f"{seconds:.1f}" for seconds in (
            warning.plays, warning.shows, warning.held)))  # fmt: skip
    return str(warning)


class PlanNotice(QObject):
    """Keeps `label`'s lines about the plan on show (missing letters, clips held still) in step
    with it; what else the label says (what is missing, a refused file) stays as it is. A
    helper of the label's, its lines are made from the plan, never a copy of the creator's
    words."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.lines: list[str] = []  # the lines about the plan, on show

    def clear(self) -> None:
        """A new draft: nothing said about its plan yet."""
        self.lines = []

    def show(
        self, plan: RenderPlan, infos: Mapping[Path, object], damaged: Sequence[Problem] = ()
    ) -> None:
        """Say what `plan` would show wrong; `infos` are its files' probes by path, `damaged`
        what planning found wrong with the files (cut short, sound that does not decode)."""
        from studio.media.text_coverage import missing_glyphs

        lengths = {path: info.duration for path, info in infos.items()
                   if isinstance(info, MediaInfo) and info.kind == "video"}  # fmt: skip
        warnings: list[Problem] = [*damaged, *held_clips(plan, lengths)]
        warnings += [w for text in plan.all_texts() if (w := missing_glyphs(text))]
        lines = list(dict.fromkeys(warning_words(warning) for warning in warnings))
        shown = self.label.text().splitlines()
        kept = [line for line in shown if line not in self.lines and line not in lines]
        self.lines = lines
        if [*kept, *lines] != shown:
            self.label.setText("\n".join([*kept, *lines]))
