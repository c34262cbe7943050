"""One control per declared filter parameter: a slider for a number, a list for a choice,
a file button for a file. Built from `Param`, so a new filter needs no UI code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QSlider, QWidget

from studio.media.filters import Param

STEPS = 100


class ParamControl(QObject):
    """A widget and the parameter value it shows; `changed` when the creator moves it."""

    changed = Signal()

    def __init__(self, spec: Param, initial: object) -> None:
        super().__init__()
        self.spec = spec
        self.widget: QWidget = self._build(initial)

    def _build(self, initial: object) -> QWidget:
        if self.spec.kind == "choice":
            combo = QComboBox()
            for choice in self.spec.choices:
                combo.addItem(choice.replace("-", " ").capitalize(), choice)
            combo.setCurrentIndex(max(0, combo.findData(initial)))
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            return combo
        if self.spec.kind == "file":
            self._path = str(initial or "")
            button = QPushButton()
            self._show_file(button)
            button.clicked.connect(lambda: self._pick_file(button))
            return button
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, STEPS)
        number = float(initial) if isinstance(initial, int | float) else self.spec.minimum
        span = self.spec.maximum - self.spec.minimum
        slider.setValue(round((number - self.spec.minimum) / span * STEPS))
        slider.setToolTip(self.spec.help or self.spec.label)
        slider.valueChanged.connect(lambda _: self.changed.emit())
        return slider

    def value(self) -> float | str:
        if isinstance(self.widget, QComboBox):
            return str(self.widget.currentData())
        if isinstance(self.widget, QPushButton):
            return self._path
        assert isinstance(self.widget, QSlider)
        fraction = self.widget.value() / STEPS
        return round(self.spec.minimum + fraction * (self.spec.maximum - self.spec.minimum), 3)

    def set_file(self, path: str) -> None:
        """Choose a file (what the dialog does; tests call it directly)."""
        assert isinstance(self.widget, QPushButton)
        self._path = path
        self._show_file(self.widget)
        self.changed.emit()

    def _show_file(self, button: QPushButton) -> None:
        button.setText(Path(self._path).name if self._path else self.tr("Choose a file…"))
        button.setToolTip(self._path)

    def _pick_file(self, button: QPushButton) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in self.spec.suffixes)
        path, _ = QFileDialog.getOpenFileName(
            button, self.spec.label, str(Path(self._path).parent) if self._path else "",
            f"{self.spec.label} ({patterns})",
        )  # fmt: skip
        if path:
            self.set_file(path)
