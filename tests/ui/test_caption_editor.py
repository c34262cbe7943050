"""The Post page's caption editor colours exactly the hashtags, whatever emoji come before."""

from __future__ import annotations

from typing import Any

from studio.ui.widgets.caption_editor import CaptionEditor


def _coloured(editor: CaptionEditor) -> list[str]:
    """The stretches of the caption the highlighter coloured, as text."""
    block = editor.document().firstBlock()
    units = block.text().encode("utf-16-le")  # Qt's positions count UTF-16 units
    return [units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
            for r in block.layout().formats()]  # fmt: skip


def test_hashtags_after_emoji_are_coloured_exactly(qtbot: Any) -> None:
    """Each emoji before a hashtag moved the colour one place late ("ov #relatab"), and could
    split the next emoji into two halves shown as ��."""
    editor = CaptionEditor()
    qtbot.addWidget(editor)
    editor.show_text("你好世界 🎉🔥😂 #pov #relatable 📸 #fyp")
    editor.highlighter.rehighlight()
    assert _coloured(editor) == ["#pov", "#relatable", "#fyp"]


def test_the_cursor_stays_put_after_emoji_when_the_caption_is_redrawn(qtbot: Any) -> None:
    editor = CaptionEditor()
    qtbot.addWidget(editor)
    text = "🎉🔥 done"
    editor.show_text(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text.encode("utf-16-le")) // 2)  # at the end, after "done"
    editor.setTextCursor(cursor)
    editor.show_text(text)
    assert editor.textCursor().position() == 9  # was clamped to 7, inside "done"
