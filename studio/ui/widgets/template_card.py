"""One template in the gallery: its picture (moving on hover), name, origin, and Remove for an
installed one. A template that cannot load gets a card too, saying why in full."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent, QMovie, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from studio.core.template.catalogue import CatalogueEntry
from studio.core.template.translated import template_words
from studio.ui.translation import current_language

PICTURE = QSize(144, 256)
CARD_WIDTH = PICTURE.width() + 24


class TemplateCard(QFrame):
    """Emits `chosen` on double-click or Enter, `remove_requested` from its Remove button and
    `hovered(bool)` as the pointer comes and goes."""

    chosen = Signal(object)  # CatalogueEntry
    remove_requested = Signal(object)  # CatalogueEntry
    hovered = Signal(bool)

    def __init__(self, entry: CatalogueEntry, still: Path | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.movie: QMovie | None = None
        self._pixmap = QPixmap()  # the still picture, decoded once
        self.matches = True  # the gallery's search leaves this card shown
        self.setObjectName("templateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #000000; border-radius: 6px;")
        self.title = QLabel(self.name)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 700;")
        self.origin = QLabel(self._origin_text())
        self.origin.setObjectName("muted")
        self.origin.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.origin)
        self.problem: QLabel | None = None
        if entry.loaded is None:
            self._show_broken()
        else:
            if still is not None:  # else it comes with `show_still` (a first frame being made)
                self.show_still(still)
            words = template_words(entry.loaded.template, current_language())
            self.setToolTip(words.description)
        self.remove_button: QPushButton | None = None
        if entry.origin == "installed":
            self.remove_button = QPushButton(self.tr("Remove"))
            self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.entry))
            layout.addWidget(self.remove_button)

    @property
    def name(self) -> str:
        """The template's name in the creator's language (its own when it has no translation)."""
        if self.entry.loaded is None:
            return self.entry.name
        return template_words(self.entry.loaded.template, current_language()).name

    @property
    def broken(self) -> bool:
        return self.entry.loaded is None

    def _origin_text(self) -> str:
        if self.entry.origin == "installed":
            return self.tr("Installed · version {0}").format(self.entry.version)
        return self.tr("Bundled with the studio")

    def show_still(self, path: Path) -> None:
        """Show the card's still picture (a moving preview's first frame, once it is made)."""
        from studio.media.picture import picture_problem

        if picture_problem(path) is not None:  # a bomb or broken preview: checked before Qt decodes
            return
        self._pixmap = QPixmap(str(path)).scaled(
            PICTURE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        if self.movie is None:
            self.picture.setPixmap(self._pixmap)

    def _show_broken(self) -> None:
        """The name and the first problem, wrapped in full: a designer must read all of it."""
        self.picture.setText(self.tr("Cannot load\nthis template"))
        self.picture.setStyleSheet("background: #2A1A1F; color: #FF8FA3; border-radius: 6px;")
        problem = self.entry.problem
        where = f"{problem.json_path}: " if problem and problem.json_path else ""
        text = f"{where}{problem.message}" if problem else self.tr("unknown problem")
        self.problem = QLabel(text)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #FF8FA3;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(str(problem) if problem else text)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.problem)

    # --- the moving preview ---------------------------------------------------------------------
    def play_loop(self, gif: Path) -> None:
        """Show the rendered loop (while the pointer is over the card)."""
        if self.movie is not None:
            return
        self.movie = QMovie(str(gif))
        size = self._pixmap.size() if not self._pixmap.isNull() else PICTURE
        self.movie.setScaledSize(size)
        self.picture.setMovie(self.movie)
        self.movie.start()

    def stop_loop(self) -> None:
        """Back to the still picture."""
        if self.movie is None:
            return
        self.movie.stop()
        self.movie = None
        if self.entry.loaded is not None:
            self.picture.setPixmap(self._pixmap)

    # --- input ----------------------------------------------------------------------------------
    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(True)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(False)
        super().leaveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.broken:
            self.chosen.emit(self.entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.broken:
            self.chosen.emit(self.entry)
        else:
            super().keyPressEvent(event)
