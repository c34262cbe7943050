"""Post: the caption with hashtag suggestions, counters and preflight per platform, a cover,
and the posting kit (a video, caption and title per platform) saved off the UI thread.

The page is a view of a Project (a template's, or a take posted alone): the video is the
project's last export, and the caption, title, platforms and cover are the project's. Every edit
is a command; the page redraws on the project's change events, setting a widget only when it
shows something else, so nothing needs telling apart "shown" from "typed". The form is
`PostColumn`'s widgets; what the page reads from files for the video (its facts, the hashtag
files) is read by a job (`posted_video`), and the kit is saved by `PostingKitJob`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.platforms import Platform, load_platforms
from studio.core.post.caption import count_caption, hashtags_in, limit_hashtags
from studio.core.post.preflight import TextBox, VideoFacts, preflight
from studio.core.post.suggest import (
    PlatformTags,
    TagHistory,
    suggest_hashtags,
)
from studio.core.project import (
    Change,
    Cover,
    Project,
    SetCover,
    SetPlatforms,
    TypeCaption,
    TypeTitle,
)
from studio.ui.finding_texts import FindingTexts
from studio.ui.jobs import JobRunner
from studio.ui.platform_names import platform_name
from studio.ui.posted_video import PostedVideo, read_posted_video
from studio.ui.posting_kit_job import PostingKitJob
from studio.ui.widgets.cover_picker import CoverPicker
from studio.ui.widgets.field_runs import end_run_on_focus_out
from studio.ui.widgets.post_column import PostColumn

POST_ASPECTS = frozenset({"post", "blanks", "cover", "export"})

# Latin-1, which every text font has: ⛔ is only in colour emoji fonts, and on a computer
# without one the error's mark was an empty box (⚠ and ✕ are missing from many fonts too)
ERROR_MARK, WARNING_MARK = "×", "!"


class PostPage(QWidget):
    """`attach(project)` shows a project's post; `kit_saved(folder)` when a kit is saved."""

    kit_saved = Signal(str)
    export_again = Signal()  # the video is older than the edits: export the project again

    def __init__(self, output_folder: Path, default_platforms: tuple[str, ...] = ("tiktok",)
                 ) -> None:  # fmt: skip
        super().__init__()
        self.output_folder = output_folder
        self.default_platforms = default_platforms
        self.project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # read from files, not the creator's choices: the video's facts, the text boxes of the
        # plan it was exported from (for preflight), the tag history and trending tags
        self.facts: VideoFacts | None = None
        self.texts: tuple[TextBox, ...] = ()
        self.history = TagHistory()
        self.platform_tags: dict[str, PlatformTags] = {}
        self.jobs = JobRunner(self)
        self.platforms = load_platforms()
        self._build()
        self.kit = PostingKitJob(self.jobs, self.progress, self.save_button, self.cancel_button,
                                 self.open_button, self.status)  # fmt: skip
        self.kit.saved.connect(self.kit_saved)
        self.kit.history_changed.connect(self._history_changed)

    def _build(self) -> None:
        self.refresh_timer = QTimer(self)  # counters and findings follow typing, not every key
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(250)
        self.refresh_timer.timeout.connect(self.refresh)
        title = QLabel(self.tr("Ready to post"))
        title.setObjectName("pageTitle")
        self.video_label = QLabel("")  # which file is being posted
        self.video_label.setObjectName("muted")
        self.video_label.setWordWrap(True)
        self.video_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outdated = QLabel(self.tr("You changed the video on Edit since this export: export "
                                       "again to post what you see there."))  # fmt: skip
        self.outdated.setObjectName("warning")
        self.outdated.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export again (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_again)
        self.cover_picker = CoverPicker(self.jobs)
        self.cover_picker.edited.connect(self._cover_edited)
        self.cover = self.cover_picker.image
        self.cover_slider = self.cover_picker.slider
        self.cover_title = self.cover_picker.text
        self.cover_slider.sliderReleased.connect(self._end_run)

        self.column = column = PostColumn(self.platforms)
        # the form's widgets the page (and its tests) reach by name
        self.caption, self.caption_note = column.caption, column.caption_note
        self.template_caption_button, self.title = column.template_caption_button, column.title
        self.platform_boxes, self.counters = column.platform_boxes, column.counters
        self.suggestions, self.findings = column.suggestions, column.findings
        self.caption.textChanged.connect(self._caption_edited)
        self.template_caption_button.clicked.connect(self.use_template_caption)
        self.title.textEdited.connect(self._title_edited)
        for field in (self.caption, self.title, self.cover_title):
            end_run_on_focus_out(field, self._end_run)
        for box in self.platform_boxes.values():
            box.clicked.connect(lambda _: self._platforms_edited())
        self.suggestions.itemClicked.connect(self._add_suggestion)
        self.finding_texts = FindingTexts(self)
        self.save_button = QPushButton(self.tr("Save posting kit"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_kit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.copy_button = QPushButton(self.tr("Copy caption"))
        self.copy_button.clicked.connect(self.copy_caption)
        self.open_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.cancel_button, self.open_button, self.copy_button):
            buttons.addWidget(button)
        saving = QVBoxLayout()  # saving stays in sight; the form above scrolls when it must
        saving.addWidget(column, 1)
        saving.addLayout(buttons)
        saving.addWidget(self.progress)
        saving.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.cover_picker)
        body.addLayout(saving, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(self.video_label)
        stale = QHBoxLayout()
        stale.addWidget(self.outdated, 1)
        stale.addWidget(self.export_button)
        layout.addLayout(stale)
        layout.addLayout(body, 1)
        # Tab follows the work: what to say, where, then the cover, then saving it
        chain = [self.caption, self.template_caption_button, self.title,
                 *self.platform_boxes.values(), self.suggestions, self.cover_slider,
                 self.cover_title, self.save_button, self.copy_button]  # fmt: skip
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._show_project()

    @property
    def settled(self) -> bool:
        """Nothing read or saved is on its way to the page (for tests, as EditPage's)."""
        return self.jobs.settled

    # --- the project ------------------------------------------------------------------------
    @property
    def video(self) -> Path | None:
        """The video being posted: the project's last export, when it is still there."""
        export = self.project.state.last_export if self.project is not None else None
        return Path(export) if export and Path(export).is_file() else None

    def attach(self, project: Project | None, texts: tuple[TextBox, ...] = ()) -> None:
        """Show `project`'s post and send the creator's edits to it; `texts` are the text boxes
        of the plan its video was exported from (preflight checks them against the buttons)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        self.texts = texts
        self.status.setText("")  # a line about another project's kit is not about this one
        self.open_button.setVisible(False)
        self.kit.folder = None
        if project is not None:
            self._unsubscribe = project.subscribe(self._project_changed)
        self._open_video()
        self._show_project()

    def _project_changed(self, change: Change) -> None:
        if "export" in change.aspects:
            self.status.setText("")  # "Saved in ..." was about the older video
            self.open_button.setVisible(False)
            self._open_video()
        if change.aspects & POST_ASPECTS:
            self._show_project()

    def _open_video(self) -> None:
        """Read the facts of the project's video off the window's thread: the page answers at
        once, the video it shows last wins, and a file that cannot be read says so in one line."""
        video = self.video
        self.facts = None
        self.video_label.setText(self.tr("Posting {0}").format(video) if video else "")
        self._enable(False)
        self.cover_picker.show_video(None, 0.0)
        if video is not None:
            self.cover_picker.image.clear()  # not "export first": the video is being read
        self.jobs.submit("video", lambda _: read_posted_video(video), done=self._video_read,
                         failed=self.status.setText)  # fmt: skip

    def _video_read(self, read: PostedVideo | None) -> None:
        if read is None:
            return
        self.facts, self.history, self.platform_tags = read.facts, read.history, read.platform_tags
        self.cover_picker.show_video(read.video, read.facts.duration)
        self._enable(True)
        self.cover_picker.timer.start()  # the cover's frame, drawn off the UI thread
        self._show_project()  # the cover's slider and the findings, now that the length is known

    def _show_project(self) -> None:
        """Every field as the project has it (a widget is set only when it differs)."""
        project = self.project
        state = project.state if project is not None else None
        caption = project.caption() if project is not None else ""
        if self.caption.toPlainText() != caption:
            self.caption.show_text(caption)
        title = project.title() if project is not None else ""
        if self.title.text() != title:
            self.title.setText(title)
        chosen = self.default_platforms if state is None or state.platforms is None else (
            state.platforms)  # fmt: skip
        for key, box in self.platform_boxes.items():
            box.setChecked(key in chosen)
        cover = state.cover if state is not None else Cover()
        self.cover_picker.blockSignals(True)  # showing the cover is not editing it
        if self.cover_title.text() != cover.text:
            self.cover_title.setText(cover.text)
        step = self.cover_picker.step_for(cover.time)
        if self.cover_slider.value() != step:
            self.cover_slider.setValue(step)  # the picture follows (the picker's timer)
        self.cover_picker.blockSignals(False)
        own = project is not None and project.caption_is_own
        follows = project is not None and project.state.kind == "template"
        self.caption_note.setText(
            self.tr("Your own caption: the blanks no longer change it.") if own
            else self.tr("The template's caption: it follows your blanks until you edit it.")
            if follows else "")  # fmt: skip
        self.template_caption_button.setVisible(own and follows)
        # the video is the project's as it was exported: say when the edits have moved on
        stale = (project is not None and project.state.kind == "template"
                 and self.video is not None and not project.video_is_current)  # fmt: skip
        self.outdated.setVisible(stale)
        self.export_button.setVisible(stale)
        for field in (self.caption, self.title, self.cover_title, *self.platform_boxes.values()):
            field.setEnabled(project is not None)
        self.refresh_timer.start()

    # --- edits, as commands -----------------------------------------------------------------
    def _caption_edited(self) -> None:
        text = self.caption.toPlainText()
        if self.project is not None and text != self.project.caption():
            self.project.execute(TypeCaption(text))
        self.refresh_timer.start()

    def use_template_caption(self) -> None:
        """The caption follows the template again (the creator's own is one undo away)."""
        if self.project is not None:
            self.project.seal()
            self.project.execute(TypeCaption(None))
            self.project.seal()

    def _title_edited(self, text: str) -> None:
        if self.project is not None:
            self.project.execute(TypeTitle(text))

    def _platforms_edited(self) -> None:
        if self.project is not None:
            chosen = [key for key, box in self.platform_boxes.items() if box.isChecked()]
            self.project.execute(SetPlatforms(chosen))
            self.project.seal()

    def _cover_edited(self) -> None:
        if self.project is not None:
            cover = Cover(time=self.cover_picker.seconds(), text=self.cover_title.text())
            if cover != self.project.state.cover:
                self.project.execute(SetCover(cover))

    def _end_run(self) -> None:
        """The creator left a field: their next edit is an undo step of its own."""
        if self.project is not None:
            self.project.seal()

    # --- counters, findings, suggestions --------------------------------------------------
    def chosen(self) -> list[Platform]:
        return [self.platforms[k] for k, box in self.platform_boxes.items() if box.isChecked()]

    def refresh(self) -> None:
        """Counters, findings and suggestions for the caption as it is now."""
        text = self.caption.toPlainText()
        counts = []
        self.findings.clear()
        for platform in self.chosen() if self.project is not None else []:
            count = count_caption(text, platform.caption_max, platform.hashtags_max)
            tags = self.tr("{0}/%n hashtags", "", count.hashtags_max).format(count.hashtags)
            counts.append(self.tr("{0}: {1}/{2} characters, {3}").format(
                platform_name(platform), count.length, count.length_max, tags))  # fmt: skip
            for finding in preflight(platform, self.facts, text, self.title.text(), self.texts):
                mark = ERROR_MARK if finding.severity == "error" else WARNING_MARK
                problem, fix = self.finding_texts.phrase(finding)
                item = QListWidgetItem(self.tr("{0} {1}: {2}. Fix: {3}").format(
                    mark, platform_name(platform), problem, fix))  # fmt: skip
                self.findings.addItem(item)
        if self.facts is not None and not self.findings.count():
            self.findings.addItem(QListWidgetItem(self.tr("✓ Nothing to fix.")))
        self.counters.setText("\n".join(counts))
        self._suggest(text)

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        if self.project is None:
            return
        template = self.project.loaded.template
        platform = (self.chosen() or list(self.platforms.values()))[0]
        suggestions = suggest_hashtags(
            caption=text, template_tags=template.post.hashtags + template.tags,
            texts=list(self.project.state.blanks.values()), history=self.history,
            platform_tags=self.platform_tags.get(platform.id), platform_name=platform.name,
            limit=10,
        )  # fmt: skip
        for suggestion in suggestions:
            item = QListWidgetItem(suggestion.tag)
            item.setToolTip(", ".join(suggestion.reasons))
            self.suggestions.addItem(item)

    def _add_suggestion(self, item: QListWidgetItem) -> None:
        if self.project is not None:
            self.project.seal()
            self.project.execute(TypeCaption(self.caption.with_tag(item.text())))
            self.project.seal()

    # --- the kit ----------------------------------------------------------------------------
    def save_kit(self) -> None:
        """Save the posting kit of the video for the chosen platforms (off the UI thread)."""
        video, project = self.video, self.project
        if video is None or project is None or self.facts is None or self.kit.job is not None:
            return
        platforms = self.chosen()
        if not platforms:
            self.status.setText(self.tr("Choose at least one platform."))
            return
        cover = project.state.cover
        self.kit.start(self.output_folder, video, platforms, project.caption(),
                       project.title() or None, self.cover_picker.seconds(), cover.text or None,
                       self.texts)  # fmt: skip

    def cancel(self) -> None:
        """Stop saving the kit."""
        self.kit.cancel()

    def copy_caption(self) -> None:
        """The caption for the first chosen platform (its hashtag limit applied)."""
        chosen = self.chosen()
        text = self.caption.toPlainText()
        dropped = 0
        if chosen:
            limited = limit_hashtags(text, chosen[0].hashtags_max)
            dropped = len(hashtags_in(text)) - len(hashtags_in(limited))
            text = limited
        QGuiApplication.clipboard().setText(text)
        if dropped:
            self.status.setText(self.tr("Caption copied without its last %n hashtag(s): {0} "
                                        "takes at most {1}.", "", dropped).format(
                platform_name(chosen[0]), chosen[0].hashtags_max))  # fmt: skip
        else:
            self.status.setText(self.tr("Caption copied: paste it into the app you post with."))

    def _enable(self, on: bool) -> None:
        for widget in (self.save_button, self.copy_button, self.cover_slider):
            widget.setEnabled(on)

    def _history_changed(self, history: TagHistory) -> None:
        self.history = history

    def shutdown(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.jobs.close()
