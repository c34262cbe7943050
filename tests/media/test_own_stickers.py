"""An own sticker that is an animated GIF plays and loops; its frames are the picture's own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from studio.media.sticker_picture import sticker_frame


def test_an_animated_sticker_shows_each_frame_for_its_time_and_loops(tmp_path: Path) -> None:
    path = tmp_path / "blink.gif"
    red, blue = Image.new("RGB", (8, 8), "red"), Image.new("RGB", (8, 8), "blue")
    red.save(path, save_all=True, append_images=[blue], duration=[200, 300], loop=0)
    colours = [tuple(sticker_frame(path, age)[4, 4, :3]) for age in (0.0, 0.19, 0.21, 0.49, 0.51)]
    assert [c[0] > 200 for c in colours] == [True, True, False, False, True]  # looped at 0.5 s
    assert sticker_frame(path, 0.3).shape == (8, 8, 4)


def test_a_still_sticker_is_the_same_picture_at_any_age(tmp_path: Path) -> None:
    path = tmp_path / "dot.png"
    Image.new("RGBA", (6, 4), (10, 200, 30, 128)).save(path)
    assert np.array_equal(sticker_frame(path, 0.0), sticker_frame(path, 7.3))
    assert tuple(sticker_frame(path, 1.0)[0, 0]) == (10, 200, 30, 128)
