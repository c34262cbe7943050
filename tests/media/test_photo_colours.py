"""A photo's colours as a creator's phone shows them: its colour profile applied, its 16-bit
grey kept grey, and what is see-through in it shown over black, not the colour it hides."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from studio.media.picture import load_picture_array, load_picture_rgba
from tests.hostile_media import wide_gamut_photo

ORANGE = (224, 112, 32)


def test_a_display_p3_photo_keeps_its_colours(tmp_path: Path) -> None:
    """Read as sRGB, an iPhone photo's orange was 23 levels off (washed out)."""
    photo = wide_gamut_photo(tmp_path / "p3.jpg", ORANGE)
    stored = np.asarray(Image.open(photo).convert("RGB"))[24, 32].astype(int)
    assert np.abs(stored - ORANGE).max() > 10  # what the studio read before
    shown = load_picture_array(photo)[24, 32].astype(int)
    assert np.abs(shown - ORANGE).max() <= 3
    sticker = load_picture_rgba(photo)[24, 32].astype(int)
    assert np.abs(sticker[:3] - ORANGE).max() <= 3 and sticker[3] == 255


def test_a_sixteen_bit_grey_photo_is_grey(tmp_path: Path) -> None:
    """Pillow's own conversion clipped every value over 255: the picture came out white."""
    ramp = np.linspace(0, 65535, 256).astype(np.uint16)[None, :].repeat(8, 0)
    Image.fromarray(ramp).save(tmp_path / "grey16.png")
    shown = load_picture_array(tmp_path / "grey16.png")[4, :, 0].astype(int)
    assert np.abs(shown - np.arange(256)).max() <= 1


def test_what_a_photo_makes_see_through_shows_black(tmp_path: Path) -> None:
    """The left half is transparent over magenta: RGB alone showed the magenta."""
    rgba = np.zeros((8, 16, 4), np.uint8)
    rgba[:, :, :3] = (255, 0, 255)
    rgba[:, 8:] = (*ORANGE, 255)
    Image.fromarray(rgba).save(tmp_path / "half.png")
    shown = load_picture_array(tmp_path / "half.png").astype(int)
    assert shown[:, :8].max() == 0
    assert np.abs(shown[:, 8:] - ORANGE).max() <= 1


def test_a_colour_key_made_see_through_shows_black(tmp_path: Path) -> None:
    """An RGB PNG whose magenta is its transparent colour (a tRNS key) showed the magenta."""
    rgb = np.zeros((8, 16, 3), np.uint8)
    rgb[:, :8] = (255, 0, 255)
    rgb[:, 8:] = ORANGE
    Image.fromarray(rgb).save(tmp_path / "keyed.png", transparency=(255, 0, 255))
    shown = load_picture_array(tmp_path / "keyed.png").astype(int)
    assert shown[:, :8].max() == 0
    assert np.abs(shown[:, 8:] - ORANGE).max() <= 1


def test_a_sixteen_bit_grey_photo_keeps_its_transparent_grey(tmp_path: Path) -> None:
    """Its 16-bit key is brought to 8 bits with the picture: white stays see-through."""
    ramp = np.linspace(0, 65535, 64).astype(np.uint16)[None, :].repeat(4, 0)
    Image.fromarray(ramp).save(tmp_path / "keyed16.png", transparency=65535)
    shown = load_picture_array(tmp_path / "keyed16.png").astype(int)
    assert shown[0, -1].max() == 0  # the key: shown over black
    assert shown[0, -2].min() > 240  # the grey just below it is drawn


def test_a_phone_photo_held_upright_is_loaded_upright(tmp_path: Path) -> None:
    """A phone stores a portrait photo lying on its side with an EXIF orientation (6: turn it
    90 degrees clockwise to show it); loaded, it stands as it was taken, and the file is
    read once for it (the picture outlives its closed file)."""
    lying = np.zeros((20, 40, 3), np.uint8)
    lying[:, :20] = (220, 20, 20)  # the stored left half: the top of the photo as shown
    lying[:, 20:] = (20, 20, 220)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(lying).save(tmp_path / "portrait.jpg", exif=exif, quality=95)
    upright = load_picture_array(tmp_path / "portrait.jpg")
    assert upright.shape == (40, 20, 3)
    assert upright[5, 10, 0] > 180 and upright[5, 10, 2] < 60  # red on top
    assert upright[35, 10, 2] > 180 and upright[35, 10, 0] < 60  # blue below
