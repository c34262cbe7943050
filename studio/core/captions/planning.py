"""A render plan with the project's auto captions on it, mapped through the plan's cut, placed
and styled by the template's `captions` element (format 2) or the studio's defaults."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from studio.core.captions.cues import CaptionBox, PlannedCaptions
from studio.core.captions.looks import caption_look
from studio.core.captions.timing import cues_for_plan
from studio.core.captions.transcript import Transcript
from studio.core.render_plan import RenderPlan
from studio.core.template.schema import Template
from studio.core.template.v2 import CaptionsElement, TemplateV2


def template_captions(template: Template) -> CaptionsElement | None:
    """The template's `captions` element (format 2), or None for the studio's defaults."""
    return template.captions if isinstance(template, TemplateV2) else None


def with_captions(
    plan: RenderPlan,
    transcripts: Mapping[str, Transcript],
    look_id: str | None = None,
    element: CaptionsElement | None = None,
    template_folder: Path | None = None,
    template: Template | None = None,
) -> RenderPlan:
    """`plan` with the captions of `transcripts` (keyed by slot id) in output time; the plan
    unchanged when no word is seen. The creator's `look_id` wins over the template's look."""
    cues = cues_for_plan(plan, transcripts)
    if not cues:
        return plan
    element = element or (template_captions(template) if template is not None else None)
    if element is None:
        captions = PlannedCaptions(tuple(cues), caption_look(look_id))
        return dataclasses.replace(plan, captions=captions)
    look = caption_look(look_id or element.look)
    font_path = None
    if element.font is not None:
        shipped = _template_fonts(template, template_folder)
        if element.font in shipped:
            font_path = shipped[element.font]
        else:
            look = dataclasses.replace(look, font=element.font)
    if element.size is not None:
        look = dataclasses.replace(look, size=element.size)
    box = CaptionBox(element.x, element.bottom, element.w, element.h)
    captions = PlannedCaptions(tuple(cues), look, box, font_path, element.max_lines)
    return dataclasses.replace(plan, captions=captions)


def _template_fonts(template: Template | None, folder: Path | None) -> dict[str, Path]:
    if not isinstance(template, TemplateV2) or folder is None:
        return {}
    return {name: (folder / font.file).resolve()
            for name, font in zip(template.font_names(), template.fonts, strict=True)}  # fmt: skip
