"""The post page's form: where to post, the caption and whose it is, its counters, the title,
suggested hashtags and what to fix before posting, in a column that scrolls in a small window.

Only widgets: the post page connects them and fills them from the project. Their words keep the
post page's translation context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.platforms import Platform
from studio.ui.platform_names import platform_name
from studio.ui.widgets.caption_editor import CaptionEditor


class PostColumn(QScrollArea):
    """The form, scrolled (never squeezed) when the window is small; a box per platform."""

    def __init__(self, platforms: dict[str, Platform]) -> None:
        super().__init__()
        translate = QCoreApplication.translate
        self.platform_boxes: dict[str, QCheckBox] = {}
        platforms_row = QHBoxLayout()
        for key, platform in platforms.items():
            box = QCheckBox(platform_name(platform))
            platforms_row.addWidget(box)
            self.platform_boxes[key] = box
        self.caption = CaptionEditor()
        self.caption.setTabChangesFocus(True)  # a caption has no use for tab characters
        self.caption_note = QLabel("")  # whose caption it is: the template's or the creator's
        self.caption_note.setObjectName("muted")
        self.caption_note.setWordWrap(True)
        self.template_caption_button = QPushButton(
            translate("PostPage", "Use the template's caption")
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("PostPage", "Title (YouTube Shorts shows one)"))
        self.counters = QLabel("")
        self.counters.setObjectName("muted")
        self.suggestions = QListWidget()
        self.suggestions.setFlow(QListWidget.Flow.LeftToRight)
        self.suggestions.setWrapping(True)
        self.suggestions.setFixedHeight(96)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(90)
        whose = QHBoxLayout()
        whose.addWidget(self.caption_note, 1)
        whose.addWidget(self.template_caption_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("PostPage", "Post to")))
        right.addLayout(platforms_row)
        right.addWidget(QLabel(translate("PostPage", "Caption")))
        right.addWidget(self.caption)
        right.addLayout(whose)
        right.addWidget(self.counters)
        right.addWidget(QLabel(translate("PostPage", "Title")))
        right.addWidget(self.title)
        right.addWidget(QLabel(translate("PostPage", "Suggested hashtags (click to add)")))
        right.addWidget(self.suggestions)
        right.addWidget(QLabel(translate("PostPage", "Before you post")))
        right.addWidget(self.findings, 1)
        right.setContentsMargins(0, 0, 8, 0)
        column = QWidget()
        column.setLayout(right)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(column)
