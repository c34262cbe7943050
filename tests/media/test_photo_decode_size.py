"""A photo shown smaller than it is decoded no larger than it is shown: a 12 MP JPEG for a
portrait slot is read at half its size, never so small that it would have to be enlarged (a
soft photo), whichever way the phone held it."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from studio.media.fit import fit_image
from studio.media.picture import load_picture_array

STORED = (4000, 3000)  # width, height as the camera stores it


def camera_photo(path: Path, orientation: int = 1) -> Path:
    """A 12 MP JPEG with gradients and grain, stored landscape, with an EXIF orientation."""
    width, height = STORED
    rng = np.random.default_rng(orientation)
    ys = np.linspace(0, 255, height, dtype=np.float32)[:, None]
    xs = np.linspace(0, 255, width, dtype=np.float32)[None, :]
    base = np.stack([ys + 0 * xs, xs + 0 * ys, (ys + xs) / 2], axis=-1) * 0.8
    grain = rng.normal(0, 10, (height, width, 1)).astype(np.float32)
    exif = Image.Exif()
    exif[0x0112] = orientation
    picture = np.clip(base + grain, 0, 255).astype(np.uint8)
    Image.fromarray(picture).save(path, quality=90, exif=exif)
    return path


def cover_scale(picture: np.ndarray, box: tuple[int, int]) -> float:
    height, width = picture.shape[:2]
    return max(box[0] / width, box[1] / height)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_a_photo_is_decoded_small_but_never_enlarged(tmp_path: Path, orientation: int) -> None:
    """Each of EXIF's eight orientations: the picture comes out upright, at most the size it
    is shown at (cover: 1080x1920) times two, and never smaller than that size (it would be
    enlarged and look soft)."""
    photo = camera_photo(tmp_path / "photo.jpg", orientation)
    whole = load_picture_array(photo)
    box = (1080, 1920)
    drafted = load_picture_array(photo, box)
    upright = whole.shape[:2]
    assert (drafted.shape[0] > drafted.shape[1]) == (upright[0] > upright[1])
    assert cover_scale(drafted, box) <= 1.0  # shown at its size or smaller: never enlarged
    if orientation >= 5:  # held upright: 3000x4000 into 1080x1920 needs only 1500x2000
        assert drafted.shape[:2] == (2000, 1500)
    else:  # held sideways: 4000x3000 must be 2560 wide to cover 1920 high; half is too small
        assert drafted.shape[:2] == upright


def test_the_slot_shows_the_same_picture(tmp_path: Path) -> None:
    """Decoded at half size and fitted, the photo is the one decoded whole and fitted: the
    same colours and detail within grain (blurred, within 3 levels)."""
    photo = camera_photo(tmp_path / "portrait.jpg", orientation=6)
    box = (1080, 1920)
    whole = fit_image(load_picture_array(photo), *box, "cover")
    drafted = fit_image(load_picture_array(photo, box), *box, "cover")
    assert drafted.shape == whole.shape
    blurred = [cv2.blur(picture, (9, 9)).astype(int) for picture in (whole, drafted)]
    assert np.abs(blurred[0] - blurred[1]).max() <= 3


def test_contain_keeps_the_whole_photo_sharp(tmp_path: Path) -> None:
    """Contain fits the whole photo inside the box (1080 wide for a landscape photo): a
    quarter-size decode (1000 wide) would be enlarged, so half is used."""
    photo = camera_photo(tmp_path / "wide.jpg")
    drafted = load_picture_array(photo, (1080, 1920), "contain")
    assert drafted.shape[:2] == (1500, 2000)


def test_a_timeline_thumbnail_reads_an_eighth(tmp_path: Path) -> None:
    photo = camera_photo(tmp_path / "thumb.jpg")
    assert load_picture_array(photo, (1, 64)).shape[:2] == (375, 500)


def test_a_png_is_read_whole(tmp_path: Path) -> None:
    """Only JPEG decoders scale as they decode; other pictures keep their size."""
    Image.new("RGB", (800, 600), (10, 200, 30)).save(tmp_path / "flat.png")
    assert load_picture_array(tmp_path / "flat.png", (100, 100)).shape[:2] == (600, 800)
