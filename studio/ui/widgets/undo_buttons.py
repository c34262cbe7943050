"""Undo and Redo buttons that name the step they take back or make again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from studio.core.project import Change, Project
from studio.ui.step_names import step_name

UNDO_WIDTH = 180
REDO_WIDTH = 180  # narrow while there is nothing to redo: the word alone


class UndoButtons(QWidget):
    """Shows `project`'s next undo and redo steps; clicking them undoes and redoes."""

    def __init__(self) -> None:
        super().__init__()
        self.project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
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
            room = (UNDO_WIDTH if button is self.undo_button else REDO_WIDTH) - 28
            button.setText(button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                            room))  # fmt: skip
            button.setToolTip(text + ("  (Ctrl+Z)" if button is self.undo_button
                                      else "  (Ctrl+Shift+Z, Ctrl+Y)"))  # fmt: skip
            button.setEnabled(step is not None)

    def close_project(self) -> None:
        self.show_project(None)
