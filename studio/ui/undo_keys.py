"""The window's own keys, wherever the focus is: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo
the project (inside a text field too, where Qt's own undo would otherwise take back only that
field's typing and disagree with the project), and Ctrl+E exports (a line edit would move the
cursor to the end of the line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier


class WindowKeys(QObject):
    """An application event filter for `window`: the keys above call `actions[name]`."""

    def __init__(self, window: QWidget, actions: dict[str, Callable[[], None]]) -> None:
        super().__init__(window)
        self.window, self.actions = window, actions
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        name = key_action(event)
        if name is None or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no widget's own shortcut or binding takes it; the press follows
            return True
        self.actions[name]()
        return True


def key_action(event: QKeyEvent) -> str | None:
    """ "undo", "redo" or "export" for the keys above, else None."""
    modifiers = event.modifiers() & ~_KEYPAD
    key = event.key()
    if modifiers == CTRL:
        return {Qt.Key.Key_Z: "undo", Qt.Key.Key_Y: "redo", Qt.Key.Key_E: "export"}.get(Qt.Key(key))
    if modifiers == CTRL | SHIFT and key == Qt.Key.Key_Z:
        return "redo"
    return None
