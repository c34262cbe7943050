"""Whether what the creator typed can be drawn: a warning, not a refusal, since the video can
still be made, but boxes where letters should be must not come out without a word. A letter the
text's font lacks is drawn from a font of this computer when one has it (`fallback_fonts.py`)."""

from __future__ import annotations

import unicodedata

from studio.core.errors import Problem
from studio.core.render_plan import PlannedText
from studio.media.fallback_fonts import fallback_font, font_letters, is_bold
from studio.media.text import font_file, is_emoji_char

SHOWN = 12  # missing letters quoted in the warning


def missing_glyphs(text: PlannedText) -> Problem | None:
    """A warning when the text's font has no glyph for some of its letters: the creator typed
    Chinese or Arabic into a template whose font is Latin, and boxes came out without a word
    (lint checks only the blanks' examples, not what the creator types)."""
    font = text.font_path or font_file(text.style.font)
    known = font_letters(font)
    if not known:
        return None  # the font's own problem is told where it is loaded
    bold = is_bold(font)
    missing = dict.fromkeys(
        ch for ch in text.text
        if ord(ch) not in known and not ch.isspace() and not is_emoji_char(ch)
        and unicodedata.category(ch) not in ("Mn", "Me", "Cf", "Cc")
        and fallback_font(ch, bold) is None  # drawn from a font of this computer
    )  # fmt: skip
    if not missing:
        return None
    shown = "".join(list(missing)[:SHOWN]) + ("…" if len(missing) > SHOWN else "")
    return Problem(font, "", f"has no letters for {shown}: they show as empty boxes in text "
                   f"'{text.id}'", "warning")  # fmt: skip
