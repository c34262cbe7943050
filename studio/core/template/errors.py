"""Template problems phrased for a designer: file, JSON path, and what is wrong."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from studio.core.errors import Problem, StudioError

__all__ = ["Problem", "TemplateError", "describe_pydantic_error", "json_path"]


class TemplateError(StudioError):
    """A template could not be loaded; `problems` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(list(problems))


def json_path(location: Sequence[int | str]) -> str:
    """`("slots", 1, "duration")` -> `slots[1].duration`."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def describe_pydantic_error(error: Mapping[str, Any]) -> tuple[str, str]:
    """A pydantic error as (json path, message in the template designer's words)."""
    kind = error["type"]
    context = error.get("ctx") or {}
    location = [part for part in error["loc"] if not _is_union_tag(part)]
    if kind == "missing":
        message = "is required"
    elif kind == "extra_forbidden":
        message = "is not a field of this object (check the spelling)"
    elif kind == "string_pattern_mismatch" and context.get("pattern") in _PATTERN_NAMES:
        message = _PATTERN_NAMES[context["pattern"]]
    elif kind in _BOUNDS:
        message = _BOUNDS[kind].format(**{k: _number(v) for k, v in context.items()})
    elif kind in _TYPES:
        message = f"{_TYPES[kind]} (got {_shown(error.get('input'))})"
    elif kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
    else:
        message = str(error["msg"]).replace("Input should be", "must be", 1)
    return json_path(location), message


_BOUNDS = {
    "greater_than": "must be greater than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be at most {le}",
    "string_too_short": "must have at least {min_length} characters",
    "string_too_long": "must have at most {max_length} characters",
    "too_short": "must have at least {min_length} items",
    "too_long": "must have at most {max_length} items",
    "string_pattern_mismatch": "does not match the pattern {pattern}",
}
_TYPES = {
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "string_type": "must be text",
    "list_type": "must be a list",
    "model_type": "must be an object",
    "dict_type": "must be an object",
}
_PATTERN_NAMES = {
    r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$": "must be a colour like #FF3366 or #FF336680",
    r"^[a-z0-9][a-z0-9_-]{0,39}$": "must be a lower-case id of letters, digits, - and _",
}


def _number(value: object) -> object:
    """`0.0` reads as `0` to a designer; other values unchanged."""
    return f"{value:g}" if isinstance(value, float) else value


def _shown(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return text


# pydantic names the member of an optional/union type in the location; a designer does not care.
_UNION_TAGS = {"float", "int", "str", "bool", "list[float]", "constrained-float"}


def _is_union_tag(part: object) -> bool:
    return isinstance(part, str) and (part in _UNION_TAGS or part.startswith("literal["))
