"""A slot's speed, time effect (reverse, freeze) and framing (fill, fit, follow the face)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from studio.core.draft import DraftSlot
from studio.core.template.schema import Slot
from studio.ui.locale_numbers import local_number

TEMPLATE = None  # combo data meaning "keep what the template says"
SPEEDS = (0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


class SlotTiming(QWidget):
    """Emits `changed(fields)`: the DraftSlot fields speed, time_effect, freeze_at and fit."""

    changed = Signal(dict)

    def __init__(self, slot: Slot) -> None:
        super().__init__()
        self.speed = QComboBox()
        own = self.tr("Speed {0}x (template)").format(local_number(slot.speed))
        self.speed.addItem(own, TEMPLATE)
        for factor in SPEEDS:
            self.speed.addItem(f"{local_number(factor)}x", factor)  # 1,5x in Italian
        self.effect = QComboBox()
        effects = {"normal": self.tr("Normal"), "reverse": self.tr("Reverse"),
                   "freeze": self.tr("Freeze frame")}  # fmt: skip
        self.effect.addItem(self.tr("{0} (template)").format(effects[slot.time_effect]), TEMPLATE)
        for key, label in effects.items():
            self.effect.addItem(label, key)
        self.freeze_at = QDoubleSpinBox()
        self.freeze_at.setRange(0, 600)
        self.freeze_at.setDecimals(2)
        self.freeze_at.setSuffix(" s")
        self.freeze_at.setPrefix(self.tr("at "))
        self.freeze_at.setToolTip(self.tr("Seconds into the slot where the picture stops"))
        self.fit = QComboBox()
        fits = {"cover": self.tr("Fill"), "contain": self.tr("Fit, blurred sides"),
                "follow": self.tr("Fill, follow the face")}  # fmt: skip
        self.fit.addItem(self.tr("{0} (template)").format(fits[slot.fit]), TEMPLATE)
        for key, label in fits.items():
            self.fit.addItem(label, key)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Speed")), 0, 0)
        grid.addWidget(self.speed, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Effect")), 1, 0)
        effect_row = QHBoxLayout()  # the effect fills the row unless "at" shows beside it
        effect_row.addWidget(self.effect, 1)
        effect_row.addWidget(self.freeze_at)
        grid.addLayout(effect_row, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Frame")), 2, 0)
        grid.addWidget(self.fit, 2, 1, 1, 2)
        for combo in (self.speed, self.effect, self.fit):
            combo.currentIndexChanged.connect(lambda _: self._emit())
        self.freeze_at.valueChanged.connect(lambda _: self._emit())
        self._show_freeze()

    def fields(self) -> dict[str, Any]:
        effect = self.effect.currentData()
        return {
            "speed": self.speed.currentData(),
            "time_effect": effect,
            "freeze_at": self.freeze_at.value() if effect == "freeze" else None,
            "fit": self.fit.currentData(),
        }

    def show_slot(self, slot: DraftSlot | None) -> None:
        """Reflect the model without emitting."""
        values = {"speed": None, "time_effect": None, "fit": None, "freeze_at": None}
        if slot is not None:
            values = {key: getattr(slot, key) for key in values}
        for combo, key in ((self.speed, "speed"), (self.effect, "time_effect"), (self.fit, "fit")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
            combo.blockSignals(False)
        self.freeze_at.blockSignals(True)
        self.freeze_at.setValue(values["freeze_at"] or 0.0)
        self.freeze_at.blockSignals(False)
        self._show_freeze()

    def _show_freeze(self) -> None:
        self.freeze_at.setVisible(self.effect.currentData() == "freeze")

    def _emit(self) -> None:
        self._show_freeze()
        self.changed.emit(self.fields())
