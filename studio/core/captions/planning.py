"""A render plan with the project's auto captions on it, mapped through the plan's cut."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from studio.core.captions.cues import CaptionBox, PlannedCaptions
from studio.core.captions.looks import caption_look
from studio.core.captions.timing import cues_for_plan
from studio.core.captions.transcript import Transcript
from studio.core.render_plan import RenderPlan


def with_captions(
    plan: RenderPlan,
    transcripts: Mapping[str, Transcript],
    look_id: str | None = None,
    box: CaptionBox | None = None,
    font_path: Path | None = None,
    max_lines: int = 2,
) -> RenderPlan:
    """`plan` with the captions of `transcripts` (keyed by slot id) in output time; the plan
    unchanged when no word is seen."""
    cues = cues_for_plan(plan, transcripts)
    if not cues:
        return plan
    captions = PlannedCaptions(tuple(cues), caption_look(look_id), box or CaptionBox(),
                               font_path, max_lines)  # fmt: skip
    return dataclasses.replace(plan, captions=captions)
