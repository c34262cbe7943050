"""Captions as the platforms read them: hashtags, @mentions and links, counted as people see them.

Parsing follows the rules the big platforms share (and twitter-text documents): a hashtag is
`#` (or the full-width `＃`) after a space, punctuation or the start, followed by letters, marks,
digits or underscores in any script, with at least one letter; it ends at the first other
character, so `#tag.` is `tag`. `#` alone, `#123`, `a#b` and the `#fragment` of a link are not
tags. `##tag` is the tag `tag`. Tags compare without case (`#FYP` and `#fyp` are one tag) and in
Unicode NFC form (`#café` typed either way is one tag).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from studio.core.post.graphemes import visible_length

HASH_SIGNS = "#\uff03"
AT_SIGNS = "@\uff20"
URL = re.compile(r"(?:https?://|www\.)[^\s]+", re.IGNORECASE)
USERNAME_CHARS = re.compile(r"[A-Za-z0-9_.]")
MAX_USERNAME = 30


@dataclass(frozen=True)
class Token:
    """A hashtag, mention or link in a caption; `text` has no `#`/`@`; offsets are code points."""

    kind: Literal["hashtag", "mention", "url"]
    text: str
    start: int
    end: int


def is_tag_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LM" or category == "Nd" or ch == "_" or ch == "\u200c" or ch == "\u200d"


def _has_letter(body: str) -> bool:
    return any(unicodedata.category(ch)[0] == "L" for ch in body)


def parse_caption(text: str) -> list[Token]:
    """Every hashtag, mention and link in `text`, in order."""
    text = unicodedata.normalize("NFC", text)
    tokens = [Token("url", m.group(), m.start(), m.end()) for m in URL.finditer(text)]
    in_url = [False] * (len(text) + 1)
    for token in tokens:
        in_url[token.start : token.end] = [True] * (token.end - token.start)
    index = 0
    while index < len(text):
        ch = text[index]
        before = text[index - 1] if index else " "
        starts_word = not is_tag_char(before) and before not in "&" + AT_SIGNS
        if ch in HASH_SIGNS and starts_word and not in_url[index]:
            end = index + 1
            while end < len(text) and is_tag_char(text[end]):
                end += 1
            body = text[index + 1 : end]
            if body and _has_letter(body):
                tokens.append(Token("hashtag", body, index, end))
                index = end
                continue
        elif ch in AT_SIGNS and starts_word and before != "." and not in_url[index]:
            end = index + 1
            while end < len(text) and USERNAME_CHARS.match(text[end]):
                end += 1
            body = text[index + 1 : end].rstrip(".")
            if body and len(body) <= MAX_USERNAME:
                tokens.append(Token("mention", body, index, index + 1 + len(body)))
                index += 1 + len(body)
                continue
        index += 1
    return sorted(tokens, key=lambda token: token.start)


def tag_key(tag: str) -> str:
    """What makes two tags the same: no `#`, NFC, case folded."""
    return unicodedata.normalize("NFC", tag.lstrip(HASH_SIGNS)).casefold()


def hashtags_in(text: str) -> list[str]:
    """The caption's distinct hashtags as `#tag`, first spelling kept, in order."""
    seen: dict[str, str] = {}
    for token in parse_caption(text):
        if token.kind == "hashtag":
            seen.setdefault(tag_key(token.text), "#" + token.text)
    return list(seen.values())


def mentions_in(text: str) -> list[str]:
    return [f"@{t.text}" for t in parse_caption(text) if t.kind == "mention"]


def normalise_tag(raw: str) -> str | None:
    """`  ##Café ` -> `#Café`; None when it cannot be a tag (spaces, punctuation, only digits)."""
    body = unicodedata.normalize("NFC", raw.strip()).lstrip(HASH_SIGNS)
    if not body or not all(is_tag_char(ch) for ch in body) or not _has_letter(body):
        return None
    return "#" + body


def normalise_hashtags(tags: Iterable[str]) -> tuple[list[str], list[str]]:
    """Usable tags (one `#`, no duplicates by case) and the entries that are not tags."""
    kept: dict[str, str] = {}
    rejected = []
    for raw in tags:
        tag = normalise_tag(raw)
        if tag is None:
            if raw.strip():
                rejected.append(raw.strip())
            continue
        kept.setdefault(tag_key(tag), tag)
    return list(kept.values()), rejected


def compose_caption(body: str, hashtags: Iterable[str]) -> str:
    """The caption to post: the text, then the tags it does not already contain."""
    present = {tag_key(tag) for tag in hashtags_in(body)}
    extra = [tag for tag in normalise_hashtags(hashtags)[0] if tag_key(tag) not in present]
    body = body.strip()
    if not extra:
        return body
    return f"{body} {' '.join(extra)}" if body else " ".join(extra)


def limit_hashtags(caption: str, maximum: int) -> str:
    """`caption` with hashtags after the first `maximum` removed (text and mentions kept)."""
    kept: set[str] = set()
    pieces = []
    cursor = 0
    for token in parse_caption(caption):
        if token.kind != "hashtag":
            continue
        key = tag_key(token.text)
        if key in kept or len(kept) < maximum:
            kept.add(key)
            continue
        pieces.append(caption[cursor : token.start].rstrip(" "))
        cursor = token.end
    pieces.append(caption[cursor:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


@dataclass(frozen=True)
class CaptionCount:
    """A caption measured against one platform's limits."""

    length: int
    length_max: int
    hashtags: int
    hashtags_max: int

    @property
    def too_long(self) -> bool:
        return self.length > self.length_max

    @property
    def too_many_hashtags(self) -> bool:
        return self.hashtags > self.hashtags_max


def count_caption(caption: str, length_max: int, hashtags_max: int) -> CaptionCount:
    return CaptionCount(visible_length(caption), length_max, len(hashtags_in(caption)),
                        hashtags_max)  # fmt: skip
