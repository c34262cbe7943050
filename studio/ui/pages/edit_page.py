"""Edit: drop takes into the template's slots, type its blanks, scrub the preview, export.

The page edits a Draft (saved after every change) through undo commands; the preview is drawn
by the render engine itself at 540x960 on a thread of its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from studio.core.draft import Draft, DraftSlot, save_draft
from studio.core.errors import StudioError
from studio.core.fill import fill_problems
from studio.core.render_plan import RenderPlan
from studio.core.template import LoadedTemplate
from studio.core.template.schema import FilterRef
from studio.ui.edit_commands import SetBlank, SetLook, SetSlot
from studio.ui.preview_sound import PreviewSound
from studio.ui.widgets.blanks_form import BlanksForm
from studio.ui.widgets.export_panel import ExportPanel
from studio.ui.widgets.slot_card import SlotCard
from studio.ui.workers import PreviewRenderer, fitted_pixmap

PREVIEW_SIZE = (360, 640)


def preview_input(loaded: LoadedTemplate) -> LoadedTemplate:
    """The template made forgiving for the preview: empty slots show black instead of failing."""
    template = loaded.template
    slots = [
        s.model_copy(update={"required": False, "when_empty": "black"}) for s in template.slots
    ]
    return LoadedTemplate(template.model_copy(update={"slots": slots}), loaded.folder)


class EditPage(QWidget):
    """Emits `exported(path)` when a video is saved."""

    exported = Signal(str)
    _render_pending = Signal()
    _plan_changed = Signal(object)

    def __init__(self, drafts_folder: Path, output_folder: Path) -> None:
        super().__init__()
        self.drafts_folder = drafts_folder
        self.output_folder = output_folder
        self.loaded: LoadedTemplate | None = None
        self.last_plan: RenderPlan | None = None
        self.draft: Draft | None = None
        self.draft_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.cards: dict[str, SlotCard] = {}
        self.blanks: BlanksForm | None = None
        self.last_frame: QImage | None = None
        self.preview_time = 0.0

        self.title = QLabel(self.tr("Pick a template on Home to start"))
        self.title.setObjectName("pageTitle")
        self.slots_box = QVBoxLayout()
        self.form_box = QVBoxLayout()
        self.problems = QLabel("")
        self.problems.setObjectName("muted")
        self.problems.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #000; border-radius: 12px;")
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.scrub.valueChanged.connect(self._scrubbed)
        self.scrub.sliderMoved.connect(self._seek_sound)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._toggle_play)
        self.clock = QLabel("0.0 s")
        self.sound = PreviewSound()
        self.sharpen_timer = QTimer(self)  # once the picture rests, draw it at full size
        self.sharpen_timer.setSingleShot(True)
        self.sharpen_timer.setInterval(350)
        self.sharpen_timer.timeout.connect(self._sharpen)
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(66)
        self.play_timer.timeout.connect(self._advance)
        self.export_panel = ExportPanel()
        self.export_panel.export_button.clicked.connect(self.export)
        self.export_panel.finished.connect(self.exported)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.title)
        left_layout.addLayout(self.slots_box)
        left_layout.addLayout(self.form_box)
        left_layout.addWidget(self.problems)
        left_layout.addStretch(1)
        left_layout.addWidget(self.export_panel)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.scrub, 1)
        transport.addWidget(self.clock)
        right = QVBoxLayout()
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addLayout(transport)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addLayout(right, 2)

        self._thread = QThread(self)
        self.renderer = PreviewRenderer()
        self.renderer.moveToThread(self._thread)
        self._render_pending.connect(self.renderer.render_pending)
        self._plan_changed.connect(self.renderer.set_plan)
        self.renderer.frame_ready.connect(self._show_frame)
        self.renderer.failed.connect(lambda message: self.problems.setText(message))
        self._thread.start()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.play_button.toggle)

    # --- opening -----------------------------------------------------------------------------
    def open_template(self, loaded: LoadedTemplate, draft: Draft | None = None,
                      draft_path: Path | None = None) -> None:  # fmt: skip
        """Show `loaded` for editing, continuing `draft` when given."""
        self.loaded = loaded
        self.draft = draft or Draft(template=str(loaded.folder))
        if draft_path is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            digest = hashlib.sha1(str(loaded.folder).encode()).hexdigest()[:6]
            draft_path = self.drafts_folder / f"{loaded.slug}-{stamp}-{digest}.json"
        self.draft_path = draft_path
        self.undo_stack.clear()
        self.title.setText(loaded.template.name)
        _clear(self.slots_box)
        _clear(self.form_box)
        self.cards = {}
        for slot in loaded.template.slots:
            card = SlotCard(slot)
            card.media_chosen.connect(self.choose_media)
            card.in_point_changed.connect(self._in_point_changed)
            card.filters_changed.connect(self.choose_look)
            card.timing_changed.connect(self.choose_timing)
            card.show_slot(self.draft.slots.get(slot.id))
            self.slots_box.addWidget(card)
            self.cards[slot.id] = card
        self.blanks = BlanksForm(loaded.template.blanks)
        self.blanks.text_changed.connect(self.type_blank)
        for blank_id, text in self.draft.blanks.items():
            if blank_id in self.blanks.edits:
                self.blanks.show_text(blank_id, text)
        self.form_box.addWidget(self.blanks)
        self._changed(save=draft is None)

    # --- edits, through the undo stack ----------------------------------------------------------
    def choose_media(self, slot_id: str, path: str) -> None:
        assert self.draft is not None
        old = self.draft.slots.get(slot_id)
        # replacing a clip keeps the slot's look and timing, as in CapCut
        new = (old.model_copy(update={"media": path, "in_point": 0.0}) if old
               else DraftSlot(media=path))  # fmt: skip
        self.undo_stack.push(SetSlot(self, slot_id, old, new, f"add {Path(path).name}"))

    def type_blank(self, blank_id: str, text: str) -> None:
        assert self.draft is not None
        old = self.draft.blanks.get(blank_id, "")
        self.undo_stack.push(SetBlank(self, blank_id, old, text))

    def choose_look(self, slot_id: str, filters: tuple[FilterRef, ...] | None) -> None:
        """The creator's look for a slot (None: the template's)."""
        assert self.draft is not None
        old = self.draft.slots.get(slot_id)
        if old is None:
            return
        new = old.model_copy(update={"filters": list(filters) if filters is not None else None})
        self.undo_stack.push(SetLook(self, slot_id, old, new, "look"))

    def choose_timing(self, slot_id: str, fields: dict[str, object]) -> None:
        """The creator's speed, time effect and framing for a slot (None: the template's)."""
        assert self.draft is not None
        old = self.draft.slots.get(slot_id)
        if old is None:
            return
        new = old.model_copy(update=fields)
        self.undo_stack.push(SetSlot(self, slot_id, old, new, "timing"))

    def _in_point_changed(self, slot_id: str, seconds: float) -> None:
        assert self.draft is not None
        old = self.draft.slots.get(slot_id)
        if old is None:
            return
        new = old.model_copy(update={"in_point": seconds})
        self.undo_stack.push(SetSlot(self, slot_id, old, new, "trim"))

    def apply_slot(self, slot_id: str, slot: DraftSlot | None) -> None:
        assert self.draft is not None
        slots = dict(self.draft.slots)
        if slot is None:
            slots.pop(slot_id, None)
        else:
            slots[slot_id] = slot
        self.draft = self.draft.model_copy(update={"slots": slots})
        self.cards[slot_id].show_slot(slot)
        self._changed()

    def apply_blank(self, blank_id: str, text: str) -> None:
        assert self.draft is not None and self.blanks is not None
        self.draft = self.draft.model_copy(update={"blanks": {**self.draft.blanks, blank_id: text}})
        self.blanks.show_text(blank_id, text)
        self._changed()

    # --- model to preview and export ------------------------------------------------------------
    def _changed(self, save: bool = True) -> None:
        assert self.loaded is not None and self.draft is not None
        if save and self.draft_path is not None:
            save_draft(self.draft, self.draft_path)
        missing = fill_problems(self.loaded, self.draft.creator_input())
        self.problems.setText("\n".join(missing))
        plan = self._preview_plan()
        self._plan_changed.emit(plan)
        if plan is not None:
            self.scrub.setRange(0, plan.frame_count - 1)
        self._request(self.preview_time)

    def _preview_plan(self) -> RenderPlan | None:
        from studio.media.render import prepare

        assert self.loaded is not None and self.draft is not None
        given = self.draft.creator_input()
        # an empty blank previews as its example, so the layout shows before anything is typed
        examples = {b.id: given.blanks.get(b.id) or b.example or b.prompt
                    for b in self.loaded.template.blanks}  # fmt: skip
        given = replace(given, blanks=examples)
        try:
            return prepare(preview_input(self.loaded), given)
        except Exception as exc:  # a bad file: say so in one line, keep the old preview
            self.problems.setText(str(exc).splitlines()[0])
            return None

    def export(self) -> Path | None:
        """Export the draft to the output folder; returns the path it will be written to."""
        from studio.media.render import prepare

        if self.loaded is None or self.draft is None or self.export_panel.busy:
            return None
        try:
            plan = prepare(self.loaded, self.draft.creator_input())
        except StudioError as exc:
            self.problems.setText("\n".join(exc.lines))
            return None
        except Exception as exc:  # unforeseen: still one line, never a traceback
            self.problems.setText(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return None
        self.output_folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        output = self.output_folder / f"{self.loaded.slug}-{stamp}.mp4"
        self.last_plan = plan  # the Post page reads its caption, title and text boxes
        self.export_panel.start(plan, output)
        return output

    def fill_first_empty_slot(self, path: str) -> bool:
        """Put a finished take into the first slot still waiting for a clip."""
        if self.loaded is None or self.draft is None:
            return False
        for slot in self.loaded.template.slots:
            if slot.id not in self.draft.slots and slot.kind != "photo":
                self.choose_media(slot.id, path)
                return True
        return False

    # --- preview transport -----------------------------------------------------------------------
    def _request(self, t: float) -> None:
        self.preview_time = t
        self.renderer.request(t)
        self._render_pending.emit()
        if not self.play_button.isChecked():
            self.sharpen_timer.start()

    def _sharpen(self) -> None:
        if not self.play_button.isChecked():
            self.renderer.request(self.preview_time, full=True)
            self._render_pending.emit()

    def _scrubbed(self, frame: int) -> None:
        self.clock.setText(f"{frame / 30:.1f} s")
        self._request(frame / 30)

    def _toggle_play(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self.play_timer.start()
            self.sound.play(self._preview_plan(), self.scrub.value() / 30)
        else:
            self.play_timer.stop()
            self.sound.stop()

    def _seek_sound(self, frame: int) -> None:
        if self.play_button.isChecked():
            self.sound.play(self._preview_plan(), frame / 30)

    def _advance(self) -> None:
        heard = self.sound.position()  # the sound leads the picture, once it plays
        following = round(heard * 30) if heard is not None else self.scrub.value() + 2
        if following > self.scrub.maximum():
            following = 0
            self.sound.play(self._preview_plan(), 0.0)
        self.scrub.blockSignals(heard is not None)  # follow the sound without re-seeking it
        self.scrub.setValue(following)
        self.scrub.blockSignals(False)
        if heard is not None:
            self._scrubbed(following)

    def _show_frame(self, t: float, image: QImage) -> None:
        self.last_frame = image
        self.preview.setPixmap(fitted_pixmap(image, self.preview))

    def shutdown(self) -> None:
        """Stop the preview thread and any export (called when the window closes)."""
        self.play_timer.stop()
        self.sound.close()
        self.export_panel.cancel()
        if self.export_panel.worker is not None:
            self.export_panel.worker.wait(5000)
        self._thread.quit()
        self._thread.wait(5000)
        self.renderer.shutdown()  # its thread has stopped: nothing else touches it now


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
