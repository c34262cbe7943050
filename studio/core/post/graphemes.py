"""Count characters as people see them (extended grapheme clusters), not code points or bytes.

Platforms count a caption's length in what their users see: `é` written as `e` + accent is one,
a flag (two regional indicators) is one, a family emoji joined with zero-width joiners is one.
This follows the main rules of Unicode's UAX #29 without a dependency: combining marks,
spacing marks, variation selectors, emoji modifiers, ZWJ sequences, regional-indicator pairs,
tag sequences (subdivision flags), CRLF, Hangul syllable jamo and Indic conjuncts.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
_EXTENDING_CATEGORIES = {"Mn", "Me", "Mc"}


def _extends(ch: str) -> bool:
    """Joins the previous character: marks, variation selectors, skin tones, emoji tags."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in _EXTENDING_CATEGORIES
        or 0xFE00 <= code <= 0xFE0F  # variation selectors (text/emoji presentation)
        or 0x1F3FB <= code <= 0x1F3FF  # skin tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters of subdivision flags
        or 0xE0100 <= code <= 0xE01EF  # variation selectors supplement
        or ch == ZWJ
        or ch == "\u200c"  # zero-width non-joiner (Indic and Persian script)
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _hangul_continues(previous: str, ch: str) -> bool:
    """Conjoining jamo: leading + vowel + trailing make one syllable."""
    p, c = ord(previous), ord(ch)
    leading, vowel, trailing = 0x1100 <= p <= 0x115F, 0x1160 <= p <= 0x11A7, 0x11A8 <= p <= 0x11FF
    syllable = 0xAC00 <= p <= 0xD7A3
    if leading:
        return 0x1100 <= c <= 0x11A7 or 0xAC00 <= c <= 0xD7A3
    if vowel or (syllable and (p - 0xAC00) % 28 == 0):
        return 0x1160 <= c <= 0x11FF
    if trailing or syllable:
        return 0x11A8 <= c <= 0x11FF
    return False


def _conjunct(previous: str, ch: str) -> bool:
    """Indic conjuncts (Unicode 15.1): a consonant after a virama joins the cluster."""
    return unicodedata.combining(previous) == 9 and unicodedata.category(ch) == "Lo"


def graphemes(text: str) -> list[str]:
    """`text` split into user-perceived characters."""
    clusters: list[str] = []
    regional_run = 0  # regional indicators in the current run: pairs make flags
    for ch in text:
        if clusters:
            last = clusters[-1]
            joins = (
                _extends(ch)
                or last[-1] == ZWJ  # the emoji after a joiner belongs to the sequence
                or (last == "\r" and ch == "\n")
                or (_regional(ch) and _regional(last[-1]) and regional_run % 2 == 1)
                or _hangul_continues(last[-1], ch)
                or _conjunct(last[-1], ch)
            )
            if joins:
                clusters[-1] = last + ch
                regional_run = regional_run + 1 if _regional(ch) else 0
                continue
        clusters.append(ch)
        regional_run = 1 if _regional(ch) else 0
    return clusters


def visible_length(text: str) -> int:
    """How many characters a platform's counter shows for `text`."""
    return len(graphemes(text))
