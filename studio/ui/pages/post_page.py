"""Post: the caption with hashtag suggestions, counters and preflight per platform, a cover,
and the posting kit (a video, caption and title per platform) saved off the UI thread.

With a project attached, the caption, title, platforms and cover are commands to it, so they are
in the draft (a crash or a language switch loses none of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.platforms import Platform, load_platforms
from studio.core.post.caption import count_caption, hashtags_in, limit_hashtags
from studio.core.post.preflight import TextBox, VideoFacts, preflight
from studio.core.post.suggest import (
    PlatformTags,
    TagHistory,
    load_platform_tags,
    suggest_hashtags,
)
from studio.core.project import Cover, Project, SetCover, SetPlatforms, TypeCaption, TypeTitle
from studio.ui.finding_texts import FindingTexts
from studio.ui.jobs import JobRunner
from studio.ui.posting_kit_job import PostingKitJob
from studio.ui.widgets.caption_editor import CaptionEditor
from studio.ui.widgets.cover_picker import CoverPicker


@dataclass(frozen=True)
class PostView:
    """What the page shows, to put back after the pages are rebuilt (a language switch)."""

    video: Path | None
    caption: str
    title: str
    platforms: tuple[str, ...]
    cover_step: int
    cover_text: str
    texts: tuple[TextBox, ...]
    template_tags: tuple[str, ...]
    blank_texts: tuple[str, ...]


class PostPage(QWidget):
    """`open_video(path, caption, ...)` after an export or a take; `kit_saved(folder)`."""

    kit_saved = Signal(str)

    def __init__(self, output_folder: Path, default_platforms: tuple[str, ...] = ("tiktok",)
                 ) -> None:  # fmt: skip
        super().__init__()
        self.output_folder = output_folder
        self.video: Path | None = None
        self.facts: VideoFacts | None = None
        self.texts: tuple[TextBox, ...] = ()
        self.template_tags: list[str] = []
        self.blank_texts: list[str] = []
        self.jobs = JobRunner(self)
        self.platforms = load_platforms()
        self.history = TagHistory()  # read from disk when a video opens, not per keystroke
        self.platform_tags: dict[str, PlatformTags] = {}
        self.project: Project | None = None
        self._showing = False  # filling the widgets from the model: not the creator's edits
        self._build(default_platforms)
        self.kit = PostingKitJob(self.jobs, self.progress, self.save_button, self.cancel_button,
                                 self.open_button, self.status)  # fmt: skip
        self.kit.saved.connect(self.kit_saved)
        self.kit.history_changed.connect(self._history_changed)

    def _build(self, default_platforms: tuple[str, ...]) -> None:
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
        self.cover_picker = CoverPicker(self.jobs)
        self.cover_picker.edited.connect(self._cover_edited)
        self.cover = self.cover_picker.image
        self.cover_slider = self.cover_picker.slider
        self.cover_title = self.cover_picker.text

        self.caption = CaptionEditor()
        self.caption.textChanged.connect(lambda: self.refresh_timer.start())
        self.caption.textChanged.connect(self._caption_edited)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (YouTube Shorts shows one)"))
        self.title.textChanged.connect(lambda _: self.refresh_timer.start())
        self.title.textChanged.connect(self._title_edited)
        self.platform_boxes: dict[str, QCheckBox] = {}
        platforms_row = QHBoxLayout()
        for key, platform in self.platforms.items():
            box = QCheckBox(platform.name)
            box.setChecked(key in default_platforms)
            box.toggled.connect(lambda _: self.refresh())
            box.toggled.connect(lambda _: self._platforms_edited())
            platforms_row.addWidget(box)
            self.platform_boxes[key] = box
        self.counters = QLabel("")
        self.counters.setObjectName("muted")
        self.suggestions = QListWidget()
        self.suggestions.setFlow(QListWidget.Flow.LeftToRight)
        self.suggestions.setWrapping(True)
        self.suggestions.setFixedHeight(96)
        self.suggestions.itemClicked.connect(self._add_suggestion)
        self.findings = QListWidget()
        self.finding_texts = FindingTexts(self)
        self.findings.setWordWrap(True)
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
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Post to")))
        right.addLayout(platforms_row)
        right.addWidget(QLabel(self.tr("Caption")))
        right.addWidget(self.caption)
        right.addWidget(self.counters)
        right.addWidget(self.title)
        right.addWidget(QLabel(self.tr("Suggested hashtags (click to add)")))
        right.addWidget(self.suggestions)
        right.addWidget(QLabel(self.tr("Before you post")))
        right.addWidget(self.findings, 1)
        right.addLayout(buttons)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.cover_picker)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(self.video_label)
        layout.addLayout(body, 1)
        self.caption.setTabChangesFocus(True)  # a caption has no use for tab characters
        # Tab follows the work: what to say, where, then the cover, then saving it
        chain = [self.caption, self.title, *self.platform_boxes.values(), self.suggestions,
                 self.cover_slider, self.cover_title, self.save_button,
                 self.copy_button]  # fmt: skip
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._enable(False)

    # --- what is being posted -------------------------------------------------------------
    def open_video(self, path: str, caption: str = "", title: str = "",
                   texts: tuple[TextBox, ...] = (), template_tags: list[str] | None = None,
                   blank_texts: list[str] | None = None) -> None:  # fmt: skip
        from studio.media.video_facts import video_facts

        self.video = Path(path)
        self.video_label.setText(self.tr("Posting {0}").format(self.video))
        self.texts = texts
        self.template_tags = template_tags or []
        self.blank_texts = blank_texts or []
        self.history = TagHistory.load()
        self.platform_tags = load_platform_tags()
        self.status.setText("")
        state = self.project.state if self.project is not None else None
        self._showing = True  # the creator's own caption and title win over the template's
        self.caption.setPlainText(state.caption if state and state.caption is not None
                                  else caption)  # fmt: skip
        self.title.setText(state.title if state and state.title is not None else title)
        self._showing = False
        self.open_button.setVisible(False)
        try:
            self.facts = video_facts(self.video)
        except StudioError as exc:  # a file that cannot be read is said in one line
            self.facts = None
            self.status.setText(exc.first_line)
        self._enable(self.facts is not None)
        self.cover_picker.show_video(self.video if self.facts else None,
                                     self.facts.duration if self.facts else 0.0)  # fmt: skip
        self._showing = True
        self.cover_slider.setValue(self.cover_picker.step_for(state.cover.time) if state else 0)
        self._showing = False
        self.cover_picker.load()
        self.refresh()

    # --- the project ------------------------------------------------------------------------
    def attach(self, project: Project | None) -> None:
        """Show `project`'s post (its last export, caption, title, platforms, cover) and send
        the creator's edits to it; status lines of another draft go."""
        self.project = None  # nothing below is an edit
        self.status.setText("")
        self.open_button.setVisible(False)
        self.kit.folder = None
        if project is None:
            return
        state = project.state
        self._showing = True
        if state.platforms is not None:
            for key, box in self.platform_boxes.items():
                box.setChecked(key in state.platforms)
        self.cover_title.setText(state.cover.text)
        self._showing = False
        self.project = project
        export = state.last_export
        if export and Path(export).is_file():
            template = project.loaded.template
            tags = template.post.hashtags + template.tags
            self.open_video(export, "", "", (), tags, list(state.blanks.values()))
        else:
            self.video = None
            self.facts = None
            self.video_label.setText("")
            self.cover_picker.show_video(None, 0.0)
            self._enable(False)

    def snapshot(self) -> PostView:
        """What the page shows now."""
        return PostView(self.video, self.caption.toPlainText(), self.title.text(),
                        tuple(key for key, box in self.platform_boxes.items() if box.isChecked()),
                        self.cover_slider.value(), self.cover_title.text(), self.texts,
                        tuple(self.template_tags), tuple(self.blank_texts))  # fmt: skip

    def restore(self, view: PostView) -> None:
        """Show `view` again (after the pages were rebuilt), without counting it as edits."""
        self._showing = True
        try:
            for key, box in self.platform_boxes.items():
                box.setChecked(key in view.platforms)
            self.cover_title.setText(view.cover_text)
            if view.video is not None:
                self.open_video(str(view.video), view.caption, view.title, view.texts,
                                list(view.template_tags), list(view.blank_texts))  # fmt: skip
                self._showing = True
                self.caption.setPlainText(view.caption)
                self.title.setText(view.title)
                self.cover_slider.setValue(view.cover_step)
        finally:
            self._showing = False

    def _editing(self) -> Project | None:
        """The project to send an edit to, unless the page is only showing the model."""
        return None if self._showing else self.project

    def _caption_edited(self) -> None:
        if project := self._editing():
            project.execute(TypeCaption(self.caption.toPlainText()), undoable=False)

    def _title_edited(self, text: str) -> None:
        if project := self._editing():
            project.execute(TypeTitle(text), undoable=False)

    def _platforms_edited(self) -> None:
        if project := self._editing():
            chosen = [key for key, box in self.platform_boxes.items() if box.isChecked()]
            project.execute(SetPlatforms(chosen), undoable=False)

    def _cover_edited(self) -> None:
        if project := self._editing():
            cover = Cover(time=self.cover_picker.seconds(), text=self.cover_title.text())
            project.execute(SetCover(cover), undoable=False)

    def chosen(self) -> list[Platform]:
        return [self.platforms[k] for k, box in self.platform_boxes.items() if box.isChecked()]

    def refresh(self) -> None:
        """Counters, findings and suggestions for the caption as it is now."""
        text = self.caption.toPlainText()
        counts = []
        self.findings.clear()
        for platform in self.chosen():
            count = count_caption(text, platform.caption_max, platform.hashtags_max)
            counts.append(self.tr("{0}: {1}/{2} characters, {3}/{4} hashtags").format(
                platform.name, count.length, count.length_max, count.hashtags,
                count.hashtags_max))  # fmt: skip
            for finding in preflight(platform, self.facts, text, self.title.text(), self.texts):
                mark = "⛔" if finding.severity == "error" else "⚠"
                problem, fix = self.finding_texts.phrase(finding)
                item = QListWidgetItem(self.tr("{0} {1}: {2}. Fix: {3}").format(
                    mark, platform.name, problem, fix))  # fmt: skip
                self.findings.addItem(item)
        if self.facts is not None and not self.findings.count():
            self.findings.addItem(QListWidgetItem(self.tr("✓ Nothing to fix.")))
        self.counters.setText("\n".join(counts))
        self._suggest(text)

    def _suggest(self, text: str) -> None:
        platform = (self.chosen() or list(self.platforms.values()))[0]
        suggestions = suggest_hashtags(
            caption=text, template_tags=self.template_tags, texts=self.blank_texts,
            history=self.history, platform_tags=self.platform_tags.get(platform.id),
            platform_name=platform.name, limit=10,
        )  # fmt: skip
        self.suggestions.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(suggestion.tag)
            item.setToolTip(", ".join(suggestion.reasons))
            self.suggestions.addItem(item)

    def _add_suggestion(self, item: QListWidgetItem) -> None:
        self.caption.add_tag(item.text())

    # --- the kit ----------------------------------------------------------------------------
    def save_kit(self) -> None:
        """Save the posting kit of the video for the chosen platforms (off the UI thread)."""
        if self.video is None or self.facts is None or self.kit.job is not None:
            return
        platforms = self.chosen()
        if not platforms:
            self.status.setText(self.tr("Choose at least one platform."))
            return
        self.kit.start(self.output_folder, self.video, platforms, self.caption.toPlainText(),
                       self.title.text() or None, self.cover_picker.seconds(),
                       self.cover_title.text() or None, self.texts)  # fmt: skip

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
            self.status.setText(self.tr("Caption copied without its last {0} hashtags: {1} takes "
                                        "at most {2}.").format(dropped, chosen[0].name,
                                                               chosen[0].hashtags_max))  # fmt: skip
        else:
            self.status.setText(self.tr("Caption copied: paste it into the app you post with."))

    def _enable(self, on: bool) -> None:
        for widget in (self.save_button, self.copy_button, self.cover_slider):
            widget.setEnabled(on)

    def _history_changed(self, history: TagHistory) -> None:
        self.history = history

    def shutdown(self) -> None:
        self.jobs.close()
