"""Untrusted text made safe to print: a template's keys and texts and file names are anyone's.

An escape sequence in a template key (`\\x1b]0;...`, `\\x1b[2J`) printed raw retitles or clears
the designer's terminal, and a carriage return can overwrite the line that names the problem.
"""

from __future__ import annotations

import unicodedata

# invisible format characters that reorder or hide what follows (bidi overrides, isolates)
_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def escape_controls(text: str) -> str:
    """`text` with every control character (C0, DEL, C1, bidi overrides) shown as `\\xNN` or
    `\\uNNNN`, so that a message stays one visible line whatever it quotes."""
    if text.isprintable() and not _REORDERING.intersection(text):
        return text  # the common case: nothing to do
    out = []
    for char in text:
        if unicodedata.category(char) == "Cc" or char in _REORDERING:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def without_controls(text: str) -> str:
    """`text` without control characters (NUL, ESC, ...) except line breaks and tabs: what is
    kept of a caption typed or pasted with invisible bytes in it."""
    return "".join(
        char for char in text if char in "\n\t" or unicodedata.category(char) != "Cc"
    ).replace("\r", "")
