"""The mouse wheel scrolls the page; it changes a combo, spin box or slider only once the
creator has focused that control (clicked or tabbed into it), never in passing. Being the one
place every such control passes through, it also lets a drop-down list show all its items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
ALL_ITEMS = 100  # Qt's default shows 10 and scrolls: the looks list has more than twenty


class WheelGuard(QObject):
    """An application-wide event filter (one for every page, present and future)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED) or isinstance(watched, QScrollBar):
            return False  # a scroll bar is what the wheel is for
        if event.type() == QEvent.Type.Polish:
            # a wheel must not give focus either, or the next notch would change the value
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if isinstance(watched, QComboBox):  # a list shows all its items (the screen allows)
                watched.setMaxVisibleItems(ALL_ITEMS)
            return False
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:  # the page under the pointer scrolls as the creator meant
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install_wheel_guard() -> None:
    """Install the guard on the running QApplication, once."""
    app = QApplication.instance()
    if app is None or app.property("wheelGuard"):
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("wheelGuard", True)
