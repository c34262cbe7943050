"""How captions look, as data: the looks a creator recognises from short-video apps.

Each look says how a line's words are drawn and what the word being said does: in karaoke it is
recoloured AND boxed and scaled (libass karaoke can only recolour, which is why the studio draws
captions itself). A template's `captions` element picks a look and may override its font and size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Reveal = Literal["line", "word"]


@dataclass(frozen=True)
class CaptionLook:
    """A caption style: text, outline and boxes, and what the spoken word does."""

    id: str
    font: str = "Inter-Black"
    size: int = 76  # pixels at 1080 wide
    color: str = "#FFFFFF"
    stroke_color: str = "#000000"
    stroke_width: int = 0
    uppercase: bool = False
    line_box: str | None = None  # a box behind the whole line
    reveal: Reveal = "line"  # "word": words appear as they are said
    active_color: str | None = None  # the spoken word's colour
    active_box: str | None = None  # a box behind the spoken word
    active_scale: float = 1.0  # the spoken word's size, relative
    pop_seconds: float = 0.0  # a newly said word grows from small over this long


CAPTION_LOOKS: dict[str, CaptionLook] = {
    look.id: look
    for look in (
        # Word by word: each word pops in as it is said, the line builds up.
        CaptionLook(
            "pop",
            stroke_width=6,
            uppercase=True,
            reveal="word",
            pop_seconds=0.12,
            active_color="#FFE600",
        ),
        # Karaoke: the whole line, the word being said highlighted on a box and a little larger.
        CaptionLook(
            "karaoke",
            stroke_width=5,
            active_color="#111111",
            active_box="#FFE600",
            active_scale=1.12,
        ),
        # Boxed lines: plain text on a dark rounded box, easy to read on any picture.
        CaptionLook("boxed", font="Inter-Bold", size=64, line_box="#000000B3"),
        # Bold outline: heavy white capitals with a thick black outline.
        CaptionLook("outline", size=84, stroke_width=10, uppercase=True),
    )
}

DEFAULT_LOOK = "karaoke"


def caption_look(look_id: str | None) -> CaptionLook:
    """The look named `look_id`, or the default one for an unknown or missing name."""
    return CAPTION_LOOKS.get(look_id or DEFAULT_LOOK, CAPTION_LOOKS[DEFAULT_LOOK])
