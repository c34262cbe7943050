"""Undo and Redo buttons that name the step they take back or make again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QStyleOptionButton, QWidget

from studio.core.project import Change, Project
from studio.ui.step_names import step_name

UNDO_WIDTH = 240
REDO_WIDTH = 240  # narrow while there is nothing to redo: the word alone
TEXT_PADDING = 24  # at least, the button's frame and margins either side of its text


class StepButton(QPushButton):
    """A button whose label is cut with "…" to the width it is actually given: cut to the
    widest it may be, it was clipped at both ends when a small window gave it less ("Jndo:
    turning a stic", the U half gone)."""

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""

    def show_label(self, text: str) -> None:
        self.full_text = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # of the cut label: ask for the whole one
        wanted = self.fontMetrics().horizontalAdvance(self.full_text) + self._frame() + 2
        return QSize(max(hint.width(), wanted), hint.height())

    def _frame(self) -> int:
        """What the button's frame and padding take of its width (the theme's padding too)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, max(1, self.height()))
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        return max(TEXT_PADDING, 1000 - contents.width())

    def _fit(self) -> None:
        room = max(0, self.width() - self._frame())
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class UndoButtons(QWidget):
    """Shows `project`'s next undo and redo steps; clicking them undoes and redoes.
    `relabelled` says the labels (and so the room they ask for) changed."""

    relabelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.undo_button = StepButton()
        self.redo_button = StepButton()
        # the tabs keep their room in every language: a long step is cut, whole in the tooltip
        self.undo_button.setMaximumWidth(UNDO_WIDTH)
        self.redo_button.setMaximumWidth(REDO_WIDTH)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        self.show_project(None)

    def show_project(self, project: Project | None) -> None:
        """Follow `project`'s steps (None: nothing to undo)."""
        if project is self.project and self._unsubscribe is not None:
            self._relabel()
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        if project is not None:
            self._unsubscribe = project.subscribe(self._changed)
        self._relabel()

    def undo(self) -> None:
        if self.project is not None:
            self.project.undo()

    def redo(self) -> None:
        if self.project is not None:
            self.project.redo()

    def _changed(self, _: Change) -> None:
        self._relabel()

    def _relabel(self) -> None:
        project = self.project
        undo = project.undo_step if project is not None else None
        redo = project.redo_step if project is not None else None
        for button, step, plain, named in (
            (self.undo_button, undo, self.tr("Undo"), self.tr("Undo: {0}")),
            (self.redo_button, redo, self.tr("Redo"), self.tr("Redo: {0}")),
        ):
            name = step_name(step, project) if step is not None and project is not None else ""
            text = named.format(name) if name else plain
            button.show_label(text)
            button.updateGeometry()
            button.setToolTip(text + ("  (Ctrl+Z)" if button is self.undo_button
                                      else "  (Ctrl+Shift+Z, Ctrl+Y)"))  # fmt: skip
            button.setEnabled(step is not None)
        self.relabelled.emit()

    def close_project(self) -> None:
        self.show_project(None)
