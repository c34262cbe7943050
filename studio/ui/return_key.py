"""Return and Enter press the focused button or tick the focused box, on every page.

Qt gives Return to a button only inside a dialog, and the pages keep Space for their main
action (play on Edit, record on Record), so a creator who reached "Add text" or a box with Tab
could not press it without the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ReturnPresses(QObject):
    """Installed on the application for `window`: its focused buttons take Return and Enter."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # goes with the window
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        focused = QApplication.focusWidget()
        if (
            not isinstance(focused, QAbstractButton)
            or event.modifiers() not in _PLAIN
            or QApplication.activeModalWidget()
            or focused.window() is not self.window
        ):
            return False  # a dialog's own default button, or another window's  # fmt: skip
        if event.type() == QEvent.Type.KeyPress and focused.isEnabled():
            focused.animateClick()
        return True
