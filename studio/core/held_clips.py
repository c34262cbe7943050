"""A clip shorter than the time its slot is on screen.

The render holds the clip's last picture for the rest of the slot (the template's `when_short:
hold`, the default): a 2 s clip in the 8 s POV slot came out as 6 s of a still picture, with
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

# a shorter hold is not told: a crossfade's overlap at a slot's end is about this long, and a
# clip recorded for its slot ends a few frames early or late
TOLD_AFTER_SECONDS = 0.5


@dataclass(frozen=True)
class HeldClip(Problem):
    """A slot whose clip ends `plays` seconds into its `shows` seconds on screen."""

    slot: str = ""
    plays: float = 0.0
    shows: float = 0.0

    @property
    def held(self) -> float:
        return self.shows - self.plays


def held_clips(plan: RenderPlan, lengths: Mapping[Path, float]) -> list[HeldClip]:
    """The slots of `plan` whose clip ends more than TOLD_AFTER_SECONDS before the slot leaves
    the screen. `lengths` are the clips' own seconds by file; a file missing from it, or of
    length 0 (a photo), is never short."""
    held = []
    for slot in plan.slots:
        length = lengths.get(slot.media) if slot.media is not None else None
        if not length or slot.media is None or not _can_run_out(slot):
            continue
        shows = slot.visible.end - slot.visible.start
        plays = max(0.0, length - slot.in_point) / slot.speed
        if shows - plays > TOLD_AFTER_SECONDS:
            message = (
                f"the clip ends {plays:.1f} s into slot '{slot.id}', which is on "
                f"screen for {shows:.1f} s: its last picture stays still for "
                f"{shows - plays:.1f} s (choose a longer clip or start it earlier)"
            )
            held.append(HeldClip(slot.media, "", message, "warning", slot.id, plays, shows))
    return held


def _can_run_out(slot: PlannedSlot) -> bool:
    """A looping slot never runs out, and a frozen one shows a still picture by design."""
    return slot.when_short == "hold" and slot.time_effect != "freeze" and slot.speed > 0
