"""Colour looks: per-channel tone curves plus saturation, baked into one 256-entry table.

A look costs one `cv2.LUT` pass (about 1.4 ms at 1080x1920) and, when it changes saturation,
one blend with the grey image; a naive 3D LUT costs 450 ms there (FACTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

import cv2
import numpy as np

from studio.media.filters.base import (
    Filter,
    Frame,
    filter_class,
    filter_names,
    param,
    register,
)

_X = np.arange(256, dtype=np.float32) / 255.0


def _curve(
    gamma: float = 1.0, lift: float = 0.0, gain: float = 1.0, contrast: float = 0.0
) -> np.ndarray:
    """A tone curve on 0-1: S-curve contrast, then gamma, lift (blacks) and gain (whites)."""
    x = _X
    if contrast:
        s = x + contrast * (x - 0.5) * (1 - np.abs(2 * x - 1))  # S around the mid-grey
        x = np.clip(s, 0, 1)
    x = np.power(x, gamma)
    curve: np.ndarray = np.clip(lift + x * (gain - lift), 0, 1)
    return curve


_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def saturate(frame: Frame, amount: float) -> Frame:
    """Scale colourfulness around each pixel's grey (0 = mono, 1 = unchanged) in one pass.

    A 3x3 matrix through cv2.transform costs about 1 ms at 1080x1920, against 6.5 ms for
    converting to grey and blending back.
    """
    if amount == 1.0:
        return frame
    matrix = amount * np.eye(3, dtype=np.float32) + (1 - amount) * np.tile(_LUMA, (3, 1))
    result: Frame = cv2.transform(frame, matrix)
    return result


@dataclass(frozen=True)
class Look(Filter):
    """A named look: three channel curves and a saturation factor."""

    colour_only: ClassVar[bool] = True
    curves: ClassVar[tuple[dict[str, float], dict[str, float], dict[str, float]]] = ({}, {}, {})
    saturation: ClassVar[float] = 1.0

    @cached_property
    def table(self) -> np.ndarray:
        """The curves blended with the identity by `strength`: one pass does both."""
        curves = np.stack([_curve(**c) for c in self.curves], axis=-1)
        mixed = _X[:, None] + (curves - _X[:, None]) * self.strength
        table: np.ndarray = (mixed * 255 + 0.5).astype(np.uint8).reshape(256, 1, 3)
        return table

    def apply(self, frame: Frame, t: float) -> Frame:
        if self.strength <= 0:
            return frame
        return saturate(cv2.LUT(frame, self.table), 1 + (self.saturation - 1) * self.strength)


def _look(name: str, title: str, description: str, curves: tuple[dict[str, float], ...],
          saturation: float = 1.0) -> None:  # fmt: skip
    cls = type(
        name.title().replace("-", ""),
        (Look,),
        {
            "name": name,
            "title": title,
            "description": description,
            "curves": curves,
            "saturation": saturation,
            "__annotations__": {},
        },
    )
    register(dataclass(frozen=True)(cls))


_look(
    "warm",
    "Warm",
    "golden-hour glow",
    ({"gain": 1.0, "lift": 0.03}, {"gamma": 0.97}, {"gain": 0.88}),
    1.08,
)
_look(
    "cool",
    "Cool",
    "crisp blue daylight",
    ({"gain": 0.92}, {"gamma": 1.0}, {"gain": 1.0, "lift": 0.05}),
    1.0,
)
_look(
    "mono",
    "Mono",
    "clean black and white",
    ({"contrast": 0.2}, {"contrast": 0.2}, {"contrast": 0.2}),
    0.0,
)
_look("noir", "Noir", "hard black and white", ({"contrast": 0.6, "gamma": 1.15},) * 3, 0.0)
_look("vivid", "Vivid", "punchy colour", ({"contrast": 0.25},) * 3, 1.35)
_look(
    "vintage",
    "Vintage",
    "warm faded print",
    ({"lift": 0.1, "gain": 0.97}, {"lift": 0.07, "gain": 0.93}, {"lift": 0.12, "gain": 0.8}),
    0.75,
)
_look(
    "faded",
    "Faded film",
    "lifted blacks, soft contrast",
    ({"lift": 0.12, "contrast": -0.15},) * 3,
    0.8,
)
_look(
    "teal-orange",
    "Teal & orange",
    "blockbuster skin and shadows",
    (
        {"contrast": 0.2, "gain": 1.0},
        {"contrast": 0.1},
        {"lift": 0.1, "gain": 0.85, "contrast": -0.1},
    ),
    1.15,
)
_look("high-contrast", "High contrast", "deep blacks, bright whites", ({"contrast": 0.7},) * 3, 1.1)
_look(
    "sunset",
    "Sunset",
    "pink and orange evening",
    ({"lift": 0.06, "gain": 1.0}, {"gamma": 1.08}, {"lift": 0.04, "gain": 0.9}),
    1.1,
)
_look("dreamy", "Dreamy", "soft pastel haze", ({"lift": 0.1, "gamma": 0.9},) * 3, 0.85)


def look_names() -> list[str]:
    """The named colour looks, in the order a filter strip shows them."""
    return [name for name in filter_names() if issubclass(filter_class(name), Look)]


@register
@dataclass(frozen=True)
class Adjust(Filter):
    """Manual colour controls a creator reaches for after a look."""

    name: ClassVar[str] = "adjust"
    title: ClassVar[str] = "Adjust"
    description: ClassVar[str] = "brightness, contrast, saturation, temperature, tint"
    colour_only: ClassVar[bool] = True
    brightness: float = param(0.0, "Brightness", -1.0, 1.0, step=0.05)
    contrast: float = param(0.0, "Contrast", -1.0, 1.0, step=0.05)
    saturation: float = param(0.0, "Saturation", -1.0, 1.0, step=0.05)
    temperature: float = param(0.0, "Temperature", -1.0, 1.0, step=0.05)
    tint: float = param(0.0, "Tint", -1.0, 1.0, step=0.05)

    @cached_property
    def table(self) -> np.ndarray:
        lift = max(0.0, self.brightness) * 0.3
        gain = 1.0 + min(0.0, self.brightness) * 0.3
        base = dict(
            lift=lift, gain=gain, contrast=self.contrast * 0.8, gamma=1 - self.brightness * 0.3
        )
        warm, green = self.temperature * 0.1, self.tint * 0.08
        red = _curve(**base) * (1 + warm)
        grn = _curve(**base) * (1 - green)
        blue = _curve(**base) * (1 - warm)
        table = np.clip(np.stack([red, grn, blue], axis=-1), 0, 1) * 255 + 0.5
        return table.astype(np.uint8).reshape(256, 1, 3)

    def process(self, frame: Frame, t: float) -> Frame:
        return saturate(cv2.LUT(frame, self.table), 1 + self.saturation)
