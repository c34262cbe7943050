"""The filter contract: `apply(frame, t) -> frame`, typed ranged parameters, a registry by name.

Parameters are dataclass fields whose metadata holds a `Param`, so the CLI listing and the UI's
controls are built from the declarations (like OBS properties): a new filter needs no UI code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import cv2
import numpy as np

Frame = np.ndarray


@dataclass(frozen=True)
class Param:
    """How a parameter is shown and checked: label, range and step."""

    label: str
    minimum: float
    maximum: float
    step: float = 1.0
    help: str = ""


def param(default: float, label: str, minimum: float, maximum: float, **kw: Any) -> Any:
    """A dataclass field declaring a ranged parameter."""
    return dataclasses.field(
        default=default, metadata={"param": Param(label, minimum, maximum, **kw)}
    )


class FilterError(ValueError):
    """A filter name or parameter that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Filter:
    """Base of every filter. `strength` (0-1) blends the result with the original."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    description: ClassVar[str] = ""
    # True when the result depends on `t` (animated grain, face tracking): stills are re-filtered
    time_dependent: ClassVar[bool] = False
    strength: float = param(1.0, "Strength", 0.0, 1.0, step=0.05)

    def __post_init__(self) -> None:
        for field, spec in param_specs(type(self)).items():
            value = getattr(self, field)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FilterError(f"{self.name}: {field} must be a number, not {value!r}")
            if not spec.minimum <= value <= spec.maximum:
                raise FilterError(
                    f"{self.name}: {field} must be between {spec.minimum:g} and "
                    f"{spec.maximum:g}, not {value:g}"
                )

    def apply(self, frame: Frame, t: float) -> Frame:
        """The filtered frame (a new array; the input is never changed)."""
        if self.strength <= 0:
            return frame
        out = self.process(frame, t)
        if self.strength >= 1:
            return out
        return cv2.addWeighted(out, self.strength, frame, 1 - self.strength, 0)

    def process(self, frame: Frame, t: float) -> Frame:
        """The full-strength effect; subclasses implement this."""
        raise NotImplementedError


F = TypeVar("F", bound=type[Filter])
_REGISTRY: dict[str, type[Filter]] = {}


def register(cls: F) -> F:
    """Class decorator: make a filter available by its `name`."""
    if not cls.name or cls.name in _REGISTRY:
        raise RuntimeError(f"filter name {cls.name!r} missing or used twice")
    _REGISTRY[cls.name] = cls
    return cls


def filter_names() -> list[str]:
    return sorted(_REGISTRY)


def filter_class(name: str) -> type[Filter]:
    if name not in _REGISTRY:
        raise FilterError(f"unknown filter '{name}' (known: {', '.join(filter_names())})")
    return _REGISTRY[name]


def param_specs(cls: type[Filter]) -> dict[str, Param]:
    """The declared parameters of a filter class, in declaration order."""
    return {f.name: f.metadata["param"] for f in dataclasses.fields(cls) if "param" in f.metadata}


def build_filter(
    name: str, strength: float = 1.0, params: Mapping[str, Any] | None = None
) -> Filter:
    """A filter by name with checked parameters; FilterError names what is wrong."""
    cls = filter_class(name)
    params = dict(params or {})
    unknown = sorted(set(params) - set(param_specs(cls)))
    if unknown:
        known = ", ".join(p for p in param_specs(cls) if p != "strength") or "none"
        raise FilterError(f"{name}: no parameter '{unknown[0]}' (parameters: {known})")
    return cls(strength=strength, **params)


@dataclass(frozen=True)
class FilterChain:
    """Filters applied in order."""

    filters: Sequence[Filter] = ()

    def apply(self, frame: Frame, t: float) -> Frame:
        for item in self.filters:
            frame = item.apply(frame, t)
        return frame

    def __bool__(self) -> bool:
        return bool(self.filters)

    @property
    def time_dependent(self) -> bool:
        return any(item.time_dependent for item in self.filters)
