"""A row of look thumbnails under the camera: tap one to see the camera through it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QScrollArea, QToolButton, QWidget

from studio.media.filters import look_names
from studio.ui.filter_titles import filter_title
from studio.ui.workers import frame_to_image


class FilterStrip(QScrollArea):
    look_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current = "none"
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name in ["none", *look_names()]:
            button = QToolButton()
            title = self.tr("None") if name == "none" else filter_title(name)
            button.setText(title.replace("&", "&&"))  # "Teal & orange", not a shortcut key
            button.setCheckable(True)
            button.setIconSize(QSize(54, 96))
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextUnderIcon)
            button.clicked.connect(lambda _=False, n=name: self._choose(n))
            self.group.addButton(button)
            row.addWidget(button)
            self.buttons[name] = button
        self.buttons["none"].setChecked(True)
        inner = QWidget()
        inner.setLayout(row)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFixedHeight(150)

    def show_thumbnails(self, thumbnails: dict[str, np.ndarray]) -> None:
        for name, picture in thumbnails.items():
            if name in self.buttons:
                self.buttons[name].setIcon(QIcon(QPixmap.fromImage(frame_to_image(picture))))

    def show_look(self, name: str) -> None:
        """Check `name`'s button (the project's look) without emitting."""
        if name in self.buttons:
            self.current = name
            self.buttons[name].setChecked(True)

    def _choose(self, name: str) -> None:
        self.current = name
        self.look_chosen.emit(name)
