"""Auto captions drawn with the studio's own text renderer, word by word.

Each word is rendered on its own (cached), so the word being said can be recoloured, boxed and
scaled, which libass karaoke cannot do. Lines wrap inside the caption box; a line longer than
the box's `max_lines` shows the rows holding the spoken word. The preview and the export call
the same `CaptionPainter.draw`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from studio.core.captions.cues import CaptionCue, PlannedCaptions
from studio.core.captions.looks import CaptionLook
from studio.core.template.schema import REFERENCE_WIDTH, TextStyle
from studio.media.decode import Frame
from studio.media.overlay import blend_rgba
from studio.media.text import TextRenderer

BOX_PADDING = 14  # pixels (at 1080 wide) round a boxed word or line


@dataclass(frozen=True)
class _Placed:
    index: int
    x: float
    row: int
    width: int


def _style(look: CaptionLook, color: str) -> TextStyle:
    return TextStyle(font=look.font, size=look.size, color=color, stroke_color=look.stroke_color,
                     stroke_width=look.stroke_width, box_padding=0)  # fmt: skip


def _rgba(colour: str) -> tuple[int, int, int, int]:
    value = colour.lstrip("#")
    alpha = int(value[6:8], 16) if len(value) == 8 else 255
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha


class CaptionPainter:
    """Draws a plan's captions onto frames of one size."""

    def __init__(self, captions: PlannedCaptions, width: int, height: int) -> None:
        self.captions = captions
        self.look = captions.look
        self.width, self.height = width, height
        units = width / REFERENCE_WIDTH
        self._units = units
        self._plain = TextRenderer(_style(self.look, self.look.color), units, captions.font_path)
        active = self.look.active_color or self.look.color
        self._active = TextRenderer(_style(self.look, active), units, captions.font_path)
        # each word's image has a margin (stroke + 1 px) on both sides: the gap between words
        # is a space less those margins
        margin = self._plain.stroke + 1
        self._space = max(1.0, self._plain.text_width(" ") - 2 * margin)
        self._cache: dict[tuple[str, bool], np.ndarray] = {}

    def _word(self, text: str, active: bool) -> np.ndarray:
        text = text.upper() if self.look.uppercase else text
        key = (text, active)
        rgba = self._cache.get(key)
        if rgba is None:
            renderer = self._active if active else self._plain
            rgba = renderer.render(text, 10 * self.width).rgba
            if len(self._cache) > 600:
                self._cache.clear()
            self._cache[key] = rgba
        return rgba

    def _rows(self, cue: CaptionCue, active: int | None) -> list[_Placed]:
        """Each word's x within its row (rows as wide as the box allows); the spoken word gets
        the room its larger size and box need, so it never covers its neighbours."""
        limit = self.captions.box.width * self.width
        placed: list[_Placed] = []
        x, row = 0.0, 0
        grow = self.look.active_scale - 1 + (2 * BOX_PADDING / 100 if self.look.active_box else 0)
        for index, word in enumerate(cue.words):
            width = self._word(word.text, False).shape[1]
            if index == active:
                width = round(width * (1 + grow))
            if x > 0 and x + width > limit:
                x, row = 0.0, row + 1
            placed.append(_Placed(index, x, row, width))
            x += width + self._space
        return placed

    def draw(self, frame: Frame, t: float) -> None:
        """Draw the caption line on screen at output time `t` (if any) into `frame`."""
        cue = self.captions.cue_at(t)
        if cue is None:
            return
        active = cue.active_word(t)
        placed = self._rows(cue, active)
        # a long line shows the rows holding the spoken word, `max_lines` at a time
        page = (placed[active].row if active is not None else 0) // self.captions.max_lines
        first = page * self.captions.max_lines
        shown = [p for p in placed if first <= p.row < first + self.captions.max_lines]
        if self.look.reveal == "word":
            shown = [p for p in shown if active is not None and p.index <= active]
        if not shown:
            return
        row_height = self._plain.line_height
        rows = max(p.row for p in shown) - first + 1
        bottom = self.captions.box.bottom * self.height
        top = bottom - rows * row_height
        centre = self.captions.box.x * self.width
        pad = round(BOX_PADDING * self._units)
        for row in range(first, first + rows):
            in_row = [p for p in shown if p.row == row]
            if not in_row:
                continue
            row_width = in_row[-1].x + in_row[-1].width - in_row[0].x
            left = centre - row_width / 2 - in_row[0].x
            y = top + (row - first) * row_height
            if self.look.line_box:
                self._box(frame, left + in_row[0].x - pad, y - pad / 2, row_width + 2 * pad,
                          row_height + pad, self.look.line_box)  # fmt: skip
            for p in in_row:
                self._draw_word(frame, cue, p, left + p.x, y, active, t)

    def _draw_word(self, frame: Frame, cue: CaptionCue, p: _Placed, x: float, y: float,
                   active: int | None, t: float) -> None:  # fmt: skip
        is_active = p.index == active and (self.look.active_color or self.look.active_box)
        rgba = self._word(cue.words[p.index].text, bool(is_active))
        scale = 1.0
        if p.index == active:
            scale = self.look.active_scale
            age = t - cue.words[p.index].start
            if self.look.pop_seconds > 0 and age < self.look.pop_seconds:
                scale *= 0.6 + 0.4 * age / self.look.pop_seconds
        if abs(scale - 1) > 1e-3:
            size = (max(1, round(rgba.shape[1] * scale)), max(1, round(rgba.shape[0] * scale)))
            rgba = np.asarray(Image.fromarray(rgba).resize(size, Image.Resampling.BILINEAR))
        cx, cy = x + p.width / 2, y + self._plain.line_height / 2
        left, top = cx - rgba.shape[1] / 2, cy - rgba.shape[0] / 2
        if is_active and self.look.active_box:
            pad = round(BOX_PADDING * self._units * scale)
            self._box(frame, left - pad / 2, top, rgba.shape[1] + pad, rgba.shape[0],
                      self.look.active_box)  # fmt: skip
        blend_rgba(frame, rgba, round(left), round(top), 1.0)

    def _box(self, frame: Frame, left: float, top: float, width: float, height: float,
             colour: str) -> None:  # fmt: skip
        w, h = max(1, round(width)), max(1, round(height))
        image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        radius = round(min(w, h) * 0.25)
        ImageDraw.Draw(image).rounded_rectangle([0, 0, w - 1, h - 1], radius, fill=_rgba(colour))
        blend_rgba(frame, np.asarray(image), round(left), round(top), 1.0)
