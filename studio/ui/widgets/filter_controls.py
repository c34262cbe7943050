"""A slot's look: pick a filter, then sliders built from its declared parameters (OBS-style).

Nothing here knows any particular filter: the controls come from `param_specs`, so a new filter
appears with working controls and no UI code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSlider, QVBoxLayout, QWidget

from studio.core.template.schema import FilterRef
from studio.media.filters import param_specs
from studio.media.filters.base import Param, filter_class, filter_names

TEMPLATE_CHOICE = ""  # the combo's data for "keep the template's look"
NO_FILTER = "none"
STEPS = 100


def _slider(spec: Param, value: float) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, STEPS)
    slider.setValue(round((value - spec.minimum) / (spec.maximum - spec.minimum) * STEPS))
    slider.setToolTip(spec.help or spec.label)
    return slider


def _initial(default: object, key: str, current: FilterRef | None) -> float:
    """The slider's starting value: the saved choice where there is one, else the default."""
    value = default
    if current is not None:
        value = current.strength if key == "strength" else current.params.get(key, default)
    return float(value) if isinstance(value, int | float) else 0.0


class FilterControls(QWidget):
    """Emits `changed(filters)`: None keeps the template's look, () is no filter."""

    changed = Signal(object)

    def __init__(self, template_filter: FilterRef | None) -> None:
        super().__init__()
        self.template_filter = template_filter
        self.combo = QComboBox()
        keep = self.tr("Template's look ({0})").format(template_filter.name if template_filter
                                                        else self.tr("none"))  # fmt: skip
        self.combo.addItem(keep, TEMPLATE_CHOICE)
        self.combo.addItem(self.tr("No filter"), NO_FILTER)
        for name in filter_names():
            self.combo.addItem(filter_class(name).title, name)
        self.combo.currentIndexChanged.connect(lambda _: self._rebuild(emit=True))
        self.sliders: dict[str, QSlider] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addLayout(self.form)

    def show_choice(self, filters: tuple[FilterRef, ...] | None) -> None:
        """Reflect the model (after undo, or opening a draft) without emitting."""
        name = TEMPLATE_CHOICE if filters is None else (filters[0].name if filters else NO_FILTER)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        self.combo.blockSignals(False)
        self._rebuild(emit=False, current=filters[0] if filters else None)

    def choice(self) -> tuple[FilterRef, ...] | None:
        name = self.combo.currentData()
        if name == TEMPLATE_CHOICE:
            return None
        if name == NO_FILTER:
            return ()
        specs = param_specs(filter_class(name))
        values = {key: self._value(spec, self.sliders[key]) for key, spec in specs.items()}
        strength = values.pop("strength", 1.0)
        return (FilterRef(name=name, strength=strength, params=values),)

    def _rebuild(self, emit: bool, current: FilterRef | None = None) -> None:
        name = self.combo.currentData()
        if current is not None and current.name != name:
            current = None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.sliders = {}
        if name not in (TEMPLATE_CHOICE, NO_FILTER):
            cls = filter_class(name)
            for key, spec in param_specs(cls).items():
                slider = _slider(
                    spec, _initial(cls.__dataclass_fields__[key].default, key, current)
                )
                slider.valueChanged.connect(lambda _: self.changed.emit(self.choice()))
                self.form.addRow(QLabel(spec.label), slider)
                self.sliders[key] = slider
        if emit:
            self.changed.emit(self.choice())

    @staticmethod
    def _value(spec: Param, slider: QSlider) -> float:
        fraction = slider.value() / STEPS
        return round(spec.minimum + fraction * (spec.maximum - spec.minimum), 3)
