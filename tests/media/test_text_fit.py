"""Text that fits its box (format v2) and a font shipped in a template folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from studio.core.fill import CreatorInput, SlotInput
from studio.core.plan_layers import PlannedTextBox
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.schema import TextStyle
from studio.media.compositor import Compositor
from studio.media.render import prepare
from studio.media.text import TextRenderer
from studio.media.text_fit import fit_text
from tests.media_factory import solid_clip

LOBSTER = bundled_templates_dir() / "photo-dump" / "fonts" / "Lobster.otf"


def longest_input(example: str, max_length: int) -> str:
    """The example repeated up to max_length characters: real words, the most allowed."""
    text = example
    while len(text) < max_length:
        text += " " + example
    return text[:max_length].rstrip()


@pytest.fixture(scope="module")
def black(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("black")
    Image.new("RGB", (90, 160)).save(folder / "black.png")
    return {"clip": solid_clip(folder / "black.mp4", "black", 1.0, size="90x160"),
            "photo": folder / "black.png"}  # fmt: skip


@pytest.mark.parametrize("length", ["one", "max"])
def test_fitted_caption_never_leaves_its_box(black: dict[str, Path], length: str) -> None:
    loaded = load_template(bundled_templates_dir() / "green-screen")
    blank = loaded.template.blank("caption")
    text = "A" if length == "one" else longest_input(blank.example, blank.max_length)
    given = CreatorInput(
        slots={"me": SlotInput(black["clip"]), "background": SlotInput(black["photo"])},
        blanks={"caption": text},
    )
    compositor = Compositor(prepare(loaded, given), scale=0.5)
    try:
        frame = compositor.frame_at(2.0)
        planned = compositor.plan.texts[0]
    finally:
        compositor.close()
    assert planned.box is not None
    width, height = compositor.width, compositor.height
    left = planned.x * width - planned.box.w * width / 2
    top = planned.y * height - planned.box.h * height / 2
    ys, xs = np.nonzero(frame.max(axis=2) > 40)
    assert xs.size > 0
    assert xs.min() >= left - 1 and xs.max() <= left + planned.box.w * width + 1
    assert ys.min() >= top - 1 and ys.max() <= top + planned.box.h * height + 1
    fitted = fit_text(planned.style, text, planned.box,
                      (round(planned.box.w * width), round(planned.box.h * height)), 0.5 * width / 540)  # fmt: skip
    assert fitted.fits and planned.box.min_size <= fitted.size <= planned.style.size
    assert len(fitted.lines) <= planned.box.max_lines


def test_text_shrinks_and_wraps_before_it_is_cut() -> None:
    style = TextStyle(size=80)
    box = PlannedTextBox(w=0.5, h=0.1, min_size=20, max_lines=2, fill=True)
    short = fit_text(style, "Hi", box, (540, 192), 1.0)
    long = fit_text(style, "a much longer caption that needs two lines", box, (540, 192), 1.0)
    hopeless = fit_text(style, "word " * 60, box, (540, 192), 1.0)
    assert short.size == 80 and short.fits
    assert 20 <= long.size < 80 and long.fits and len(long.lines) == 2
    assert not hopeless.fits and hopeless.size == 20 and hopeless.lines[-1].endswith("…")


def _ink(rgba: np.ndarray) -> np.ndarray:
    """The text's shape: where it is opaque, cropped to its ink."""
    mask = rgba[..., 3] > 128
    ys, xs = np.nonzero(mask)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def test_a_shipped_font_renders_its_own_glyphs() -> None:
    word = "summer"
    style = TextStyle(font="Lobster", size=96)
    shipped = _ink(TextRenderer(style, 1.0, LOBSTER).render(word, 2000).rgba)
    inter = _ink(TextRenderer(TextStyle(font="Inter-Black", size=96)).render(word, 2000).rgba)
    direct = Image.new("RGBA", (800, 200))
    ImageDraw.Draw(direct).text((10, 150), word, font=ImageFont.truetype(str(LOBSTER), 96),
                                fill=(255, 255, 255, 255), anchor="ls")  # fmt: skip
    lobster = _ink(np.asarray(direct))
    # Lobster's own glyphs (within a pixel of sub-pixel placement), not Inter's
    assert abs(shipped.shape[0] - lobster.shape[0]) <= 1
    assert abs(shipped.shape[1] - lobster.shape[1]) <= 1
    assert abs(shipped.shape[1] - inter.shape[1]) > 20 or abs(shipped.shape[0] - inter.shape[0]) > 8


def test_photo_dump_title_uses_the_font_in_its_folder() -> None:
    loaded = load_template(bundled_templates_dir() / "photo-dump")
    given = CreatorInput(
        slots={f"p{i}": SlotInput(LOBSTER.parent.parent / "preview.png") for i in range(1, 9)},
        blanks={"title": "summer"},
    )
    plan = prepare(loaded, given)
    assert plan.texts[0].font_path == LOBSTER.resolve()
