"""A template slot as a drop target: its prompt, the chosen clip or photo, and its in-point."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from studio.core.draft import DraftSlot
from studio.core.template.schema import Slot
from studio.core.template.translated import slot_words
from studio.ui.media_folder import pick_media_file
from studio.ui.translation import current_language
from studio.ui.widgets.filter_controls import FilterControls
from studio.ui.widgets.local_spin_box import LocalSpinBox
from studio.ui.widgets.slot_timing import SlotTiming

MEDIA_FILTER = (
    "Clips and photos (*.mp4 *.mov *.mkv *.webm *.m4v *.avi *.jpg *.jpeg "
    "*.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif)"
)


class SlotCard(QFrame):
    """Emits `media_chosen(slot_id, path)` and `in_point_changed(slot_id, seconds)`."""

    media_chosen = Signal(str, str)
    in_point_changed = Signal(str, float)
    filters_changed = Signal(str, object)  # tuple[FilterRef, ...] | None
    timing_changed = Signal(str, dict)  # DraftSlot fields: speed, time_effect, freeze_at, fit

    def __init__(self, slot: Slot) -> None:
        super().__init__()
        self.slot = slot
        self.setAcceptDrops(True)
        self.setObjectName("slotCard")
        self.setStyleSheet(
            "#slotCard { border: 2px dashed #3A3A42; border-radius: 14px; }"
            "#slotCard[filled='true'] { border: 2px solid #25F4EE; }"
        )
        self.words = slot_words(slot, current_language())  # the template's own translation
        self.title = QLabel(
            f"<b>{self.words.label}</b>" + ("" if slot.required else self.tr(" (optional)"))
        )
        self.kind = str(getattr(slot, "kind", "any"))  # format 2 slots may take one kind only
        drop_here = {"photo": self.tr("Drop a photo here"), "video": self.tr("Drop a clip here")}
        self.prompt = QLabel(
            self.words.prompt or drop_here.get(self.kind, self.tr("Drop a clip or photo here"))
        )
        self.prompt.setObjectName("muted")
        self.prompt.setWordWrap(True)
        self.file_label = QLabel(self.tr("Empty: drop a file or choose one"))
        self.file_label.setObjectName("muted")
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._browse)
        self.in_point = LocalSpinBox()  # 0,00 s in Italian
        self.in_point.setRange(0, 3600)
        self.in_point.setDecimals(2)
        self.in_point.setSuffix(" s")
        self.in_point.setMinimumWidth(110)
        self.in_point.setToolTip(self.tr("Where in the clip this slot starts"))
        self.in_point.valueChanged.connect(lambda v: self.in_point_changed.emit(slot.id, v))
        row = QHBoxLayout()
        row.addWidget(self.choose)
        start_label = QLabel(self.tr("Start at"))
        row.addWidget(start_label)
        row.addWidget(self.in_point)
        self.look = FilterControls(slot.filter)
        self.look.changed.connect(lambda filters: self.filters_changed.emit(slot.id, filters))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.file_label)
        self.note = QLabel()  # what the export does with the clip here (its last picture held)
        self.note.setObjectName("warning")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.refusal = QLabel()  # why the last file dropped here was not taken, under it
        self.refusal.setObjectName("warning")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        layout.addWidget(self.refusal)
        layout.addLayout(row)
        self.timing = SlotTiming(slot)
        self.timing.changed.connect(lambda fields: self.timing_changed.emit(slot.id, fields))
        layout.addWidget(self.timing)
        layout.addWidget(self.look)
        if self.kind == "photo":  # a photo has no in-point, speed or time effect
            for widget in (start_label, self.in_point, self.timing):
                widget.hide()

    def kind_refusal(self, kind: str | None, media: Path) -> str | None:
        """Why a file of `kind` ("video", "photo") does not fit this slot, in the creator's
        words with the slot's name (it was English, with the slot's id); None when it fits."""
        if kind not in ("video", "photo") or self.kind in ("any", kind):
            return None
        wanted = {
            "photo": self.tr("“{0}” takes a photo; {1} is a clip"),
            "video": self.tr("“{0}” takes a clip; {1} is a photo"),
        }[self.kind]
        return wanted.format(self.words.label, media.name)

    def refuse(self, reason: str) -> None:
        """Say under the card why the file dropped on it was not taken (until one is)."""
        self.refusal.setText(reason)
        self.refusal.show()

    def show_note(self, text: str | None) -> None:
        """Say under the file's name what the export will do with it (None: nothing to say)."""
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def show_slot(self, slot: DraftSlot | None) -> None:
        """Reflect the model (called after undo/redo too), without emitting."""
        if slot is not None and slot.media:
            self.refusal.hide()
        path, in_point = (slot.media, slot.in_point) if slot else (None, 0.0)
        filters = tuple(slot.filters) if slot and slot.filters is not None else None
        self.look.setEnabled(bool(path))
        self.look.show_choice(filters)
        self.timing.setEnabled(bool(path))
        self.timing.show_slot(slot)
        self.setProperty("filled", "true" if path else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.file_label.setText(
            Path(path).name if path else self.tr("Empty: drop a file or choose one")
        )
        self.in_point.blockSignals(True)
        self.in_point.setValue(in_point)
        self.in_point.blockSignals(False)

    def _browse(self) -> None:
        path = pick_media_file(self, self.words.label, MEDIA_FILTER)
        if path:
            self.media_chosen.emit(self.slot.id, path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.media_chosen.emit(self.slot.id, urls[0].toLocalFile())
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
