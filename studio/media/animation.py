"""How text and stickers move in and out: opacity, scale, offset and visible characters at `t`."""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.core.timeline import Span


@dataclass(frozen=True)
class Pose:
    """Where an overlay is at one instant, relative to its resting place."""

    opacity: float = 1.0
    scale: float = 1.0
    dx: float = 0.0  # fraction of canvas width
    dy: float = 0.0  # fraction of canvas height
    rotation: float = 0.0  # degrees
    reveal: float = 1.0  # fraction of characters shown (typewriter)


def _ease_out(x: float) -> float:
    return 1 - (1 - x) ** 3


def _entering(kind: str, p: float) -> Pose:
    """Pose while entering; p runs 0 -> 1 (1 is at rest)."""
    e = _ease_out(p)
    if kind == "fade":
        return Pose(opacity=p)
    if kind == "pop":
        overshoot = 1 + 0.15 * math.sin(math.pi * p) if p > 0.5 else 0.6 + 0.8 * p
        return Pose(opacity=min(1.0, p * 3), scale=overshoot)
    if kind == "slide_up":
        return Pose(opacity=p, dy=0.06 * (1 - e))
    if kind == "slide_down":
        return Pose(opacity=p, dy=-0.06 * (1 - e))
    if kind == "typewriter":
        return Pose(reveal=p)
    return Pose()


def text_pose(span: Span, t: float, kind_in: str, kind_out: str, length: float) -> Pose | None:
    """The pose of a text layer at `t`, or None when it is not on screen."""
    if not span.contains(t):
        return None
    length = min(length, span.duration / 2) if length > 0 else 0.0
    if length and kind_in != "none" and t < span.start + length:
        return _entering(kind_in, (t - span.start) / length)
    if length and kind_out != "none" and t > span.end - length:
        pose = _entering(kind_out, (span.end - t) / length)
        return Pose(pose.opacity, pose.scale, -pose.dx, -pose.dy, pose.rotation, pose.reveal)
    return Pose()


def sticker_pose(span: Span, t: float, kind: str) -> Pose | None:
    """The pose of a sticker at `t`: entrance animations or a loop for its whole life."""
    if not span.contains(t):
        return None
    age = t - span.start
    if kind == "spin":
        return Pose(rotation=(age * 180) % 360)
    if kind == "pulse":
        return Pose(scale=1 + 0.08 * math.sin(age * 2 * math.pi * 2))
    if kind == "bounce":
        return Pose(dy=-0.02 * abs(math.sin(age * math.pi * 2)))
    if kind in ("fade", "pop") and age < 0.3:
        return _entering(kind, age / 0.3)
    return Pose()
