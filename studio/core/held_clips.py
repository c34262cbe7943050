"""A clip shorter than the time its slot is on screen.

The render holds the clip's last picture for the rest of the slot (the template's `when_short:
hold`, the default): a 2 s clip in a 15 s duet slot came out as 13 s of a still picture, with
sound going on, and nothing said. Template editors refuse such a clip or say so when it is
picked; here it is allowed (a creator may want the hold) and told, in the CLI before the render
and in the editor as soon as the clip is placed, with how long the picture stands still.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.core.errors import Problem
from studio.core.render_plan import PlannedSlot, RenderPlan

# a shorter hold is not told: a clip recorded for its slot ends a few frames early or late
TOLD_AFTER_SECONDS = 0.5


@dataclass(frozen=True)
class HeldClip(Problem):
    """A slot whose clip plays `plays` of the `shows` seconds the slot is on screen; `started`
    when the clip starts after its beginning (so it could start earlier)."""

    slot: str = ""
    plays: float = 0.0
    shows: float = 0.0
    started: bool = False

    @property
    def held(self) -> float:
        return self.shows - self.plays


def held_clips(plan: RenderPlan, lengths: Mapping[Path, float]) -> list[HeldClip]:
    """The slots of `plan` whose clip ends more than TOLD_AFTER_SECONDS before the slot gives
    way. `lengths` are the clips' seconds by file, as much as decodes (a file cut short holds
    from where its data ends); a file missing from it, or of length 0 (a photo), is never short.

    A slot gives way where the video ends or where the next slot's transition starts: a clip
    exactly as long as its slot ends as the transition to the next one starts (it began half
    a transition early), and a `"duration": "media"` slot is its clip's length."""
    held = []
    for slot in plan.slots:
        length = lengths.get(slot.media) if slot.media is not None else None
        if not length or slot.media is None or not _can_run_out(slot):
            continue
        shows = min(plan.duration, _gives_way(plan, slot)) - slot.visible.start
        plays = max(0.0, length - slot.in_point) / slot.speed
        if shows - plays > TOLD_AFTER_SECONDS:
            advice = "choose a longer clip" + (" or start it earlier" if slot.in_point else "")
            message = (f"the clip plays {plays:.1f} s of the {shows:.1f} s slot '{slot.id}' is "
                       f"on screen: its last picture stays still for the other "
                       f"{shows - plays:.1f} s ({advice})")  # fmt: skip
            held.append(HeldClip(slot.media, "", message, "warning", slot.id, plays, shows,
                                 slot.in_point > 0))  # fmt: skip
    return held


def _can_run_out(slot: PlannedSlot) -> bool:
    """A looping slot never runs out, and a frozen one shows a still picture by design."""
    return slot.when_short == "hold" and slot.time_effect != "freeze" and slot.speed > 0


def _gives_way(plan: RenderPlan, slot: PlannedSlot) -> float:
    """When the next slot's transition over `slot` starts, or `slot`'s end without one."""
    for other in plan.slots:
        coming = other.transition_in
        if (
            other is not slot
            and coming is not None
            and abs(coming.span.end - slot.visible.end) < 1e-6
        ):
            return coming.span.start
    return slot.visible.end
