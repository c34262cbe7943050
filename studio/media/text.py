"""Text layers drawn with Pillow: wrapped, aligned, stroked, with colour emoji, never clipped.

The canvas of a rendered text is sized from the font's full ascent and descent plus the stroke,
so descenders (g, y, p) and strokes are never cut (the fault moviepy's TextClip has).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, features

from studio.core.resources import resource_path
from studio.core.template.schema import TextStyle
from studio.media.fallback_fonts import fallback_font, font_has, font_letters, is_bold
from studio.media.ffmpeg import MediaError

EMOJI_FONT = "NotoColorEmoji.ttf"
EMOJI_NATIVE_SIZE = 109  # the only size the colour-bitmap emoji font renders at
EMOJI_RISE = 0.86  # share of an emoji's height above the baseline


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font: plain glyphs or colour emoji; `face` is a font
    from this computer for letters the text's font does not have (`fallback_fonts.py`)."""

    text: str
    emoji: bool
    face: str | None = None


@dataclass(frozen=True)
class TextImage:
    """A rendered text block: straight-alpha RGBA pixels."""

    rgba: np.ndarray

    @property
    def width(self) -> int:
        return int(self.rgba.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgba.shape[0])


def available_fonts() -> list[str]:
    """Names of the bundled text fonts (file stems), e.g. `Inter-Black`."""
    folder = resource_path("fonts")
    return sorted(p.stem for p in folder.glob("*.[ot]tf") if p.name != EMOJI_FONT)


def font_file(name: str) -> Path:
    """The bundled font file for a font name; KeyError lists the known names."""
    for suffix in (".otf", ".ttf"):
        path = resource_path("fonts", name + suffix)
        if path.is_file():
            return path
    raise KeyError(f"unknown font '{name}' (bundled: {', '.join(available_fonts())})")


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(name)), size)


@lru_cache(maxsize=256)  # fitting tries many sizes, and each face holds its file open
def _font_at(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=8192)
def _advance(font: ImageFont.FreeTypeFont, text: str) -> float:
    """How far `text` advances in `font`. Wrapping and fitting a box measure the same words
    again and again, and again at every keystroke: remembered, a keystroke in a fitted text
    costs a few milliseconds less (fonts are cached, so the same font is the same object)."""
    return float(font.getlength(text))


@cache
def _emoji_font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", EMOJI_FONT)), EMOJI_NATIVE_SIZE)


@cache
def emoji_rgba(text: str) -> np.ndarray:
    """An emoji drawn at the colour font's native size, cropped to its ink (for stickers)."""
    font = _emoji_font()
    native = Image.new("RGBA", (max(1, int(np.ceil(font.getlength(text)))), 128), (0, 0, 0, 0))
    ImageDraw.Draw(native).text((0, 0), text, font=font, embedded_color=True)
    box = native.getbbox() or (0, 0, 1, 1)
    return np.asarray(native.crop(box))


def is_emoji_char(ch: str) -> bool:
    """True for characters drawn from the emoji font (pictographs, modifiers, joiners)."""
    code = ord(ch)
    return (
        code >= 0x1F000
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or code in (0x200D, 0xFE0F, 0x20E3, 0x2122, 0x2139, 0x3030, 0x303D)
        or 0x2190 <= code <= 0x21FF
        or (0x2300 <= code <= 0x23FF and unicodedata.category(ch) == "So")
    )


def split_runs(text: str) -> list[Run]:
    """Cut text into plain and emoji runs; joiners and variation selectors stay with emoji."""
    runs: list[Run] = []
    for ch in text:
        emoji = is_emoji_char(ch)
        if runs and runs[-1].emoji == emoji:
            runs[-1] = Run(runs[-1].text + ch, emoji)
        else:
            runs.append(Run(ch, emoji))
    return runs


class TextRenderer:
    """Lays out and draws text in one style at one pixel size."""

    def __init__(self, style: TextStyle, scale: float = 1.0, font_path: Path | None = None) -> None:
        self.style = style
        self.size = max(4, round(style.size * scale))
        self.stroke = round(style.stroke_width * scale)
        self.padding = round(style.box_padding * scale) if style.background else 0
        self.radius = round(style.box_radius * scale)
        # a template's own font file (format v2) or a bundled font by name
        font, size = font_path or font_file(style.font), self.size
        try:
            self.font = _font_at(str(font), size) if font_path else _font(style.font, size)
        except OSError as exc:  # a font cut short, or one of fixed-size bitmaps only
            raise MediaError(font, f"cannot be drawn with ({exc})") from None
        self._letters = font_letters(font)  # empty when unreadable: then every letter is its own
        self._bold = is_bold(font)
        ascent, descent = self.font.getmetrics()
        self.ascent, self.descent = ascent, descent
        self.line_height = round((ascent + descent) * style.line_spacing)
        self.emoji_scale = self.size * 1.05 / EMOJI_NATIVE_SIZE

    def run_width(self, run: Run) -> float:
        if run.emoji:
            return float(_emoji_font().getlength(run.text, features=["-kern"])) * self.emoji_scale
        return _advance(self.run_font(run), run.text)

    def run_font(self, run: Run) -> ImageFont.FreeTypeFont:
        if not run.face:
            return self.font
        try:
            return _font_at(run.face, self.size)
        except OSError:  # the computer's font went away (uninstalled, a drive unplugged)
            return self.font

    def runs(self, text: str) -> list[Run]:
        """`text` cut into emoji, the font's own letters, and letters from a fallback font. A
        space, digit or mark between two letters of a fallback run stays in it, so an Arabic
        sentence is shaped and ordered as one."""
        runs: list[Run] = []
        for run in split_runs(text):
            if run.emoji or not self._letters or all(ord(ch) in self._letters for ch in run.text):
                runs.append(run)  # all the font's own: as before (most texts, at every keystroke)
                continue
            for ch in run.text:
                face = self._face(ch, runs[-1] if runs else None)
                if runs and not runs[-1].emoji and runs[-1].face == face:
                    runs[-1] = Run(runs[-1].text + ch, False, face)
                else:
                    runs.append(Run(ch, False, face))
        return runs

    def _face(self, ch: str, previous: Run | None) -> str | None:
        """The fallback font `ch` is drawn from, or None for the text's own font."""
        stays = previous.face if previous is not None and not previous.emoji else None
        if ord(ch) in self._letters:
            # a space, digit or stop between two Arabic words keeps the run whole; a letter
            # of a left-to-right script goes back to the text's font
            if stays is None or unicodedata.bidirectional(ch) == "L":
                return None
            return stays if font_has(Path(stays), ord(ch)) else None
        if stays and unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            return stays  # a mark or joiner stays on the letter it belongs to
        found = fallback_font(ch, self._bold)
        return str(found) if found else None

    def text_width(self, text: str) -> float:
        return sum(self.run_width(run) for run in self.runs(text))

    def wrap(self, text: str, max_width: float) -> list[str]:
        """Greedy word wrap; a word wider than the line is broken between characters."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                candidate = f"{current} {word}" if current else word
                if self.text_width(candidate) <= max_width or not current:
                    current = candidate
                else:
                    lines.append(current)
                    current = word
                while self.text_width(current) > max_width and len(current) > 1:
                    cut = len(current) - 1
                    while cut > 1 and self.text_width(current[:cut]) > max_width:
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            lines.append(current)
        return lines

    def ink_extent(self, line: str) -> tuple[int, int]:
        """Pixels the line's ink reaches above and below its baseline, at least the font's.

        Accented capitals (Å, É) and colour emoji rise above the font's ascent; sizing from the
        metrics alone would cut them off.
        """
        above, below = self.ascent, self.descent
        for run in self.runs(line):
            if run.emoji:
                height = 128 * self.emoji_scale
                above = max(above, int(np.ceil(height * EMOJI_RISE)))
                below = max(below, int(np.ceil(height * (1 - EMOJI_RISE))))
            elif run.text.strip():
                _, top, _, bottom = self.run_font(run).getbbox(run.text, anchor="ls")
                above, below = max(above, int(np.ceil(-top))), max(below, int(np.ceil(bottom)))
        return above, below

    def _layout(self, text: str, max_width: float) -> tuple[list[str], int, int, int]:
        """Lines, block width, block height and the first baseline's distance from the top."""
        lines = self.wrap(text, max_width)
        widest = max((self.text_width(line) for line in lines), default=0.0)
        margin = self.stroke + self.padding + 1
        top_above, _ = self.ink_extent(lines[0])
        _, bottom_below = self.ink_extent(lines[-1])
        height = self.line_height * (len(lines) - 1) + top_above + bottom_below
        return lines, int(np.ceil(widest)) + 2 * margin, height + 2 * margin, margin + top_above

    def measure(self, text: str, max_width: float) -> tuple[int, int]:
        """Width and height of the rendered block, including stroke and box padding."""
        _, width, height, _ = self._layout(text, max_width)
        return width, height

    def render(self, text: str, max_width: float) -> TextImage:
        """Draw the text block; alignment is within the widest line."""
        lines, width, height, baseline = self._layout(text, max_width)
        image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        inner_left = self.stroke + self.padding + 1
        inner_width = width - 2 * inner_left
        if self.style.background:
            draw.rounded_rectangle(
                [0, 0, width - 1, height - 1], self.radius, fill=_rgba(self.style.background)
            )
        # every line in the direction of the paragraph it was cut from: a wrapped line of an
        # English sentence that starts with an Arabic word was laid out right to left on its
        # own ("صديقي to" drawn as "to صديقي"); each paragraph (after a line break) has its own
        shaped = features.check("raqm")
        directions = [base_direction(paragraph) if shaped else None
                      for paragraph in text.split("\n")
                      for _ in self.wrap(paragraph, max_width)]  # fmt: skip
        for line, direction in zip(lines, directions, strict=True):
            line_width = self.text_width(line)
            x = inner_left + _align_offset(self.style.align, inner_width, line_width)
            runs = self.runs(line)
            for run in visual_order(runs) if direction == "rtl" else runs:
                if run.emoji:
                    self._draw_emoji(image, run.text, x, baseline)
                else:
                    draw.text(
                        (x, baseline),
                        run.text,
                        font=self.run_font(run),
                        fill=_rgba(self.style.color),
                        anchor="ls",
                        stroke_width=self.stroke,
                        stroke_fill=_rgba(self.style.stroke_color),
                        direction=direction,
                    )
                x += self.run_width(run)
            baseline += self.line_height
        return TextImage(np.asarray(image))

    def _draw_emoji(self, image: Image.Image, text: str, x: float, baseline: float) -> None:
        font = _emoji_font()
        native_width = max(1, int(np.ceil(font.getlength(text))))
        native = Image.new("RGBA", (native_width, 128), (0, 0, 0, 0))
        ImageDraw.Draw(native).text((0, 0), text, font=font, embedded_color=True)
        target = (
            max(1, round(native_width * self.emoji_scale)),
            max(1, round(128 * self.emoji_scale)),
        )
        scaled = native.resize(target, Image.Resampling.LANCZOS)
        top = round(baseline - target[1] * EMOJI_RISE)  # emoji sit on the baseline like capitals
        image.alpha_composite(scaled, (round(x), max(0, top)))


def visual_order(runs: list[Run]) -> list[Run]:
    """The runs of a line of a right-to-left paragraph, left to right as they are drawn: the
    right-to-left ones from the right, a left-to-right phrase (a Latin word, an emoji, another
    word: several runs) kept in its own order among them; each run is shaped and ordered within
    itself. Reversing every run drew "שלום hello 😀 world" as " world😀hello שלום"."""
    runs = [piece for run in runs for piece in _spaces_apart(run)]
    kinds = [_run_direction(run) for run in runs]
    resolved = []
    for index, kind in enumerate(kinds):
        if kind == "neutral":  # between two left-to-right runs it is theirs, else the line's
            before = next((k for k in reversed(kinds[:index]) if k != "neutral"), "rtl")
            after = next((k for k in kinds[index + 1 :] if k != "neutral"), "rtl")
            kind = "ltr" if before == after == "ltr" else "rtl"
        resolved.append(kind)
    groups: list[tuple[str, list[Run]]] = []
    for run, kind in zip(runs, resolved, strict=True):
        if kind == "ltr" and groups and groups[-1][0] == "ltr":
            groups[-1][1].append(run)
        else:
            groups.append((kind, [run]))
    return [run for _, group in reversed(groups) for run in group]


def _spaces_apart(run: Run) -> list[Run]:
    """A left-to-right run with the spaces at its ends as runs of their own: they belong to the
    line's direction, between the phrase and the Arabic beside it ("pizza " kept its space on
    its right, and the word after it touched it)."""
    if run.emoji or _run_direction(run) != "ltr":
        return [run]
    core = run.text.strip()
    if core == run.text:
        return [run]
    lead = run.text[: len(run.text) - len(run.text.lstrip())]
    trail = run.text[len(run.text.rstrip()) :]
    return [Run(text, False, run.face) for text in (lead, core, trail) if text]


def _run_direction(run: Run) -> str:
    """ "rtl" for a run with Arabic or Hebrew letters, "ltr" for one with letters of a
    left-to-right script, "neutral" for spaces, digits, marks and emoji."""
    if run.emoji:
        return "neutral"
    kinds = {unicodedata.bidirectional(ch) for ch in run.text}
    if kinds & {"R", "AL"}:
        return "rtl"
    return "ltr" if "L" in kinds else "neutral"


def base_direction(text: str) -> str:
    """ "rtl" when the text's first letter with a direction is Arabic or Hebrew, else "ltr"
    (the Unicode bidi rule for a paragraph's direction)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _align_offset(align: str, available: float, used: float) -> float:
    if align == "left":
        return 0.0
    if align == "right":
        return available - used
    return (available - used) / 2


def _rgba(colour: str) -> tuple[int, int, int, int]:
    """`#RRGGBB` or `#RRGGBBAA` as a tuple."""
    value = colour.lstrip("#")
    alpha = int(value[6:8], 16) if len(value) == 8 else 255
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha
