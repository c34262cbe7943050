"""Hashtag suggestions, offline and explainable.

Sources, each with the reason shown to the creator: the template's own tags ("from the
template"), words of the caption and of the typed blanks ("from your caption"), the creator's
history of tags ("you used it 5 times"), and the local list of trending and evergreen tags per
platform in `resources/hashtags.json` ("trending on TikTok"). Scores add up across sources, so a
word of the caption that is also trending ranks above either alone.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from studio.core.atomic import write_json_atomically
from studio.core.post.caption import hashtags_in, normalise_tag, tag_key
from studio.core.resources import resource_path
from studio.core.user_data import user_data_dir

HASHTAG_FILE = "hashtags.json"
HISTORY_FILE = "hashtag-history.json"
SCORE_TEMPLATE = 5.0
SCORE_WORD = 3.0
SCORE_TRENDING = 2.0
SCORE_EVERGREEN = 1.0
MIN_WORD_LETTERS = 4
# words too common to be a topic, in the three languages the studio ships
_STOPWORD_TEXT = (
    "this that with have from your what when just like they them then than were been "
    "will about into only also more most some very here there when where which while "
    "these those questo quella quello della delle degli sono come anche dove quando però "
    "ancora molto dass eine einer einem nicht auch sind wird wenn noch aber oder doch "
    "schon sehr mein dein"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Suggestion:
    tag: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class TagHistory:
    """How often the creator has posted each tag; stored as JSON in the studio's data folder."""

    counts: dict[str, int] = field(default_factory=dict)  # spelling as last used -> count
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> TagHistory:
        path = path or user_data_dir() / HISTORY_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            counts = {str(k): int(v) for k, v in data.get("counts", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            counts = {}  # no history yet, or a damaged file: start afresh rather than fail
        return cls(counts, path)

    def record(self, tags: Iterable[str]) -> None:
        """Count the tags of a posted video and save (atomically)."""
        by_key = {tag_key(tag): tag for tag in self.counts}
        for tag in {tag_key(t): t for t in tags}.values():
            old = by_key.get(tag_key(tag))
            count = self.counts.pop(old, 0) if old else 0
            self.counts[tag] = count + 1
        if self.path is not None:
            write_json_atomically(
                self.path, {"updated": date.today().isoformat(), "counts": self.counts}
            )


@dataclass(frozen=True)
class PlatformTags:
    trending: tuple[str, ...] = ()
    evergreen: tuple[str, ...] = ()


def load_platform_tags(user_file: Path | None = None) -> dict[str, PlatformTags]:
    """The trending/evergreen lists per platform: the creator's copy if they made one."""
    path = user_file or user_data_dir() / HASHTAG_FILE
    if not path.is_file():
        path = resource_path(HASHTAG_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        platform: PlatformTags(tuple(lists.get("trending", ())), tuple(lists.get("evergreen", ())))
        for platform, lists in data.get("platforms", {}).items()
    }


def topic_words(text: str) -> list[str]:
    """Words of a text that could be tags: letters, at least four, not filler words."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))
    return [w for w in words if len(w) >= MIN_WORD_LETTERS and w.casefold() not in STOPWORDS]


class _Ranking:
    def __init__(self) -> None:
        self.scores: dict[str, float] = {}
        self.reasons: dict[str, list[str]] = {}
        self.spelling: dict[str, str] = {}

    def add(self, raw: str, score: float, reason: str, own_spelling: bool = False) -> None:
        """`own_spelling`: the creator typed it this way before, so show it this way."""
        tag = normalise_tag(raw)
        if tag is None:
            return
        key = tag_key(tag)
        if own_spelling:
            self.spelling[key] = tag
        else:
            self.spelling.setdefault(key, tag.lower() if tag[1:].isupper() else tag)
        self.scores[key] = self.scores.get(key, 0.0) + score
        reasons = self.reasons.setdefault(key, [])
        if reason not in reasons:
            reasons.append(reason)


def suggest_hashtags(
    *,
    caption: str = "",
    template_tags: Iterable[str] = (),
    texts: Iterable[str] = (),
    history: TagHistory | None = None,
    platform_tags: PlatformTags | None = None,
    platform_name: str = "",
    limit: int = 12,
) -> list[Suggestion]:
    """Tags to add to `caption`, best first, each with why it is suggested."""
    ranking = _Ranking()
    for tag in template_tags:
        ranking.add(tag, SCORE_TEMPLATE, "from the template")
    for word in topic_words(caption):
        ranking.add(word.lower(), SCORE_WORD, "from your caption")
    for text in texts:
        for word in topic_words(text):
            ranking.add(word.lower(), SCORE_WORD, "from your text")
    for tag, count in (history.counts if history else {}).items():
        times = "once" if count == 1 else f"{count} times"
        ranking.add(tag, min(4.0, 1.0 + count / 2), f"you used it {times}", own_spelling=True)
    if platform_tags is not None:
        where = f" on {platform_name}" if platform_name else ""
        for tag in platform_tags.trending:
            ranking.add(tag, SCORE_TRENDING, f"trending{where}")
        for tag in platform_tags.evergreen:
            ranking.add(tag, SCORE_EVERGREEN, f"popular{where}")
    present = {tag_key(tag) for tag in hashtags_in(caption)}
    ranked = sorted(
        (key for key in ranking.scores if key not in present),
        key=lambda key: (-ranking.scores[key], key),
    )
    return [
        Suggestion(ranking.spelling[key], ranking.scores[key], tuple(ranking.reasons[key]))
        for key in ranked[:limit]
    ]
