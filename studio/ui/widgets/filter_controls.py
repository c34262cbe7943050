"""A slot's look: pick a filter, then controls built from its declared parameters (OBS-style).

Nothing here knows any particular filter: the controls come from `param_specs`, so a new filter
appears with working controls and no UI code.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from studio.core.template.schema import FilterRef
from studio.media.filters import param_specs
from studio.media.filters.base import filter_class, filter_names
from studio.ui.filter_titles import filter_title, translated
from studio.ui.widgets.param_controls import ParamControl

TEMPLATE_CHOICE = ""  # the combo's data for "keep the template's look"
NO_FILTER = "none"


def _initial(default: object, key: str, current: FilterRef | None) -> object:
    """The control's starting value: the saved choice where there is one, else the default."""
    if current is None:
        return default
    return current.strength if key == "strength" else current.params.get(key, default)


class FilterControls(QWidget):
    """Emits `changed(filters)`: None keeps the template's look, () is no filter."""

    changed = Signal(object)

    def __init__(self, template_filter: FilterRef | None) -> None:
        super().__init__()
        self.template_filter = template_filter
        self.combo = QComboBox()
        keep = self.tr("Template's look ({0})").format(
            filter_title(template_filter.name) if template_filter else self.tr("none"))  # fmt: skip
        self.combo.addItem(keep, TEMPLATE_CHOICE)
        self.combo.addItem(self.tr("No filter"), NO_FILTER)
        for name in filter_names():
            self.combo.addItem(filter_title(name), name)
        self.combo.currentIndexChanged.connect(lambda _: self._rebuild(emit=True))
        self.controls: dict[str, ParamControl] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addLayout(self.form)

    def show_choice(self, filters: tuple[FilterRef, ...] | None) -> None:
        """Reflect the model (after undo, or opening a draft) without emitting. Controls that
        already show it are kept: rebuilding would drop a slider from under the mouse mid-drag."""
        if self.combo.count() and filters == self.choice():
            return
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
        values = {key: control.value() for key, control in self.controls.items()}
        strength = float(values.pop("strength", 1.0))
        return (FilterRef(name=name, strength=strength, params=values),)

    def _rebuild(self, emit: bool, current: FilterRef | None = None) -> None:
        name = self.combo.currentData()
        if current is not None and current.name != name:
            current = None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.controls = {}
        if name not in (TEMPLATE_CHOICE, NO_FILTER):
            cls = filter_class(name)
            for key, spec in param_specs(cls).items():
                default = cls.__dataclass_fields__[key].default
                control = ParamControl(spec, _initial(default, key, current))
                control.changed.connect(lambda: self.changed.emit(self.choice()))
                self.form.addRow(QLabel(translated(spec.label)), control.widget)
                self.controls[key] = control
        if emit:
            self.changed.emit(self.choice())
