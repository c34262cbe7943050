"""The creator's own texts and stickers placed in the render plan, drawn over all the template
draws, in the order the creator added them. Times are clamped to the video; an empty text is
left out (it has nothing to draw)."""

from __future__ import annotations

from pathlib import Path

from studio.core.overlays import OwnSticker, OwnText
from studio.core.render_plan import PlannedSticker, PlannedText
from studio.core.resources import resource_path
from studio.core.template import LoadedTemplate
from studio.core.template.schema import TextStyle
from studio.core.template.v2 import TemplateV2
from studio.core.timeline import Span

OWN_PREFIX = "own:"  # template ids are slugs, so an own item's plan id never meets one
LARGEST_TEXT = 400  # pixels on the 1080-wide frame (the text style's own limit)
WRAP_WIDTH = 0.9  # of the frame, at scale 1
FALLBACK_FONT = "Inter-Black"


def plan_id(item_id: str) -> str:
    """The plan's id of an own item."""
    return OWN_PREFIX + item_id


def own_id(planned_id: str) -> str | None:
    """The own item's id from a plan id, or None for the template's items."""
    return planned_id[len(OWN_PREFIX) :] if planned_id.startswith(OWN_PREFIX) else None


def template_fonts(loaded: LoadedTemplate) -> dict[str, Path]:
    """The template's own fonts by the name texts use (format v2)."""
    template = loaded.template
    if not isinstance(template, TemplateV2):
        return {}
    return {name: (loaded.folder / font.file).resolve()
            for name, font in zip(template.font_names(), template.fonts, strict=True)}  # fmt: skip


def bundled_font(name: str) -> bool:
    return any(resource_path("fonts", name + suffix).is_file() for suffix in (".otf", ".ttf"))


def text_style(item: OwnText) -> TextStyle:
    """The text's look at its scale: its size grows with it, so it stays sharp."""
    size = max(8, min(LARGEST_TEXT, round(item.size * item.scale)))
    return TextStyle(
        font=item.font,
        size=size,
        color=item.color,
        stroke_color=item.accent,
        stroke_width=min(40, max(2, round(size * 0.08))) if item.look == "outline" else 0,
        background=item.accent if item.look == "box" else None,
        box_padding=min(200, round(size * 0.3)),
        box_radius=min(200, round(size * 0.25)),
    )


def plan_overlays(items: tuple[OwnText | OwnSticker, ...], loaded: LoadedTemplate,
                  duration: float) -> tuple[PlannedText | PlannedSticker, ...]:  # fmt: skip
    """Each own item as the compositor draws it."""
    fonts = template_fonts(loaded)
    planned: list[PlannedText | PlannedSticker] = []
    for item in items:
        start = min(item.start, duration)
        end = duration if item.end is None else min(item.end, duration)
        span = Span(start, max(start, end))
        if isinstance(item, OwnText):
            if not item.text.strip():
                continue
            style = text_style(item)
            if item.font not in fonts and not bundled_font(item.font):
                style = style.model_copy(update={"font": FALLBACK_FONT})  # a font gone since
            planned.append(PlannedText(
                id=plan_id(item.id), text=item.text, style=style, x=item.x, y=item.y,
                width=WRAP_WIDTH * style.size / item.size, span=span,
                font_path=fonts.get(item.font), rotation=item.rotation,
            ))  # fmt: skip
        else:
            planned.append(PlannedSticker(
                id=plan_id(item.id), image=Path(item.path), x=item.x, y=item.y, scale=item.scale,
                rotation=item.rotation, opacity=1.0, animation="none", span=span,
            ))  # fmt: skip
    return tuple(planned)
