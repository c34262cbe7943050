"""The studio window: composes pages and nothing else (pages own their layout).

Home -> Record -> Edit -> Post, as tabs along the top; Settings in the corner. Changing the
language rebuilds the pages (the open draft is saved on every edit, so it is simply reopened).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QTabWidget

from studio.core.draft import Draft, load_draft
from studio.core.template import LoadedTemplate
from studio.ui.icons import icon
from studio.ui.missing_template import MissingTemplateDialog, rehome_draft, template_for_draft
from studio.ui.package_drop import PackageDrop
from studio.ui.pages.edit_page import EditPage
from studio.ui.pages.home_page import HomePage
from studio.ui.pages.post_page import PostPage
from studio.ui.pages.record_page import RecordPage
from studio.ui.settings import StudioSettings
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.translation import install_language


class MainWindow(QMainWindow):
    def __init__(self, drafts_folder: Path, output_folder: Path) -> None:
        super().__init__()
        self.drafts_folder = drafts_folder
        self.default_output = output_folder
        self.settings = StudioSettings.load()
        self.takes_go_to_post = False  # "Just record": a take is the finished video
        self.waiting_draft: tuple[Path, Draft] | None = None  # its template was gone
        install_language(self.settings.language)
        self.setMinimumSize(1024, 680)
        self._build_pages()

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
        settings = QPushButton(icon("settings"), self.tr("Settings"))
        settings.clicked.connect(self.open_settings)
        self.tabs.setCornerWidget(settings)
        self.home.template_chosen.connect(self.open_template)
        self.home.drafts.draft_chosen.connect(self.open_draft)
        self.home.just_record.connect(self.just_record)
        self.record.take_ready.connect(self.use_take)
        self.record.clip_chosen.connect(self.use_take)
        self.edit.export_panel.finished.connect(self.post_export)
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
        if waiting:  # a draft whose template was gone moves to the one just picked
            self.edit.open_template(loaded, rehome_draft(waiting[1], loaded), waiting[0])
        else:
            self.edit.open_template(loaded)
        self.tabs.setCurrentWidget(self.edit)

    def open_draft(self, path: Path, draft: Draft) -> None:
        """Continue a saved draft; a template that is gone or broken is named, not fatal."""
        loaded = template_for_draft(draft)
        if loaded is None:  # gone: the creator picks another template or keeps the draft
            dialog = MissingTemplateDialog(draft, self)
            dialog.exec()
            if dialog.choice == "pick":
                self.waiting_draft = (path, draft)
                self.tabs.setCurrentWidget(self.home)
                self.home.say(self.tr("Pick a template for your draft."))
            return
        self.edit.open_template(loaded, draft, path)
        self.tabs.setCurrentWidget(self.edit)

    def just_record(self) -> None:
        """Record a plain lip-sync video: no template, the take goes straight to Post."""
        self.takes_go_to_post = True
        self.tabs.setCurrentWidget(self.record)

    def use_take(self, path: str) -> None:
        """A finished take (or an imported clip): into the template's next slot, else post it."""
        if not self.takes_go_to_post and self.edit.fill_first_empty_slot(path):
            self.tabs.setCurrentWidget(self.edit)
        else:
            self.post.open_video(path)
            self.tabs.setCurrentWidget(self.post)

    def post_export(self, path: str) -> None:
        from studio.media.text_measure import planned_text_boxes

        plan = self.edit.last_plan
        loaded = self.edit.loaded
        if plan is None:
            self.post.open_video(path)
        else:
            tags = (loaded.template.post.hashtags + loaded.template.tags) if loaded else []
            blanks = list(self.edit.draft.blanks.values()) if self.edit.draft else []
            self.post.open_video(path, plan.post_text(), plan.title, planned_text_boxes(plan),
                                 tags, blanks)  # fmt: skip
        self.tabs.setCurrentWidget(self.post)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.home:
            self.home.drafts.refresh()

    # --- settings and language ------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
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
        """Recreate the pages in the current language, reopening the draft being edited."""
        draft_path = self.edit.draft_path
        current = self.tabs.currentIndex()
        self._shutdown_pages()
        old = self.tabs
        self._build_pages()
        old.deleteLater()
        draft = load_draft(draft_path) if draft_path else None
        if draft_path and draft:
            self.open_draft(draft_path, draft)
        self.tabs.setCurrentIndex(current)

    def _shutdown_pages(self) -> None:
        self.home.shutdown()
        self.record.shutdown()
        self.edit.shutdown()
        self.post.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shutdown_pages()
        super().closeEvent(event)
