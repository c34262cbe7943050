"""The caption box: hashtags and @mentions highlighted as the platforms will link them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from studio.core.post.caption import parse_caption

COLOURS = {"hashtag": "#25F4EE", "mention": "#FFC857", "url": "#9A9AA5"}


def utf16_length(text: str) -> int:
    """How long `text` is as Qt counts it (an emoji outside the BMP is two units)."""
    return len(text.encode("utf-16-le")) // 2


class HashtagHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {}
        for kind, colour in COLOURS.items():
            style = QTextCharFormat()
            style.setForeground(QColor(colour))
            style.setFontWeight(700 if kind != "url" else 400)
            self.formats[kind] = style

    def highlightBlock(self, text: str) -> None:
        # Qt counts positions in UTF-16 units, where an emoji is two: in Python's characters,
        # each emoji put the colour one place early and could split the next emoji in two (��)
        for token in parse_caption(text):
            start, end = utf16_length(text[: token.start]), utf16_length(text[: token.end])
            self.setFormat(start, end - start, self.formats[token.kind])


class CaptionEditor(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.highlighter = HashtagHighlighter(self.document())
        self.setPlaceholderText(self.tr("Say what it's about… #hashtags and @mentions work"))
        self.setFixedHeight(120)

    def with_tag(self, tag: str) -> str:
        """The caption with `tag` added at the end, one space before it."""
        text = self.toPlainText().rstrip()
        return f"{text} {tag}" if text else tag

    def show_text(self, text: str) -> None:
        """Show the model's caption without emitting `textChanged`; the cursor stays put (as
        far as the new text allows), so a redraw while typing does not move it."""
        cursor = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        moved = self.textCursor()
        moved.setPosition(min(cursor, utf16_length(text)))
        self.setTextCursor(moved)
        self.highlighter.rehighlight()
