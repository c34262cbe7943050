"""Where a typing run ends: leaving a field closes its undo step (`Project.seal`), so the next
edit there, or anywhere, is a step of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FocusOut(QObject):
    def __init__(self, field: QWidget, left: Callable[[], None]) -> None:
        super().__init__(field)  # lives as long as the field
        self.left = left

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left()
        return False


def end_run_on_focus_out(field: QWidget, left: Callable[[], None]) -> None:
    """Call `left()` whenever `field` loses the keyboard focus."""
    field.installEventFilter(_FocusOut(field, left))
