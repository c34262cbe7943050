"""The Edit page's captions: make them, pick a look, and the words, line by line, to correct.

A view: it shows transcripts and emits what the creator asked for; the controller
(`ui/captions_control.py`) turns that into jobs and project commands.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.captions.looks import CAPTION_LOOKS
from studio.core.captions.transcript import Transcript


class CaptionsPanel(QWidget):
    """Emits `make()`, `cancel()`, `look_chosen(id or "")`, `shown(bool)`,
    `word_clicked(slot, line, index)`, `split(slot, line, index)` and `merge(slot, line)`."""

    make = Signal()
    cancel = Signal()
    look_chosen = Signal(str)
    shown = Signal(bool)
    word_clicked = Signal(str, int, int)
    split = Signal(str, int, int)
    merge = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(self.tr("Auto captions"))
        self.heading.setObjectName("sectionTitle")
        self.make_button = QPushButton(self.tr("Make captions"))
        self.make_button.setToolTip(self.tr("Transcribes the clips' voices on this computer"))
        self.make_button.clicked.connect(self.make)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.look = QComboBox()
        titles = {
            "pop": self.tr("Word by word"),
            "karaoke": self.tr("Karaoke"),
            "boxed": self.tr("Boxed lines"),
            "outline": self.tr("Bold outline"),
        }
        self.look.addItem(self.tr("The template's look"), "")
        for look_id in CAPTION_LOOKS:
            self.look.addItem(titles.get(look_id, look_id), look_id)
        self.look.currentIndexChanged.connect(
            lambda _: self.look_chosen.emit(self.look.currentData() or "")
        )
        self.show_box = QCheckBox(self.tr("Show in the video"))
        self.show_box.setChecked(True)
        self.show_box.toggled.connect(self.shown)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.words = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.look, 1)
        buttons.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(self.words)

    def running(self, busy: bool) -> None:
        """Show Cancel while captions are being made."""
        self.make_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)

    def show_look(self, look_id: str | None, shown: bool = True) -> None:
        """The look picked (None: the template's) and whether the video shows captions."""
        self.look.blockSignals(True)
        self.look.setCurrentIndex(max(0, self.look.findData(look_id or "")))
        self.look.blockSignals(False)
        self.show_box.blockSignals(True)
        self.show_box.setChecked(shown)
        self.show_box.blockSignals(False)

    def show_transcripts(self, transcripts: Mapping[str, Transcript], labels: Mapping[str, str]
                         ) -> None:  # fmt: skip
        """One row of word buttons per caption line, under each slot's name."""
        while self.words.count():
            item = self.words.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for slot_id, transcript in transcripts.items():
            title = QLabel(labels.get(slot_id, slot_id))
            title.setObjectName("muted")
            self.words.addWidget(title)
            for number, line in enumerate(transcript.lines):
                more = number + 1 < len(transcript.lines)
                words = [w.text for w in line.words]
                self.words.addWidget(self._line_row(slot_id, number, words, more))

    def _line_row(self, slot_id: str, line: int, words: list[str], has_next: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for index, text in enumerate(words):
            button = QToolButton()
            button.setText(text)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Click to correct; right-click to split or join lines"))
            button.clicked.connect(
                lambda _=False, i=index: self.word_clicked.emit(slot_id, line, i)
            )
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(
                lambda at, b=button, i=index: self._menu(b, at, slot_id, line, i, has_next)
            )
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _menu(self, button: QToolButton, at: QPoint, slot_id: str, line: int, index: int,
              has_next: bool) -> None:  # fmt: skip
        menu = QMenu(button)
        edit = menu.addAction(self.tr("Correct this word…"))
        edit.triggered.connect(lambda: self.word_clicked.emit(slot_id, line, index))
        new_line = menu.addAction(self.tr("Start a new line here"))
        new_line.setEnabled(index > 0)
        new_line.triggered.connect(lambda: self.split.emit(slot_id, line, index))
        join = menu.addAction(self.tr("Join with the next line"))
        join.setEnabled(has_next)
        join.triggered.connect(lambda: self.merge.emit(slot_id, line))
        menu.popup(button.mapToGlobal(at))
