"""Exact text-box sizes for template lint and preflight, measured with the bundled fonts."""

from __future__ import annotations

from studio.core.platforms import Box
from studio.core.post.preflight import TextBox
from studio.core.render_plan import RenderPlan
from studio.core.template.schema import TextLayer
from studio.media.overlay_geometry import overlay_boxes
from studio.media.text import TextRenderer


def measure_text_layer(layer: TextLayer, text: str, canvas_width: int) -> tuple[float, float]:
    """Width and height in pixels of the layer's text as it will be drawn."""
    width, height = TextRenderer(layer.style).measure(text, layer.width * canvas_width)
    return float(width), float(height)


def planned_text_boxes(plan: RenderPlan) -> tuple[TextBox, ...]:
    """Where each filled-in text layer of a plan is drawn, in canvas pixels (the creator's own
    texts and stickers too)."""
    boxes = []
    for text in plan.texts:
        if text.box is not None:  # a fitted text (format v2) stays inside its box
            width, height = text.box.w * plan.width, text.box.h * plan.height
        else:
            renderer = TextRenderer(text.style, 1.0, text.font_path)
            width, height = renderer.measure(text.text, text.width * plan.width)
        cx, cy = text.x * plan.width, text.y * plan.height
        box = Box(left=cx - width / 2, top=cy - height / 2, right=cx + width / 2,
                  bottom=cy + height / 2)  # fmt: skip
        boxes.append(TextBox(text.text.replace("\n", " ")[:40], box))
    return (*boxes, *overlay_boxes(plan))
