"""The template's blanks as a form: its prompt, an example as placeholder, a live counter.

A blank's length is counted as people see characters (graphemes, the same rule as fill and the
export's check): a family emoji is one, so the field takes as many as the template allows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from studio.core.post.graphemes import graphemes, visible_length
from studio.core.template.schema import Blank
from studio.core.template.translated import blank_words
from studio.ui.translation import current_language


class GraphemeLimit(QValidator):
    """At most `maximum` characters as people count them; a longer paste is cut to fit."""

    def __init__(self, maximum: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.maximum = maximum

    def validate(self, text: str, position: int) -> object:
        if visible_length(text) <= self.maximum:
            return QValidator.State.Acceptable, text, position
        kept = "".join(graphemes(text)[: self.maximum])
        return QValidator.State.Acceptable, kept, min(position, len(kept))


class BlanksForm(QWidget):
    """Emits `text_changed(blank_id, text)` as the creator types."""

    text_changed = Signal(str, str)

    def __init__(self, blanks: list[Blank]) -> None:
        super().__init__()
        self.edits: dict[str, QLineEdit] = {}
        self.counters: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        language = current_language()
        for blank in blanks:
            words = blank_words(blank, language)  # the template's own translation
            edit = QLineEdit()
            edit.setPlaceholderText(words.example or words.prompt)
            edit.setValidator(GraphemeLimit(blank.max_length, edit))
            counter = QLabel(f"0/{blank.max_length}")
            counter.setObjectName("muted")
            edit.textChanged.connect(lambda text, b=blank: self._changed(b, text))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(counter)
            layout.addRow(words.prompt, row)
            self.edits[blank.id] = edit
            self.counters[blank.id] = counter
        self.maxima = {blank.id: blank.max_length for blank in blanks}

    def show_text(self, blank_id: str, text: str) -> None:
        """Reflect the model without emitting (used by undo/redo and draft loading)."""
        edit = self.edits[blank_id]
        if edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self._count(blank_id, text)

    def _changed(self, blank: Blank, text: str) -> None:
        self._count(blank.id, text)
        self.text_changed.emit(blank.id, text)

    def _count(self, blank_id: str, text: str) -> None:
        counter, maximum = self.counters[blank_id], self.maxima[blank_id]
        length = visible_length(text)
        counter.setText(f"{length}/{maximum}")
        near = length >= maximum * 0.9
        counter.setStyleSheet("color: #FE2C55;" if near else "")
