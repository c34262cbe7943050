"""The filter contract: `apply(frame, t) -> frame`, typed ranged parameters, a registry by name.

Parameters are dataclass fields whose metadata holds a `Param`, so the CLI listing and the UI's
controls are built from the declarations (like OBS properties): a new filter needs no UI code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import cv2
import numpy as np

from studio.core.errors import StudioError
from studio.core.template.did_you_mean import did_you_mean
from studio.media.filters.matte import has_alpha, with_alpha

Frame = np.ndarray


@dataclass(frozen=True)
class Param:
    """How a parameter is shown and checked.

    `kind` "number" has a range and step; "choice" one of `choices`; "file" a path whose
    suffix is one of `suffixes` ("" when the filter works without a file).
    """

    label: str
    minimum: float = 0.0
    maximum: float = 1.0
    step: float = 1.0
    help: str = ""
    kind: str = "number"
    choices: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    def problem(self, value: object) -> str | None:
        """Why `value` cannot be used, or None."""
        if self.kind == "choice":
            if value not in self.choices:
                return f"must be one of {', '.join(self.choices)}, not {value!r}"
        elif self.kind == "file":
            if not isinstance(value, str):
                return f"must be a file path, not {value!r}"
            if value and not value.lower().endswith(self.suffixes):
                return f"must be a {'/'.join(self.suffixes)} file, not '{value}'"
        elif isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number, not {value!r}"
        elif not self.minimum <= value <= self.maximum:
            return f"must be between {self.minimum:g} and {self.maximum:g}, not {value:g}"
        return None


def param(default: float, label: str, minimum: float, maximum: float, **kw: Any) -> Any:
    """A dataclass field declaring a ranged parameter."""
    return dataclasses.field(
        default=default, metadata={"param": Param(label, minimum, maximum, **kw)}
    )


def choice_param(default: str, label: str, choices: tuple[str, ...], **kw: Any) -> Any:
    """A dataclass field declaring a parameter that is one of a few names."""
    spec = Param(label, kind="choice", choices=choices, **kw)
    return dataclasses.field(default=default, metadata={"param": spec})


def file_param(label: str, suffixes: tuple[str, ...], **kw: Any) -> Any:
    """A dataclass field declaring a file (a LUT, a background); "" means none."""
    spec = Param(label, kind="file", suffixes=suffixes, **kw)
    return dataclasses.field(default="", metadata={"param": spec})


class FilterError(StudioError, ValueError):
    """A filter name or parameter that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Filter:
    """Base of every filter. `strength` (0-1) blends the result with the original."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    description: ClassVar[str] = ""
    # True when the result depends on `t` (animated grain, face tracking): stills are re-filtered
    time_dependent: ClassVar[bool] = False
    # True when each output pixel depends only on that input pixel's colour (a tone curve, a
    # LUT): never on where it is, its neighbours or the time. Such a look can colour each layer
    # of a layered frame before it is drawn instead of the drawn frame (the export's YUV path)
    colour_only: ClassVar[bool] = False
    strength: float = param(1.0, "Strength", 0.0, 1.0, step=0.05)

    def __post_init__(self) -> None:
        for field, spec in param_specs(type(self)).items():
            problem = spec.problem(getattr(self, field))
            if problem:
                raise FilterError(f"{self.name}: {field} {problem}")

    def apply(self, frame: Frame, t: float) -> Frame:
        """The filtered frame (a new array; the input is never changed).

        RGB in; RGB out, or RGBA from a keyer with nothing behind (see `matte.py`)."""
        if self.strength <= 0:
            return frame
        out = self.process(frame, t)
        if self.strength >= 1:
            return out
        if has_alpha(out):  # a weaker key: the picture's colours, the alpha only partly cut
            red, green, blue, alpha = cv2.split(out)
            colours = cv2.addWeighted(cv2.merge([red, green, blue]), self.strength, frame,
                                      1 - self.strength, 0)  # fmt: skip
            kept = cv2.convertScaleAbs(alpha, alpha=self.strength, beta=(1 - self.strength) * 255)
            return with_alpha(colours, kept)
        return cv2.addWeighted(out, self.strength, frame, 1 - self.strength, 0)

    def use_source(self, media: Path | None) -> None:
        """Told which file the frames come from (a filter that caches per clip keys on it)."""

    def process(self, frame: Frame, t: float) -> Frame:
        """The full-strength effect; subclasses implement this."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the filter holds open (a background clip's decoder); safe to repeat."""


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
        hint = did_you_mean(name, filter_names())  # as lint says it
        raise FilterError(f"unknown filter '{name}'{hint} (known: {', '.join(filter_names())})")
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
        names = [p for p in param_specs(cls) if p != "strength"]
        hint = did_you_mean(unknown[0], names)
        known = ", ".join(names) or "none"
        raise FilterError(f"{name}: no parameter '{unknown[0]}'{hint} (parameters: {known})")
    return cls(strength=strength, **params)


@dataclass(frozen=True)
class FilterChain:
    """Filters applied in order."""

    filters: Sequence[Filter] = ()

    def apply(self, frame: Frame, t: float) -> Frame:
        """Each filter in turn; once a keyer has cut the picture, the rest colour it and its
        alpha rides along (two keyers multiply their alphas)."""
        alpha = None
        for item in self.filters:
            frame = item.apply(frame, t)
            if has_alpha(frame):
                cut = np.ascontiguousarray(frame[..., 3])
                alpha = cut if alpha is None else cv2.multiply(alpha, cut, scale=1 / 255)
                frame = np.ascontiguousarray(frame[..., :3])
        return frame if alpha is None else with_alpha(frame, alpha)

    def use_source(self, media: Path | None) -> None:
        """Tell every filter which file its frames come from."""
        for item in self.filters:
            item.use_source(media)

    def __bool__(self) -> bool:
        return bool(self.filters)

    def close(self) -> None:
        """Close every filter in the chain."""
        for item in self.filters:
            item.close()

    @property
    def time_dependent(self) -> bool:
        return any(item.time_dependent for item in self.filters)

    @property
    def colour_only(self) -> bool:
        """Every filter maps colours to colours, pixel by pixel (see `Filter.colour_only`)."""
        return all(item.colour_only and not item.time_dependent for item in self.filters)
