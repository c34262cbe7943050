"""The studio window: composes pages and nothing else (pages own their layout).

Home -> Record -> Edit -> Post, as tabs along the top; Undo, Redo and Settings in the corner.
The window owns the projects being made (studio.core.project) and hands them to the pages,
which are views of them: the template's project (Edit, Post, Record), a take posted alone
(Post), and "Just record"'s settings (Record). Changing the language rebuilds the pages around
the same projects, so nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from studio.core.draft import Draft
from studio.core.post.preflight import TextBox
from studio.core.project import (
    Project,
    project_state,
    read_state,
    recording_project,
    take_project,
)
from studio.core.template import LoadedTemplate, TemplateError
from studio.core.template.translated import slot_words
from studio.ui.icons import icon
from studio.ui.missing_template import MissingTemplateDialog, rehome_draft, template_for_draft
from studio.ui.native_heap import HeapTrimmer
from studio.ui.package_drop import PackageDrop
from studio.ui.pages.edit_page import EditPage
from studio.ui.pages.home_page import HomePage
from studio.ui.pages.post_page import PostPage
from studio.ui.pages.record_page import RecordPage
from studio.ui.settings import StudioSettings
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.translation import current_language, install_language
from studio.ui.undo_keys import WindowKeys
from studio.ui.wheel_guard import install_wheel_guard
from studio.ui.widgets.undo_buttons import UndoButtons


class MainWindow(QMainWindow):
    def __init__(self, drafts_folder: Path, output_folder: Path) -> None:
        super().__init__()
        self.drafts_folder = drafts_folder
        self.default_output = output_folder
        self.settings = StudioSettings.load()
        self.takes_go_to_post = False  # "Just record": a take is the finished video
        self.project: Project | None = None  # the template's, on Edit
        self.post_project: Project | None = None  # what Post shows: it, or a take alone
        self.post_texts: tuple[TextBox, ...] = ()  # the exported plan's text boxes
        self.just_recording: Project | None = None  # Record's settings with no template
        self.waiting_draft: Path | None = None  # a draft whose template was gone
        install_language(self.settings.language)
        install_wheel_guard()
        self.setMinimumSize(800, 560)  # a window on a 1024x700 screen (90%: 921x630) fits
        self._build_pages()
        self.record.attach(self.recording_for)
        self.keys = WindowKeys(self, {"undo": self.undo, "redo": self.redo,
                                      "export": self.export_from_anywhere})  # fmt: skip
        self.heap_trimmer = HeapTrimmer(self)  # a window left open all day stays its size

    def _build_pages(self) -> None:
        self.setWindowTitle(self.tr("Crossumer Studio"))
        output = self.settings.output_path(self.default_output)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.home = HomePage(self.drafts_folder)
        self.record = RecordPage(self.drafts_folder.parent / "takes")
        self.edit = EditPage(self.drafts_folder, output)
        self.post = PostPage(output, (self.settings.default_platform,))
        self.record.prefer(self.settings.camera, self.settings.microphone)
        self.tabs.addTab(self.home, icon("home"), self.tr("Home"))
        self.tabs.addTab(self.record, icon("record"), self.tr("Record"))
        self.tabs.addTab(self.edit, icon("edit"), self.tr("Edit"))
        self.tabs.addTab(self.post, icon("post"), self.tr("Post"))
        settings = QPushButton(icon("settings"), "")  # the gear alone: the tabs need the room
        settings.setToolTip(self.tr("Settings"))
        settings.setAccessibleName(self.tr("Settings"))
        settings.clicked.connect(self.open_settings)
        self.undo_buttons = UndoButtons()
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.undo_buttons)
        corner_row.addWidget(settings)
        self.tabs.setCornerWidget(corner)
        # the tabs place their corner only when laid out: a longer Undo label kept the room of
        # the first one and was cut even at 1920 wide ("Rückgängig: Tippe…")
        self.undo_buttons.relabelled.connect(self._place_corner)
        self.home.template_chosen.connect(self.open_template)
        self.home.drafts.draft_chosen.connect(self.open_draft)
        self.home.just_record.connect(self.just_record)
        self.record.take_ready.connect(self.use_take)
        self.record.clip_chosen.connect(self.use_take)
        self.edit.export_panel.finished.connect(self.post_export)
        self.post.export_again.connect(self.export_from_anywhere)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        if not hasattr(self, "package_drop"):  # a .crossumer dropped anywhere installs it
            self.package_drop = PackageDrop(self, self.install_package)

    def install_package(self, file: Path, confirm: bool = False) -> None:
        """Install a template package from Home (asking before replacing an older version)."""
        self.tabs.setCurrentWidget(self.home)
        self.home.import_package(file, confirm)

    # --- moving between pages -------------------------------------------------------------
    def open_template(self, loaded: LoadedTemplate) -> None:
        self.takes_go_to_post = False
        waiting, self.waiting_draft = self.waiting_draft, None
        state = read_state(waiting) if waiting else None
        if waiting and state:  # a draft whose template was gone moves to the one just picked
            project = Project(loaded, project_state(rehome_draft(state, loaded)), waiting)
            project.save()
            self.show_project(project)
        else:
            self.show_project(Project.new(loaded, self.drafts_folder))
        self.tabs.setCurrentWidget(self.edit)

    def open_draft(self, path: Path, draft: Draft | None = None) -> None:
        """Continue a saved draft; a template that is gone or broken is named, not fatal."""
        # the whole draft from disk (the list's copy has only the older format's fields)
        state = read_state(path) or (project_state(draft) if draft is not None else None)
        if state is None:
            QMessageBox.warning(self, self.tr("Cannot open the draft"),
                                self.tr("{0}: cannot be read").format(path))  # fmt: skip
            return
        try:
            loaded = template_for_draft(state)
        except TemplateError as exc:  # there, but broken: named, not fatal
            QMessageBox.warning(self, self.tr("Cannot open the draft"), str(exc.problems[0]))
            return
        if loaded is None:  # gone: the creator picks another template or keeps the draft
            dialog = MissingTemplateDialog(state, self)
            dialog.exec()
            if dialog.choice == "pick":
                self.waiting_draft = path
                self.tabs.setCurrentWidget(self.home)
                self.home.say(self.tr("Pick a template for your draft."))
            return
        self.takes_go_to_post = False
        self.show_project(Project(loaded, state, path))
        self.tabs.setCurrentWidget(self.edit)

    def show_project(self, project: Project) -> None:
        """Make `project` the one every page shows."""
        self.project = project
        self.edit.open_project(project)
        self.post_project, self.post_texts = project, ()
        self.post.attach(project)
        self.record.attach(project)
        self.record.show_fixed_song(project.music_is_fixed)
        self._show_steps()

    @property
    def recording_for(self) -> Project:
        """The project whose record settings Record shows: the template's, or Just record's."""
        if self.project is not None and not self.takes_go_to_post:
            return self.project
        if self.just_recording is None:
            self.just_recording = recording_project(self.posts_folder)
        return self.just_recording

    @property
    def posts_folder(self) -> Path:
        """Where the projects of takes posted alone are kept (not among template drafts)."""
        return self.drafts_folder / "posts"

    def just_record(self) -> None:
        """Record a plain lip-sync video: no template, the take goes straight to Post."""
        self.takes_go_to_post = True
        self.record.attach(self.recording_for)  # the template's project stays open on Edit
        self.record.show_fixed_song(False)
        self.tabs.setCurrentWidget(self.record)

    def post_alone(self, path: str) -> None:
        """Post `path` as a video of its own: a project of its own, kept beside the drafts."""
        record = self.record.project.state.record if self.record.project else None
        self.post_project = take_project(Path(path), self.posts_folder, record)
        self.post_texts = ()
        self.post.attach(self.post_project)
        self.tabs.setCurrentWidget(self.post)
        self._show_steps()

    def use_take(self, path: str) -> None:
        """A finished take (or an imported clip): into the template's next slot; when every
        slot is full, the creator says which to replace or to post the take alone."""
        project = None if self.takes_go_to_post else self.project
        slot_id = project.first_empty_slot() if project else ""
        if slot_id is None:
            slot_id = self.ask_where_take_goes()
            if slot_id is None:
                return  # they will decide later: the take stays in Recent takes
        if slot_id:
            self.edit.choose_media(slot_id, path)
            self.tabs.setCurrentWidget(self.edit)
        else:
            self.post_alone(path)  # a take alone is not the template's video

    def ask_where_take_goes(self) -> str | None:
        """A slot id to replace, "" to post the take alone, or None (the creator cancelled)."""
        assert self.project is not None
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Where does the take go?"))
        box.setText(self.tr("Every slot of this template has a clip. Replace one with the take, "
                            "or post the take on its own?"))  # fmt: skip
        choices: dict[QAbstractButton, str] = {}
        for slot in self.project.loaded.template.slots:
            if slot.kind != "photo":
                button = box.addButton(self.tr("Replace {0}").format(
                    slot_words(slot, current_language()).label),
                                       QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
                choices[button] = slot.id
        alone = box.addButton(self.tr("Post it alone"), QMessageBox.ButtonRole.AcceptRole)
        choices[alone] = ""
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return choices.get(box.clickedButton())

    def post_export(self, path: str) -> None:
        """The export is the project's video now (Edit recorded it): post it."""
        from studio.media.text_measure import planned_text_boxes

        plan = self.edit.last_plan
        self.post_project = self.project
        self.post_texts = planned_text_boxes(plan) if plan is not None else ()
        self.post.attach(self.project, self.post_texts)
        self.tabs.setCurrentWidget(self.post)
        self._show_steps()

    def _place_corner(self) -> None:
        """Lay the tabs' corner out again for its new size (setting it again hid it, and took
        the keyboard focus from the Undo button)."""
        QApplication.postEvent(self.tabs, QEvent(QEvent.Type.LayoutRequest))

    def export_from_anywhere(self) -> None:
        """Ctrl+E on any page: export the project, on Edit, where progress and problems show."""
        if self.project is not None:
            self.tabs.setCurrentWidget(self.edit)
            self.edit.export()

    # --- undo, on the project the page shows ------------------------------------------------
    def active_project(self) -> Project | None:
        """The project the current page shows: Ctrl+Z and the Undo button act on it."""
        page = self.tabs.currentWidget()
        if page is self.post:
            return self.post.project
        if page is self.record:
            return self.record.project
        return self.project

    def undo(self) -> None:
        if project := self.active_project():
            project.undo()

    def redo(self) -> None:
        if project := self.active_project():
            project.redo()

    def _show_steps(self) -> None:
        self.undo_buttons.show_project(self.active_project())

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.home:
            self.edit.draft_writer.flush()  # the list shows the last keystroke too
            self.home.drafts.refresh()
        if self.tabs.widget(index) is self.record:  # a duet template records beside its clip
            self.record.set_duet_clip(self.edit.duet_clip())
        self._show_steps()

    # --- settings and language ------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self, self.default_output)
        if dialog.exec():
            self.apply_settings(dialog.chosen())

    def apply_settings(self, settings: StudioSettings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        settings.save()
        if language_changed:
            install_language(settings.language)
            self.rebuild()
        else:
            output = settings.output_path(self.default_output)
            self.edit.output_folder = output
            self.post.output_folder = output
            self.record.prefer(settings.camera, settings.microphone)

    def rebuild(self) -> None:
        """Recreate the pages in the current language around the same projects: every page
        draws itself from them again, so nothing is carried over by hand."""
        current = self.tabs.currentIndex()
        last_plan = self.edit.last_plan
        self._shutdown_pages()
        old = self.tabs
        self._build_pages()
        old.deleteLater()
        if self.project is not None:
            self.edit.open_project(self.project)
            self.edit.last_plan = last_plan
        self.post.attach(self.post_project, self.post_texts)
        self.record.attach(self.recording_for)
        self.record.show_fixed_song(self.project is not None and not self.takes_go_to_post
                                    and self.project.music_is_fixed)  # fmt: skip
        self.tabs.setCurrentIndex(current)
        self._show_steps()

    def _shutdown_pages(self) -> None:
        self.undo_buttons.close_project()
        self.home.shutdown()
        self.record.shutdown()
        self.edit.shutdown()
        self.post.shutdown()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return or Enter on a focused button or box presses it. Qt gives Return to buttons
        only in dialogs, and the pages keep Space for play or record, so a creator who reached
        "Add text" with Tab could not press it. A button passes Return up to here; a menu or
        a dialog never does."""
        focused = QApplication.focusWidget()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)  # fmt: skip
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain
                and isinstance(focused, QAbstractButton) and focused.isEnabled()):  # fmt: skip
            focused.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shutdown_pages()
        self.heap_trimmer.close()
        self.keys.remove()
        remember_size(self.size())
        super().closeEvent(event)


def _size_store() -> QSettings:
    from studio.core.user_data import user_data_dir

    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def remember_size(size: QSize) -> None:
    """Keep the window's size for the next start."""
    store = _size_store()
    store.setValue("window/width", size.width())
    store.setValue("window/height", size.height())
    store.sync()


def first_size(available: QSize) -> QSize:
    """The window's size at start: the one it had last time, else 1280x800, and never more
    than 90% of the screen it opens on."""
    store = _size_store()
    width = int(str(store.value("window/width", 1280)) or 1280)
    height = int(str(store.value("window/height", 800)) or 800)
    return QSize(min(width, int(available.width() * 0.9)),
                 min(height, int(available.height() * 0.9)))  # fmt: skip
