"""Count characters as people see them (extended grapheme clusters), not code points or bytes.

Platforms count a caption's length in what their users see: `é` written as `e` + accent is one,
a flag (two regional indicators) is one, a family emoji joined with zero-width joiners is one.
The rules (Unicode's UAX #29) change with Unicode versions (15.1 limited virama conjuncts to a
few scripts and joiners to emoji), so the maintained `regex` module's `\\X` does the splitting
rather than hand-written rules.
"""

from __future__ import annotations

import regex

_CLUSTER = regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    """`text` split into user-perceived characters."""
    return [str(cluster) for cluster in _CLUSTER.findall(text)]


def visible_length(text: str) -> int:
    """How many characters a platform's counter shows for `text`."""
    return len(graphemes(text))
