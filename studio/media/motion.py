"""Where a v2 item is at one instant: keyframes eased between, or a preset (Ken Burns, pan,
punch-in on the beat, shake). Pure arithmetic on the planned motion; no pixels here."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from studio.core.plan_layers import PlannedKeyframe, PlannedMotion

PUNCH_DECAY = 0.25  # seconds a punch-in takes to settle back after its beat


@dataclass(frozen=True)
class MotionPose:
    """An offset (fractions of the item's box), a scale, a rotation (degrees) and an opacity."""

    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0
    rotation: float = 0.0
    opacity: float = 1.0

    @property
    def is_rest(self) -> bool:
        return self == REST


REST = MotionPose()


def cubic_bezier(x1: float, y1: float, x2: float, y2: float, x: float) -> float:
    """CSS cubic-bezier(x1, y1, x2, y2) at progress `x` (bisection on the curve's x)."""
    low, high = 0.0, 1.0
    for _ in range(30):
        mid = (low + high) / 2
        u = 1 - mid
        at = 3 * u * u * mid * x1 + 3 * u * mid * mid * x2 + mid**3
        low, high = (mid, high) if at < x else (low, mid)
    s = (low + high) / 2
    u = 1 - s
    return 3 * u * u * s * y1 + 3 * u * s * s * y2 + s**3


def eased(easing: str, p: float, bezier: tuple[float, float, float, float] | None = None) -> float:
    """Progress `p` (0-1) after easing."""
    p = min(max(p, 0.0), 1.0)
    if easing == "ease-in":
        return p**3
    if easing == "ease-out":
        return 1 - (1 - p) ** 3
    if easing == "ease-in-out":
        return 4 * p**3 if p < 0.5 else 1 - (-2 * p + 2) ** 3 / 2
    if easing == "cubic-bezier" and bezier is not None:
        return cubic_bezier(*bezier, p)
    return p


def _pose(k: PlannedKeyframe) -> MotionPose:
    return MotionPose(k.x, k.y, k.scale, k.rotation, k.opacity)


def _between(a: MotionPose, b: MotionPose, f: float) -> MotionPose:
    return MotionPose(
        a.x + (b.x - a.x) * f,
        a.y + (b.y - a.y) * f,
        a.scale + (b.scale - a.scale) * f,
        a.rotation + (b.rotation - a.rotation) * f,
        a.opacity + (b.opacity - a.opacity) * f,
    )


def keyframe_pose(keyframes: tuple[PlannedKeyframe, ...], age: float) -> MotionPose:
    """The pose `age` seconds into the item: held before the first and after the last keyframe."""
    if not keyframes:
        return REST
    if age <= keyframes[0].at:
        return _pose(keyframes[0])
    for before, after in itertools.pairwise(keyframes):
        if age < after.at:
            p = (age - before.at) / max(after.at - before.at, 1e-9)
            return _between(_pose(before), _pose(after), eased(after.easing, p, after.bezier))
    return _pose(keyframes[-1])


def motion_pose(motion: PlannedMotion | None, age: float) -> MotionPose:
    """The pose of an item `age` seconds after it appeared."""
    if motion is None:
        return REST
    if motion.preset is None:
        return keyframe_pose(motion.keyframes, age)
    amount = motion.amount
    p = eased("ease-in-out", age / max(motion.length, 1e-6))
    if motion.preset == "ken-burns-in":
        return MotionPose(scale=1 + amount * p)
    if motion.preset == "ken-burns-out":
        return MotionPose(scale=1 + amount * (1 - p))
    if motion.preset in ("pan-left", "pan-right"):
        # zoomed in by `amount` so the picture always covers its box while it drifts
        travel = amount / 2 * (1 - 2 * p)
        return MotionPose(x=travel if motion.preset == "pan-left" else -travel, scale=1 + amount)
    if motion.preset == "punch-in":
        since = [age - b for b in motion.beats if b <= age + 1e-9]
        if not since:
            return REST
        return MotionPose(scale=1 + amount * math.exp(-min(since) / PUNCH_DECAY * 3))
    if motion.preset == "shake":
        jitter = amount * 0.1
        return MotionPose(
            x=jitter * math.sin(age * 71.0) * math.cos(age * 13.0),
            y=jitter * math.sin(age * 53.0 + 1.3),
            scale=1 + amount * 0.5,
        )
    return REST
