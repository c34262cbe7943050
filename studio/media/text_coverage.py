"""Whether what the creator typed can be drawn: a warning, not a refusal, since the video can
still be made, but boxes where letters should be must not come out without a word. A letter the
text's font lacks is drawn from a font of this computer when one has it (`fallback_fonts.py`)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from studio.core.errors import Problem
from studio.core.render_plan import PlannedText
from studio.media.fallback_fonts import fallback_font, font_letters, is_bold
from studio.media.text import font_file, is_emoji_char

SHOWN = 12  # missing letters quoted in the warning
WORDS_SHOWN = 24  # the text they are in, as the window names it


@dataclass(frozen=True)
class MissingLetters(Problem):
    """Letters of a text no font of this computer has: the window says it in the creator's
    words, with the text's own words to find it by (`letters`, `words`)."""

    letters: str = ""
    words: str = ""


def missing_glyphs(text: PlannedText) -> MissingLetters | None:
    """A warning when the text's font has no glyph for some of its letters and no font of this
    computer has them either: the creator typed Chinese into a template whose font is Latin,
    and boxes came out without a word (lint checks only the blanks' examples, not what the
    creator types)."""
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
    words = " ".join(text.text.split())
    words = words if len(words) <= WORDS_SHOWN else words[: WORDS_SHOWN - 1] + "…"
    return MissingLetters(font, "", f"has no letters for {shown}: they show as empty boxes in "
                          f"text '{text.id}'", "warning", shown, words)  # fmt: skip
