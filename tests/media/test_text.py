"""Text is drawn whole: descenders, strokes and emoji never touch the edge of their image."""

from __future__ import annotations

import numpy as np
import pytest

from studio.core.template.schema import TextStyle
from studio.media.text import TextRenderer


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("gypsy jumping quickly", TextStyle(size=72, stroke_width=8)),
        ("Ÿjÿ glyphs ÅÉ", TextStyle(size=96, stroke_width=0, font="Inter-Regular")),
        ("party time 🎉🫶", TextStyle(size=64, stroke_width=4)),
        ("boxed text gjq", TextStyle(size=60, background="#FFFFFFEE")),
    ],
)
def test_nothing_is_clipped(text: str, style: TextStyle) -> None:
    rgba = TextRenderer(style).render(text, 800).rgba
    alpha = rgba[..., 3]
    if style.background:
        assert alpha[alpha.shape[0] // 2, 0] > 0  # the box reaches its own edge by design
        return
    edges = np.concatenate([alpha[0], alpha[-1], alpha[:, 0], alpha[:, -1]])
    assert edges.max() == 0
    assert alpha.max() == 255


def test_emoji_are_drawn_in_colour() -> None:
    rgba = TextRenderer(TextStyle(size=72)).render("🍓", 400).rgba
    opaque = rgba[rgba[..., 3] > 200][:, :3].astype(int)
    assert len(opaque) > 500
    assert (opaque[:, 0] - opaque[:, 1]).mean() > 60  # a red strawberry, not a white shape


def test_long_text_wraps_within_the_width() -> None:
    renderer = TextRenderer(TextStyle(size=72))
    text = "one two three four five six seven eight"
    assert renderer.wrap(text, 500) == ["one two three", "four five six", "seven eight"]
    rgba = renderer.render(text, 500).rgba
    assert rgba.shape[1] <= 500 + 2
    assert rgba.shape[0] >= 2 * renderer.line_height + renderer.ascent + renderer.descent


@pytest.mark.parametrize(("text", "wrapped", "word_on_the_right"), [
    # an English sentence wrapped after "said": its second line still reads left to right
    ("I said מרחבא to", True, True),
    ("שלום said מרחבא to", True, False),  # a Hebrew one: right to left, "to" at the left end
    ("שלום\nמרחבא to", False, False),  # each paragraph has its own direction ...
    ("שלום\nHello מרחבא to", False, True),  # ... an English one after a Hebrew one too
])  # fmt: skip
def test_each_line_keeps_the_direction_of_its_paragraph(
    text: str, wrapped: bool, word_on_the_right: bool
) -> None:
    """A wrapped line of an English sentence that began with a Hebrew or Arabic word was laid
    out right to left on its own: "מרחבא to" came out as "to מרחבא"."""
    import cv2

    style = TextStyle(size=64, stroke_width=0, font="Inter-Regular")
    renderer = TextRenderer(style)
    first = text.split(" מרחבא")[0]  # the first line when wrapped
    width = max(renderer.text_width(first), renderer.text_width("מרחבא to")) + 4
    width = width if wrapped else 4000
    lines = renderer.wrap(text, width)
    assert len(lines) == 2 and lines[1].endswith("to")
    block = renderer.render(text, width).rgba[..., 3]
    word = renderer.render("to", 2000).rgba[..., 3]
    second = block[block.shape[0] // 2 :]
    found = cv2.matchTemplate(second, word, cv2.TM_CCOEFF_NORMED)
    _, best, _, (x, _) = cv2.minMaxLoc(found)
    assert best > 0.8
    assert (x + word.shape[1] / 2 > block.shape[1] / 2) == word_on_the_right


def test_letters_the_font_cannot_draw_are_warned_of(tmp_path: object) -> None:
    """Chinese typed into a template with a Latin font came out as boxes without a word."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.core.resources import bundled_templates_dir, resource_path
    from studio.core.template import load_template
    from studio.media.render import input_warnings, prepare

    loaded = load_template(bundled_templates_dir() / "pov")
    clip = resource_path("samples", "city-landscape.mp4")

    def warnings(activity: str) -> list[str]:
        given = CreatorInput(slots={"scene": SlotInput(clip)},
                             blanks={"activity": activity, "day": "Sunday"})  # fmt: skip
        return [p.message for p in input_warnings(prepare(loaded, given))]

    assert warnings("finally clean my room 🧹") == []
    # the letters no font of this computer has are told (all four on a machine without a
    # Chinese font, as `make test` sets up; none where one is installed)
    from studio.media.fallback_fonts import fallback_font

    unknown = "".join(ch for ch in "你好世界" if fallback_font(ch, bold=True) is None)
    said = warnings("你好 finally 世界")
    told = f"has no letters for {unknown}: they show as empty boxes in text '"
    assert [s[: len(told)] for s in said] == ([told] if unknown else [])
    # letters the template's font lacks but a font of this computer has are drawn from it
    assert warnings("مرحبا finally שלום") == []


ARABIC_STYLE = TextStyle(size=72, stroke_width=6, font="Inter-Black")


def test_letters_the_font_lacks_are_drawn_from_a_font_of_this_computer() -> None:
    """Arabic typed into a template whose font is Latin: boxes before, now the letters, shaped
    and joined, from the computer's font (DejaVu Sans here: `make test` installs it)."""
    from studio.media.fallback_fonts import fallback_font

    computer_font = fallback_font("س", bold=True)
    assert computer_font is not None
    word = "سلام عليكم"
    import cv2

    drawn = TextRenderer(ARABIC_STYLE).render(word, 900).rgba[..., 3]
    theirs = TextRenderer(ARABIC_STYLE, font_path=computer_font).render(word, 900).rgba[..., 3]
    assert drawn.shape[1] == theirs.shape[1]  # the same letters' width (the heights follow
    found = cv2.matchTemplate(drawn, theirs[2:-2], cv2.TM_CCOEFF_NORMED)  # each font's lines)
    assert found.max() > 0.99


def test_a_latin_word_in_an_arabic_line_sits_where_right_to_left_reading_puts_it() -> None:
    """In a right-to-left paragraph the first word is on the right: "سلام pizza" has pizza on
    the left, as the Arabic sentence's order reads."""
    import cv2

    renderer = TextRenderer(ARABIC_STYLE)
    line = renderer.render("سلام pizza", 2000).rgba[..., 3]
    word = renderer.render("pizza", 2000).rgba[..., 3]
    found = cv2.matchTemplate(line, word, cv2.TM_CCOEFF_NORMED)
    _, best, _, (x, _) = cv2.minMaxLoc(found)
    assert best > 0.9
    assert x + word.shape[1] / 2 < line.shape[1] / 2


def test_a_left_to_right_phrase_in_a_right_to_left_line_keeps_its_order() -> None:
    """Every run was reversed: "שלום hello 😀 world" was drawn " world😀hello שלום"."""
    from studio.media.text import visual_order

    renderer = TextRenderer(ARABIC_STYLE)
    runs = renderer.runs("שלום hello 😀 world")
    assert [run.text for run in visual_order(runs)] == ["hello", " ", "😀", " ", "world", "שלום "]
    # the space after "pizza" goes between it and the Arabic word after it (it stayed on
    # pizza's right, and that word touched it)
    runs = renderer.runs("أنا أحب pizza كثيرا")
    assert [run.text for run in visual_order(runs)] == ["كثيرا", " ", "pizza", "أنا أحب "]


def test_a_font_that_cannot_be_drawn_with_is_never_a_fallback() -> None:
    """A colour-bitmap font (an emoji font) has letters but only its own size: chosen as a
    fallback, drawing the text failed."""
    from studio.core.resources import resource_path
    from studio.media.fallback_fonts import drawable

    assert not drawable(resource_path("fonts", "NotoColorEmoji.ttf"))
    assert drawable(resource_path("fonts", "Inter-Black.otf"))
