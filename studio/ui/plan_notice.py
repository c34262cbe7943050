"""The edit panel's lines about letters no font of this computer has: said as the words are
typed, in the creator's language, naming the words they are in (they were told only at
Export, in English, naming a font file), and put back when something else wrote over them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from studio.core.errors import Problem
from studio.core.render_plan import RenderPlan


def warning_words(warning: Problem) -> str:
    """A warning in the creator's words where the window has them."""
    from studio.media.text_coverage import MissingLetters

    if isinstance(warning, MissingLetters):
        said = QCoreApplication.translate(
            "EditPage", "No font on this computer has {0}: they show as empty boxes in “{1}”"
        )
        return said.format(warning.letters, warning.words)
    return str(warning)


class LettersNotice(QObject):
    """Keeps `label`'s lines about missing letters in step with the plan on show; what else the
    label says (what is missing, a refused file) stays as it is. A helper of the label's, its
    lines are made from the plan, never a copy of the creator's words."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.lines: list[str] = []  # the lines about letters no font has, on show

    def clear(self) -> None:
        """A new draft: nothing said about its letters yet."""
        self.lines = []

    def show(self, plan: RenderPlan) -> None:
        from studio.media.text_coverage import missing_glyphs

        found = [warning_words(w) for text in plan.all_texts() if (w := missing_glyphs(text))]
        lines = list(dict.fromkeys(found))
        shown = self.label.text().splitlines()
        kept = [line for line in shown if line not in self.lines and line not in lines]
        self.lines = lines
        if [*kept, *lines] != shown:
            self.label.setText("\n".join([*kept, *lines]))
