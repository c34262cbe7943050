"""The Edit panel of the creator's own words and stickers: add a text (a style preset, a font of
the template's or a bundled one, a colour, outline or box) or a sticker (a bundled one or a file
of their own), and a card per item to change or delete it. Every change leaves as a command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.overlays import TEXT_PRESETS, OwnSticker, OwnText
from studio.core.project import ChangeOverlay, DeleteOverlay, TypeOverlayText
from studio.core.resources import resource_path
from studio.ui.media_folder import pick_media_file

STICKER_FILTER = "Stickers (*.png *.gif *.webp)"


def bundled_stickers() -> list[Path]:
    """The stickers that come with the studio."""
    return sorted(resource_path("stickers").glob("*.png"))


class OverlayCard(QFrame):
    """One own item: its words and look (a text) or its file (a sticker), and Delete."""

    command = Signal(object)  # a Command for the project

    def __init__(self, item: OwnText | OwnSticker, fonts: list[str]) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("overlayCard")
        self.setProperty("chosen", False)
        self.setStyleSheet(
            "#overlayCard { border: 1px solid #3A3A42; border-radius: 10px; }"
            "#overlayCard[chosen='true'] { border: 2px solid #25F4EE; }"
        )
        layout = QGridLayout(self)
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.clicked.connect(lambda: self.command.emit(DeleteOverlay(self.item.id)))
        if isinstance(item, OwnSticker):
            icon = QLabel()
            icon.setPixmap(
                QPixmap(item.path).scaled(
                    32,
                    32,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            name = QLabel(Path(item.path).name)
            name.setMinimumWidth(20)
            layout.addWidget(icon, 0, 0)
            layout.addWidget(name, 0, 1)
            layout.addWidget(self.delete, 0, 2)
            layout.setColumnStretch(1, 1)
            return
        self.words = QLineEdit(item.text)
        self.words.setPlaceholderText(self.tr("Your words"))
        self.words.setAccessibleName(self.tr("Words"))
        self.words.textEdited.connect(self._typed)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Style"))
        names = {"classic": self.tr("Classic"), "label": self.tr("Label"),
                 "highlight": self.tr("Highlight"), "clean": self.tr("Clean")}  # fmt: skip
        for key in TEXT_PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.setCurrentIndex(-1)
        self.preset.setPlaceholderText(self.tr("Style…"))
        self.preset.activated.connect(self._preset)
        self.font_box = QComboBox()
        self.font_box.setAccessibleName(self.tr("Font"))
        for font in fonts if item.font in fonts else [item.font, *fonts]:
            self.font_box.addItem(font, font)
        self.font_box.setCurrentIndex(self.font_box.findData(item.font))
        self.font_box.activated.connect(
            lambda _: self._restyle(font=self.font_box.currentData(), what="font")
        )
        self.look = QComboBox()
        self.look.setAccessibleName(self.tr("Outline or box"))
        for key, label in (("outline", self.tr("Outline")), ("box", self.tr("Box")),
                           ("plain", self.tr("Plain"))):  # fmt: skip
            self.look.addItem(label, key)
        self.look.setCurrentIndex(self.look.findData(item.look))
        self.look.activated.connect(lambda _: self._restyle(look=self.look.currentData()))
        self.colour = QToolButton()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.setToolTip(self.tr("Colour of the words"))
        self.colour.setIcon(_swatch(item.color))
        self.colour.clicked.connect(self._pick_colour)
        layout.addWidget(self.words, 0, 0, 1, 3)
        layout.addWidget(self.delete, 0, 3)
        layout.addWidget(self.preset, 1, 0)
        layout.addWidget(self.font_box, 1, 1)
        layout.addWidget(self.look, 1, 2)
        layout.addWidget(self.colour, 1, 3)
        for column in range(3):
            layout.setColumnStretch(column, 1)

    def show_item(self, item: OwnText | OwnSticker) -> None:
        """Redraw from the project (after an edit elsewhere, an undo)."""
        self.item = item
        if isinstance(item, OwnText):
            if self.words.text() != item.text:
                self.words.setText(item.text)
            self.font_box.setCurrentIndex(self.font_box.findData(item.font))
            self.look.setCurrentIndex(self.look.findData(item.look))
            self.colour.setIcon(_swatch(item.color))

    def show_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.style().unpolish(self)
        self.style().polish(self)

    def _typed(self, text: str) -> None:
        assert isinstance(self.item, OwnText)
        self.command.emit(TypeOverlayText(self.item.model_copy(update={"text": text})))

    def _preset(self, index: int) -> None:
        key = self.preset.itemData(index)
        self._restyle(what="style", **TEXT_PRESETS[key])

    def _pick_colour(self) -> None:
        assert isinstance(self.item, OwnText)
        colour = QColorDialog.getColor(QColor(self.item.color), self, self.tr("Colour"))
        if colour.isValid():
            self._restyle(color=colour.name().upper(), what="colour")

    def _restyle(self, what: str = "style", **fields: object) -> None:
        self.command.emit(ChangeOverlay(self.item.model_copy(update=fields), what))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour[:7]))
    return QIcon(pixmap)


class OverlayPanel(QWidget):
    """Emits `add_text()`, `add_sticker(path)`, `command(Command)` and `picked(item_id)`."""

    add_text = Signal()
    add_sticker = Signal(str)
    command = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.fonts: list[str] = []
        self.cards: dict[str, OverlayCard] = {}
        title = QLabel(self.tr("<b>Your words and stickers</b>"))
        hint = QLabel(self.tr("Drag them on the preview; handles scale and turn them"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.text_button = QPushButton(self.tr("Add text"))
        self.text_button.clicked.connect(self.add_text)
        self.sticker_button = QPushButton(self.tr("Add sticker"))
        menu = QMenu(self.sticker_button)
        names = {"heart": self.tr("Heart"), "star": self.tr("Star"), "play": self.tr("Play button")}
        for path in bundled_stickers():
            action = menu.addAction(QIcon(str(path)), names.get(path.stem, path.stem))
            action.triggered.connect(lambda _=False, p=path: self.add_sticker.emit(str(p)))
        menu.addSeparator()
        menu.addAction(self.tr("From a file…")).triggered.connect(self._browse)
        self.sticker_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.text_button)
        buttons.addWidget(self.sticker_button)
        buttons.addStretch(1)
        self.list = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addLayout(self.list)

    def show_items(self, items: list[OwnText | OwnSticker], chosen: str | None) -> None:
        """A card per item, in the order they were added; the chosen one outlined."""
        ids = [item.id for item in items]
        for key in [key for key in self.cards if key not in ids]:
            gone = self.cards.pop(key)
            self.list.removeWidget(gone)
            gone.hide()  # at once, not when the event loop gets to deleting it
            gone.deleteLater()
        cards = {}
        for index, item in enumerate(items):
            card = self.cards.get(item.id)
            if card is None:
                card = OverlayCard(item, self.fonts)
                card.command.connect(self.command)
            if self.list.indexOf(card) != index:  # new, or back in its place after an undo
                self.list.removeWidget(card)
                self.list.insertWidget(index, card)
            card.show_item(item)
            cards[item.id] = card
        self.cards = cards
        for item_id, card in self.cards.items():
            card.show_chosen(item_id == chosen)

    def _browse(self) -> None:
        path = pick_media_file(self, self.tr("Choose a sticker"), STICKER_FILTER)
        if path:
            self.add_sticker.emit(path)
