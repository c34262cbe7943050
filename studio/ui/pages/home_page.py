"""Home: the gallery a creator starts from. Bundled and installed templates (saying which),
search by name and tag, a moving preview on hover, Import and Remove for packages, and a card
that names the problem of a template that cannot load."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.template.catalogue import (
    CatalogueEntry,
    bundled_ids,
    installed_templates_dir,
    list_templates,
)
from studio.core.template.package import (
    check_install,
    install_package,
    package_summary,
    remove_template,
)
from studio.ui.gallery_previews import LoopMaker
from studio.ui.widgets.drafts_list import DraftsList
from studio.ui.widgets.template_card import CARD_WIDTH, TemplateCard

SPACING = 14


class CardGrid(QWidget):
    """Cards in as many columns as fit; cards the search leaves out take no place."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[TemplateCard] = []
        self.grid = QGridLayout(self)
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._columns = 0

    def set_cards(self, cards: list[TemplateCard]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = cards
        for card in cards:
            card.setParent(self)  # never a window of its own, even for a moment
        self._columns = 0
        self.reflow()

    def reflow(self, force: bool = True) -> None:
        """Lay the matching cards out in rows; the others are hidden."""
        columns = max(1, (self.width() - SPACING) // (CARD_WIDTH + SPACING))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        shown = [card for card in self.cards if card.matches]
        for index, card in enumerate(shown):
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for card in self.cards:
            card.setVisible(card.matches)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow(force=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move between the cards shown (a card takes Enter itself and opens)."""
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -max(1, self._columns),
            Qt.Key.Key_Down: max(1, self._columns),
        }
        shown = [card for card in self.cards if card.matches]
        focused = self.focusWidget()
        step = steps.get(Qt.Key(event.key()))
        if step is None or focused not in shown:
            super().keyPressEvent(event)
            return
        index = min(max(shown.index(focused) + step, 0), len(shown) - 1)
        shown[index].setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_to(shown[index])

    def scroll_to(self, card: TemplateCard) -> None:
        """Keep the focused card in view."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(card)


class HomePage(QWidget):
    """The gallery; `template_chosen(LoadedTemplate)` fires on double-click or Enter on a card."""

    template_chosen = Signal(object)  # LoadedTemplate
    just_record = Signal()

    def __init__(
        self,
        drafts_folder: Path,
        templates_folder: Path | None = None,
        installed_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.bundled_folder = templates_folder
        self.installed_folder = installed_folder or installed_templates_dir()
        self.drafts = DraftsList(drafts_folder)
        self.entries: list[CatalogueEntry] = []
        self.broken: list[str] = []
        self.loops = LoopMaker()
        self.loops.ready.connect(self._loop_ready)
        self.loops.still_ready.connect(self._still_ready)
        self._hovered: TemplateCard | None = None
        title = QLabel(self.tr("Pick a template"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or tag"))
        self.search.textChanged.connect(self._filter)
        self.cards = CardGrid()
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the search to the cards
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        self.import_button = QPushButton(self.tr("Import template…"))
        self.import_button.setToolTip(self.tr("Install a .crossumer template package"))
        self.import_button.clicked.connect(self.choose_package)
        record = QPushButton(self.tr("Just record"))
        record.setObjectName("primary")
        record.setToolTip(self.tr("Record to music without a template: a plain lip-sync video"))
        record.clicked.connect(self.just_record)
        hint = QLabel(
            self.tr("Double-click a template to fill it with your clips and words. Point at one "
                    "to see it move. Drop a .crossumer file on the window to install it.")
        )  # fmt: skip
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.import_button)
        header.addWidget(record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(header)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.drafts)
        self.status.hide()
        self.refresh()

    # --- the gallery ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the bundled and installed templates again and rebuild the cards."""
        self._hovered = None
        self.entries = list_templates(self.bundled_folder, self.installed_folder)
        self.broken = [str(e.problem) for e in self.entries if e.problem is not None]
        cards = []
        for entry in self.entries:
            card = TemplateCard(entry, self.loops.still(entry.loaded) if entry.loaded else None)
            card.chosen.connect(self._chosen)
            card.remove_requested.connect(self.remove)
            card.hovered.connect(lambda on, card=card: self._hover(card, on))
            cards.append(card)
        self.cards.set_cards(cards)
        self._filter(self.search.text())

    def visible_names(self) -> list[str]:
        """Names of the templates (that load) the search leaves visible, in order."""
        return [c.entry.name for c in self.cards.cards if c.matches and not c.broken]

    def card(self, template_id: str) -> TemplateCard:
        """The card of a template by id (the first, bundled before installed)."""
        return next(c for c in self.cards.cards if c.entry.template_id == template_id)

    def _filter(self, query: str) -> None:
        words = query.casefold().split()
        for card in self.cards.cards:
            entry = card.entry
            description = entry.loaded.template.description if entry.loaded else ""
            haystack = " ".join([entry.name, entry.template_id, description, *entry.tags])
            card.matches = all(word in haystack.casefold() for word in words)
        self.cards.reflow()

    def _chosen(self, entry: CatalogueEntry) -> None:
        if entry.loaded is not None:
            self.template_chosen.emit(entry.loaded)

    def _hover(self, card: TemplateCard, on: bool) -> None:
        if not on:
            card.stop_loop()
            self._hovered = None if self._hovered is card else self._hovered
            return
        if card.entry.loaded is None:
            return
        self._hovered = card
        gif = self.loops.request(card.entry.loaded)
        if gif is not None:
            card.play_loop(gif)

    def _loop_ready(self, folder: str, gif: str) -> None:
        card = self._hovered
        if card is not None and card.entry.loaded and str(card.entry.loaded.folder) == folder:
            card.play_loop(Path(gif))

    def _still_ready(self, folder: str, png: str) -> None:
        for card in self.cards.cards:
            if card.entry.loaded is not None and str(card.entry.loaded.folder) == folder:
                card.show_still(Path(png))
        self.drafts.show_still(folder, png)

    # --- packages -------------------------------------------------------------------------------
    def ask(self, title: str, question: str) -> bool:
        """A yes/no question in a dialog (tests answer it by replacing this method)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def say(self, message: str) -> None:
        """One line above the gallery: what an import or removal did, or why it could not."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def choose_package(self) -> None:
        """File > Import template: pick a .crossumer file and install it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), str(Path.home()),
            self.tr("Crossumer templates (*.crossumer)"),
        )  # fmt: skip
        if path:
            self.import_package(Path(path))

    def import_package(self, file: Path, confirm: bool = False) -> bool:
        """Install a package, asking before a newer version replaces an installed one (and,
        with `confirm`, before any install: a file opened from the file manager)."""
        from studio.media.image_header import image_size
        from studio.media.template_lint import lint_with_media

        try:
            check = check_install(file, self.installed_folder)
            manifest = check.manifest
            if check.action in ("same", "older"):
                # nothing changes, but a damaged file is told as damaged, as the CLI tells it
                install_package(file, self.installed_folder, image_size,
                                reserved_ids=self._bundled_ids(), lint=lint_with_media)  # fmt: skip
                message = self.tr("{0} {1} is already installed (this file has {2}).")
                self.say(message.format(manifest.name, check.installed_version, manifest.version))
                return False
            if check.action == "upgrade" and not self.ask(
                self.tr("Update template"),
                self.tr("Update {0} from version {1} to {2}?").format(
                    manifest.name, check.installed_version, manifest.version
                ),
            ):
                return False
            if (
                check.action == "new"
                and confirm
                and not self.ask(
                    self.tr("Install template"),
                    self.tr("Install {0}?").format(package_summary(manifest)),
                )
            ):
                return False
            install_package(file, self.installed_folder, image_size,
                            replace_older=True, reserved_ids=self._bundled_ids(),
                            lint=lint_with_media)  # fmt: skip
        except StudioError as exc:
            self.say(self.tr("Not installed: {0}").format(exc.first_line))
            return False
        except OSError as exc:
            self.say(self.tr("Not installed: {0}: {1}").format(file, exc.strerror or exc))
            return False
        self.say(self.tr("Installed {0} {1}.").format(manifest.name, manifest.version))
        self.refresh()
        return True

    def remove(self, entry: CatalogueEntry) -> bool:
        """Remove an installed template after asking."""
        if entry.origin != "installed":
            return False
        if not self.ask(self.tr("Remove template"),
                        self.tr("Remove {0} from this computer?").format(entry.name)):  # fmt: skip
            return False
        try:
            remove_template(entry.template_id, self.installed_folder)
        except StudioError as exc:
            self.say(self.tr("Not removed: {0}").format(exc.first_line))
            return False
        except OSError as exc:
            self.say(self.tr("Not removed: {0}").format(exc))
            return False
        self.say(self.tr("Removed {0}.").format(entry.name))
        self.refresh()
        return True

    def _bundled_ids(self) -> set[str]:
        return bundled_ids(self.bundled_folder)

    def shutdown(self) -> None:
        """Wait for a preview loop being rendered (it ends by itself within seconds)."""
        self.loops.shutdown()
