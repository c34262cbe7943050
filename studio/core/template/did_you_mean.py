""" "Did you mean ...?" for a misspelt key, filter, font, file, slot or input name (difflib), and
the field names a template's JSON allows at a place (read from the generated JSON Schema)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

MAX_FILES = 2000  # a package holds at most 2000 entries; a folder with more is not looked through


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like `word`, or None when none is close (difflib, cutoff 0.6)."""
    choices = [c for c in candidates if c != word]
    folded = {c.casefold(): c for c in choices}
    if word.casefold() in folded:  # `inter-black` for `Inter-Black`
        return folded[word.casefold()]
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)`, or "" when nothing is close."""
    best = closest(word, candidates)
    return f" (did you mean '{best}'?)" if best is not None else ""


def folder_files(folder: Path) -> list[str]:
    """Relative posix paths of the files in a template folder (hidden ones left out)."""
    files: list[str] = []
    for path in folder.rglob("*"):
        if len(files) >= MAX_FILES:
            break
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        files.append(relative.as_posix())
    return sorted(files)


@cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema(by_alias=True)


def allowed_keys(model: type[BaseModel], location: Sequence[int | str]) -> list[str]:
    """The field names the schema of `model` allows in the object at `location` (the parent of
    a key pydantic refused); [] when the place cannot be followed."""
    schema = _schema(model)
    definitions = schema.get("$defs", {})
    node: dict[str, Any] = schema
    for part in location:
        node = _resolved(node, definitions)
        if isinstance(part, int):
            node = node.get("items", {})
        elif part in node.get("properties", {}):
            node = node["properties"][part]
        elif isinstance(node.get("additionalProperties"), dict):
            node = node["additionalProperties"]  # a map keyed by id or language
        else:
            return []
    return sorted(_resolved(node, definitions).get("properties", {}))


def _resolved(node: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`, and into the object member of a nullable `anyOf`."""
    for _ in range(8):
        if "$ref" in node:
            node = definitions.get(node["$ref"].rsplit("/", 1)[-1], {})
        elif "anyOf" in node:
            objects = [m for m in node["anyOf"] if "$ref" in m or "properties" in m]
            node = objects[0] if objects else {}
        else:
            break
    return node
