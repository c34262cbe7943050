"""The template's blanks as a form: its prompt, an example as placeholder, a live counter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from studio.core.template.schema import Blank
from studio.core.template.translated import blank_words
from studio.ui.translation import current_language


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
            edit.setMaxLength(blank.max_length)
            counter = QLabel(f"0/{blank.max_length}")
            counter.setObjectName("muted")
            edit.textChanged.connect(lambda text, b=blank: self._changed(b, text))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(counter)
            layout.addRow(words.prompt, row)
            self.edits[blank.id] = edit
            self.counters[blank.id] = counter

    def show_text(self, blank_id: str, text: str) -> None:
        """Reflect the model without emitting (used by undo/redo and draft loading)."""
        edit = self.edits[blank_id]
        if edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self._count(blank_id, text, edit.maxLength())

    def _changed(self, blank: Blank, text: str) -> None:
        self._count(blank.id, text, blank.max_length)
        self.text_changed.emit(blank.id, text)

    def _count(self, blank_id: str, text: str, maximum: int) -> None:
        counter = self.counters[blank_id]
        counter.setText(f"{len(text)}/{maximum}")
        near = len(text) >= maximum * 0.9
        counter.setStyleSheet("color: #FE2C55;" if near else "")
