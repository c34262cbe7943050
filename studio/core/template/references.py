"""Checks across a template's parts: unique ids, blanks declared where they are used, and
translations of slots, blanks and inputs the template declares.

These live outside the pydantic models so that each problem carries its own JSON path
(`texts[0].text: uses unknown blank 'mood'`) instead of pointing at the whole template.
"""

from __future__ import annotations

from pathlib import Path

from studio.core.template.errors import Problem
from studio.core.template.schema import BLANK_PATTERN, Template


def reference_problems(template: Template, file: Path) -> list[Problem]:
    """Duplicate ids and unknown blanks, each at its JSON path."""
    problems: list[Problem] = []
    groups: dict[str, list[str]] = {
        "slots": [s.id for s in template.slots],
        "blanks": [b.id for b in template.blanks],
        "texts": [t.id for t in template.texts],
        "stickers": [s.id for s in template.stickers],
    }
    for group, ids in groups.items():
        seen: set[str] = set()
        for index, item in enumerate(ids):
            if item in seen:
                problems.append(Problem(file, f"{group}[{index}].id", f"'{item}' is used twice"))
            seen.add(item)
    declared = {b.id for b in template.blanks}
    known = ", ".join(sorted(declared)) or "none"
    users = [(f"texts[{i}].text", layer.text) for i, layer in enumerate(template.texts)]
    users.append(("post.caption", template.post.caption))
    for where, text in users:
        for blank_id in BLANK_PATTERN.findall(text):
            if blank_id not in declared:
                message = f"uses unknown blank '{blank_id}' (declared: {known})"
                problems.append(Problem(file, where, message))
    return problems + translation_problems(template, file)


def translation_problems(template: Template, file: Path) -> list[Problem]:
    """Translations of slots, blanks or inputs the template does not declare, each at its path."""
    problems: list[Problem] = []
    declared = {
        "slots": ("slot", [s.id for s in template.slots]),
        "blanks": ("blank", [b.id for b in template.blanks]),
        "inputs": ("input", [i.id for i in getattr(template, "inputs", [])]),
    }
    limits = {b.id: b.max_length for b in template.blanks}
    for language, texts in template.translations.items():
        for group, (noun, ids) in declared.items():
            for item in getattr(texts, group, {}):
                if item not in ids:
                    known = ", ".join(ids) or "none"
                    message = f"translates unknown {noun} '{item}' (declared: {known})"
                    where = f"translations.{language}.{group}.{item}"
                    problems.append(Problem(file, where, message))
        for blank_id, blank in texts.blanks.items():
            if blank.example and blank_id in limits and len(blank.example) > limits[blank_id]:
                where = f"translations.{language}.blanks.{blank_id}.example"
                message = f"is longer than the blank's max_length ({limits[blank_id]})"
                problems.append(Problem(file, where, message))
    return problems
