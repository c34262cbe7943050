"""Lint of a template's post: hashtags the platforms would not take are left out of the
caption without a word (`#{blank:food}`, `#day one`, `#2024`), so lint says each."""

from __future__ import annotations

from pathlib import Path

from studio.core.post.caption import normalise_hashtags
from studio.core.template.errors import Problem
from studio.core.template.schema import BLANK_PATTERN, Template

NOT_A_TAG = "is not a hashtag a platform takes (one word of letters, digits or _, not only digits)"
TAKES_NO_BLANK = "cannot take a blank's words (put them in the caption)"


def hashtag_warnings(template: Template, file: Path) -> list[Problem]:
    """A warning for each of `post.hashtags` that is left out of the caption."""
    problems = []
    for index, tag in enumerate(template.post.hashtags):
        if BLANK_PATTERN.search(tag):
            why = TAKES_NO_BLANK
        elif normalise_hashtags([tag])[1]:
            why = NOT_A_TAG
        else:
            continue
        message = f"'{tag}' {why}: it is left out of the caption"
        problems.append(Problem(file, f"post.hashtags[{index}]", message, "warning"))
    return problems
