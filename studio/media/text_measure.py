"""Exact text-box sizes for template lint and preflight, measured with the bundled fonts."""

from __future__ import annotations

from studio.core.post.preflight import TextBox
from studio.core.render_plan import RenderPlan
from studio.core.template.schema import REFERENCE_WIDTH, TextLayer
from studio.media.overlay_geometry import item_box, overlay_boxes
from studio.media.text import TextRenderer


def measure_text_layer(layer: TextLayer, text: str, canvas_width: int) -> tuple[float, float]:
    """Width and height in pixels of the layer's text as it will be drawn: its sizes are pixels
    of a 1080-wide canvas, scaled to this one as the compositor does (a 540-wide canvas was
    measured at twice its text's size, and warned of buttons the text never reached)."""
    renderer = TextRenderer(layer.style, canvas_width / REFERENCE_WIDTH)
    width, height = renderer.measure(text, layer.width * canvas_width)
    return float(width), float(height)


def planned_text_boxes(plan: RenderPlan) -> tuple[TextBox, ...]:
    """Where each filled-in text layer of a plan is drawn, in canvas pixels (the creator's own
    texts and stickers too)."""
    boxes = [TextBox(text.text.replace("\n", " ")[:40],
                     item_box(text, plan.width, plan.height).bounds())
             for text in plan.texts]  # fmt: skip
    return (*boxes, *overlay_boxes(plan))
