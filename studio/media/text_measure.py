"""Exact text-box sizes for `studio template lint`, measured with the bundled fonts."""

from __future__ import annotations

from studio.core.template.schema import TextLayer
from studio.media.text import TextRenderer


def measure_text_layer(layer: TextLayer, text: str, canvas_width: int) -> tuple[float, float]:
    """Width and height in pixels of the layer's text as it will be drawn."""
    width, height = TextRenderer(layer.style).measure(text, layer.width * canvas_width)
    return float(width), float(height)
