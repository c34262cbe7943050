"""A seconds field in the creator's language: shows 0,00 in Italian and still takes 0.5 typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class LocalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox in the current language that also reads a typed point as the comma."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale())  # the language chosen now, not the one at the window's start

    def _as_local(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point != "." else text

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Accept what the locale accepts, with a typed point read as its decimal comma."""
        return super().validate(self._as_local(text), pos)

    def fixup(self, text: str) -> str:
        return super().fixup(self._as_local(text))

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._as_local(text))
