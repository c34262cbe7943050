"""A photo shown much smaller than it is is decoded smaller: a 12 MP JPEG for a small region
or a thumbnail is read at 1/2, 1/4 or 1/8 of its size, never so small that it would have to be
enlarged, nor so close to its shown size that a second resize blurs it, whichever way the
phone held it."""

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
    """A 12 MP JPEG with detail at every scale (grain, edges, fine text), stored landscape,
    with an EXIF orientation."""
    width, height = STORED
    rng = np.random.default_rng(orientation)
    base = np.zeros((height, width), np.float32)
    for step in (2, 8, 64):  # detail at three scales
        noise = rng.normal(0, 1, (height // step + 1, width // step + 1)).astype(np.float32)
        base += cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC) * step**0.5
    base = (base - base.min()) / (base.max() - base.min()) * 255
    picture = np.stack([base, np.roll(base, 7, 1), np.roll(base, 13, 0)], axis=-1)
    for y in range(0, height, 40):
        cv2.putText(picture, "The quick brown fox jumps over the lazy dog 0123456789" * 3, (5, y),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1, cv2.LINE_AA)  # fmt: skip
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8)).save(path, quality=92, exif=exif)
    return path


def sharpness(picture: np.ndarray) -> float:
    grey = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY)
    return float(np.abs(cv2.Laplacian(grey, cv2.CV_32F)).mean())


def cover_scale(picture: np.ndarray, box: tuple[int, int]) -> float:
    height, width = picture.shape[:2]
    return max(box[0] / width, box[1] / height)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_a_photo_is_decoded_small_but_never_enlarged(tmp_path: Path, orientation: int) -> None:
    """Each of EXIF's eight orientations: the picture comes out upright, never smaller than the
    size it is shown at (it would be enlarged and look soft), and at half size only where that
    is still four times what is shown (a 270x480 region of a portrait photo)."""
    photo = camera_photo(tmp_path / "photo.jpg", orientation)
    whole = load_picture_array(photo)
    box = (270, 480)
    drafted = load_picture_array(photo, box)
    upright = whole.shape[:2]
    assert (drafted.shape[0] > drafted.shape[1]) == (upright[0] > upright[1])
    assert cover_scale(drafted, box) <= 0.25  # shrunk by four or more after it is decoded
    if orientation >= 5:  # held upright: 3000x4000 covers 270x480 at 0.12 of its size
        assert drafted.shape[:2] == (2000, 1500)
    else:  # held sideways: 4000x3000 must be 768 high to cover 480; half is too close
        assert drafted.shape[:2] == upright


@pytest.mark.parametrize("box", [(1080, 1920), (540, 960)])
def test_a_photo_for_a_slot_is_decoded_whole(tmp_path: Path, box: tuple[int, int]) -> None:
    """A portrait 12 MP photo for the full canvas or a half-size region: decoded at half size
    and shrunk again by 0.96 or 0.48, it came out visibly softer than shrunk once."""
    photo = camera_photo(tmp_path / "portrait.jpg", orientation=6)
    assert load_picture_array(photo, box).shape[:2] == (4000, 3000)


def test_the_region_shows_the_same_picture(tmp_path: Path) -> None:
    """Decoded at half size and fitted into a 270x480 region, the photo is the one decoded
    whole and fitted: as sharp within 3%, and within a few levels everywhere."""
    photo = camera_photo(tmp_path / "portrait.jpg", orientation=6)
    box = (270, 480)
    whole = fit_image(load_picture_array(photo), *box, "cover")
    drafted = fit_image(load_picture_array(photo, box), *box, "cover")
    assert drafted.shape == whole.shape
    assert sharpness(drafted) >= 0.97 * sharpness(whole)
    error = np.mean((drafted.astype(float) - whole.astype(float)) ** 2)
    assert 10 * np.log10(255**2 / error) > 40  # dB


def test_contain_keeps_the_whole_photo_sharp(tmp_path: Path) -> None:
    """Contain fits the whole photo inside the box (270 wide for a landscape photo): a
    quarter-size decode (1000 wide) would be shrunk by only 0.27 after it, so half is used."""
    photo = camera_photo(tmp_path / "wide.jpg")
    drafted = load_picture_array(photo, (270, 480), "contain")
    assert drafted.shape[:2] == (1500, 2000)


def test_a_timeline_thumbnail_reads_an_eighth(tmp_path: Path) -> None:
    photo = camera_photo(tmp_path / "thumb.jpg")
    assert load_picture_array(photo, (1, 64)).shape[:2] == (375, 500)


def test_a_png_is_read_whole(tmp_path: Path) -> None:
    """Only JPEG decoders scale as they decode; other pictures keep their size."""
    Image.new("RGB", (800, 600), (10, 200, 30)).save(tmp_path / "flat.png")
    assert load_picture_array(tmp_path / "flat.png", (100, 100)).shape[:2] == (600, 800)
