"""Whether a text's font can draw what the creator typed: a warning, not a refusal, since the
video can still be made, but boxes where letters should be must not come out without a word."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from studio.core.errors import Problem
from studio.core.render_plan import PlannedText
from studio.core.template.font_file import NotAFont, font_characters
from studio.media.text import font_file, is_emoji_char

SHOWN = 12  # missing letters quoted in the warning


def missing_glyphs(text: PlannedText) -> Problem | None:
    """A warning when the text's font has no glyph for some of its letters: the creator typed
    Chinese or Arabic into a template whose font is Latin, and boxes came out without a word
    (lint checks only the blanks' examples, not what the creator types)."""
    font = text.font_path or font_file(text.style.font)
    try:
        known = _font_characters(font, font.stat().st_mtime_ns)
    except (NotAFont, OSError):
        return None  # the font's own problem is told where it is loaded
    missing = dict.fromkeys(
        ch for ch in text.text
        if ord(ch) not in known and not ch.isspace() and not is_emoji_char(ch)
        and unicodedata.category(ch) not in ("Mn", "Me", "Cf", "Cc")
    )  # fmt: skip
    if not missing:
        return None
    shown = "".join(list(missing)[:SHOWN]) + ("…" if len(missing) > SHOWN else "")
    return Problem(font, "", f"has no letters for {shown}: they show as empty boxes in text "
                   f"'{text.id}'", "warning")  # fmt: skip


@lru_cache(maxsize=32)
def _font_characters(font: Path, mtime_ns: int) -> frozenset[int]:
    """The font's characters; `mtime_ns` makes a font the designer saves again a new key."""
    return font_characters(font)
