"""Text that fits a fixed box whatever the creator types: it wraps, then shrinks from the style's
size down to the box's minimum, within its most lines; what still does not fit is cut with an
ellipsis. The result is exactly the box's size, so it can never leave the box."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from studio.core.plan_layers import PlannedTextBox
from studio.core.template.schema import TextStyle
from studio.media.text import TextRenderer

ELLIPSIS = "…"


@dataclass(frozen=True)
class FittedText:
    """The size chosen, the lines, and whether the text fits without being cut."""

    size: int  # in style units (a 1080-wide canvas)
    lines: tuple[str, ...]
    fits: bool


def _renderer(style: TextStyle, size: int, units: float, font: Path | None) -> TextRenderer:
    return TextRenderer(style.model_copy(update={"size": size, "background": None}), units, font)


def fit_text(
    style: TextStyle,
    text: str,
    box: PlannedTextBox,
    box_px: tuple[int, int],
    units: float,
    font: Path | None = None,
) -> FittedText:
    """The largest size between the box's minimum and the style's size at which `text` wraps
    into at most `max_lines` lines inside the box (padding included)."""
    width, height = box_px
    pad = round(style.box_padding * units) if style.background else 0
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    size = style.size
    step = max(1, style.size // 24)
    while True:
        renderer = _renderer(style, size, units, font)
        lines = renderer.wrap(text, inner_w - 2 * (renderer.stroke + 1))
        if len(lines) <= box.max_lines:
            block_w, block_h = renderer.measure("\n".join(lines), float("inf"))
            if block_w <= inner_w and block_h <= inner_h:
                return FittedText(size, tuple(lines), True)
        if size <= box.min_size:
            break
        size = max(box.min_size, size - step)
    renderer = _renderer(style, box.min_size, units, font)
    lines = renderer.wrap(text, inner_w - 2 * (renderer.stroke + 1))[: box.max_lines]
    last = lines[-1]
    while last and renderer.text_width(last + ELLIPSIS) > inner_w - 2 * (renderer.stroke + 1):
        last = last[:-1]
    return FittedText(box.min_size, (*lines[:-1], last.rstrip() + ELLIPSIS), False)


def render_fitted(
    style: TextStyle,
    text: str,
    box: PlannedTextBox,
    box_px: tuple[int, int],
    units: float,
    font: Path | None = None,
) -> np.ndarray:
    """RGBA of exactly `box_px`: the background filling the box (when `fill`), the fitted text
    centred vertically and aligned as the style says."""
    width, height = box_px
    fitted = fit_text(style, text, box, box_px, units, font)
    renderer = _renderer(style, fitted.size, units, font)
    block = renderer.render("\n".join(fitted.lines), float("inf")).rgba
    canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    if style.background:
        value = style.background.lstrip("#")
        colour = tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
        alpha = int(value[6:8], 16) if len(value) == 8 else 255
        radius = round(style.box_radius * units)
        if box.fill:
            shape = [0, 0, width - 1, height - 1]
        else:
            x0 = (width - block.shape[1]) // 2
            y0 = (height - block.shape[0]) // 2
            shape = [max(0, x0), max(0, y0), min(width, x0 + block.shape[1]) - 1,
                     min(height, y0 + block.shape[0]) - 1]  # fmt: skip
        ImageDraw.Draw(canvas).rounded_rectangle(shape, radius, fill=(*colour, alpha))
    pad = round(style.box_padding * units) if style.background else 0
    if style.align == "left":
        left = pad
    elif style.align == "right":
        left = width - pad - block.shape[1]
    else:
        left = (width - block.shape[1]) // 2
    top = (height - block.shape[0]) // 2
    left, top = max(0, left), max(0, top)
    block = np.ascontiguousarray(block[: height - top, : width - left])  # never past the box
    canvas.alpha_composite(Image.fromarray(block), (left, top))
    return np.asarray(canvas)
