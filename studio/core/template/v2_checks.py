"""Load-time checks of the v2 parts: ids, `{input:id}` references, the shipped fonts and their
licences, and the files a look refers to. Each problem carries its JSON path."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from studio.core.template.did_you_mean import did_you_mean
from studio.core.template.errors import Problem
from studio.core.template.font_file import NotAFont, font_characters
from studio.core.template.schema import FILTER_FILE_SUFFIXES, FilterRef
from studio.core.template.v2 import INPUT_PATTERN, TemplateV2

FONT_SUFFIXES = {".ttf", ".otf"}
LICENCE_SUFFIXES = {".txt", ".md", ""}
INPUT_FILE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".mp4", ".mov", ".m4v", ".webm", ".mkv"}
INPUT_REFERENCE = re.compile(INPUT_PATTERN)
# (template folder, relative path, allowed suffixes) -> problem or None (the loader's own check)
AssetCheck = Callable[[Path, str, set[str]], str | None]


def filter_refs(template: TemplateV2) -> list[tuple[str, FilterRef]]:
    """Every filter of the template with its JSON path: each slot's chain, then the look."""
    refs: list[tuple[str, FilterRef]] = []
    for i, slot in enumerate(template.slots):
        if slot.filter:
            refs.append((f"slots[{i}].filter", slot.filter))
        refs += [(f"slots[{i}].more_filters[{j}]", ref) for j, ref in enumerate(slot.more_filters)]
    refs += [(f"look[{i}]", ref) for i, ref in enumerate(template.look)]
    return refs


def v2_problems(
    template: TemplateV2, folder: Path, file: Path, check_asset: AssetCheck
) -> list[Problem]:
    """Problems of the v2 parts, each at its JSON path."""
    root = folder.resolve()
    problems = _id_problems(template, file)
    inputs = {item.id for item in template.inputs}
    for where, ref in filter_refs(template):
        for key, value in ref.params.items():
            if not isinstance(value, str):
                continue
            for name in INPUT_REFERENCE.findall(value):
                if name not in inputs:
                    known = ", ".join(sorted(inputs)) or "none"
                    unknown = (f"uses unknown input '{name}'{did_you_mean(name, inputs)} "
                               f"(declared: {known})")  # fmt: skip
                    problems.append(Problem(file, f"{where}.params.{key}", unknown))
        if where.startswith("look"):
            for key, value in ref.file_params().items():
                missing = check_asset(root, value, set(FILTER_FILE_SUFFIXES))
                if missing:
                    problems.append(Problem(file, f"{where}.params.{key}", missing))
    for i, item in enumerate(template.inputs):
        for field in ("default", "example"):
            relative = getattr(item, field)
            if relative is not None and (
                message := check_asset(root, relative, INPUT_FILE_SUFFIXES)
            ):
                problems.append(Problem(file, f"inputs[{i}].{field}", message))
    slot_ids = [slot.id for slot in template.slots]
    for i, slot in enumerate(template.slots):
        if slot.duck_under is not None and slot.duck_under not in slot_ids:
            message = (f"names no slot '{slot.duck_under}'{did_you_mean(slot.duck_under, slot_ids)}"
                       f" (slots: {', '.join(slot_ids)})")  # fmt: skip
            problems.append(Problem(file, f"slots[{i}].duck_under", message))
    names = template.font_names()
    for i, font in enumerate(template.fonts):
        first = names.index(names[i])  # texts name a font by its file's name
        if first < i and template.fonts[first].file != font.file:  # (one file twice is harmless)
            message = (f"'{names[i]}' is also the name of fonts[{first}].file: texts would use "
                       "only one of them; rename one file")  # fmt: skip
            problems.append(Problem(file, f"fonts[{i}].file", message))
        message = check_asset(root, font.file, FONT_SUFFIXES)
        if message is None:
            try:
                font_characters(root / font.file)
            except NotAFont as exc:
                message = f"'{font.file}' {exc}"
        if message:
            problems.append(Problem(file, f"fonts[{i}].file", message))
        licence = check_asset(root, font.licence, LICENCE_SUFFIXES)
        if licence:
            problems.append(Problem(file, f"fonts[{i}].licence", f"licence file: {licence}"))
    return problems


def _id_problems(template: TemplateV2, file: Path) -> list[Problem]:
    """Shapes need unique ids; an input must not share an id with a slot (both are picked)."""
    problems = []
    seen: set[str] = set()
    for i, shape in enumerate(template.shapes):
        if shape.id in seen:
            problems.append(Problem(file, f"shapes[{i}].id", f"'{shape.id}' is used twice"))
        seen.add(shape.id)
    taken = {slot.id for slot in template.slots}
    for i, item in enumerate(template.inputs):
        if item.id in taken:
            message = f"'{item.id}' is already a slot or input id"
            problems.append(Problem(file, f"inputs[{i}].id", message))
        taken.add(item.id)
    return problems
