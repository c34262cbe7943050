"""Space as the page's main action whatever has focus (record on Record, play on Edit), except
where Space is a character: in a text field it types a space."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

_TYPING = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class SpaceKey(QObject):
    """While installed (the page is shown), Space presses and releases call the page."""

    def __init__(self, page: QObject, pressed: Callable[[], None],
                 released: Callable[[], None] | None = None) -> None:  # fmt: skip
        super().__init__(page)  # goes with its page, and Qt drops a deleted filter
        self.pressed, self.released = pressed, released

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() != Qt.Key.Key_Space or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        typing = isinstance(watched, _TYPING) or isinstance(QApplication.focusWidget(), _TYPING)
        if typing or QApplication.activeModalWidget():
            return False
        if not event.isAutoRepeat():
            if kind == QEvent.Type.KeyPress:
                self.pressed()
            elif self.released is not None:
                self.released()
        return True  # not also a click on the focused button or a combo's popup
