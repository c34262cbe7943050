"""What lint needs from the filter registry: is a filter name known, are its parameters known and
in range. Injected into `lint_template` (the core cannot import media)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from studio.core.template.did_you_mean import did_you_mean
from studio.media.filters.base import filter_class, filter_names, param_specs

CREATOR_INPUT = re.compile(r"\{input:[^{}]*\}")


def filter_problems(name: str, params: Mapping[str, object]) -> list[tuple[str, str]]:
    """(parameter or "", problem) for an unknown filter, unknown parameter or bad value."""
    if name not in filter_names():
        hint = did_you_mean(name, filter_names())
        return [("name", f"unknown filter '{name}'{hint} (filters: {', '.join(filter_names())})")]
    specs = param_specs(filter_class(name))
    problems = []
    for key, value in params.items():
        spec = specs.get(key)
        if spec is None or key == "strength":
            names = [p for p in specs if p != "strength"]
            hint = did_you_mean(key, names)
            known = ", ".join(names) or "none"
            problems.append(
                (f"params.{key}", f"{name} has no parameter '{key}'{hint} (parameters: {known})")
            )
            continue
        if spec.kind == "file" and isinstance(value, str) and CREATOR_INPUT.fullmatch(value):
            continue  # the creator's pick, checked when they pick it
        message = spec.problem(value)
        if message:
            problems.append((f"params.{key}", message))
    return problems
