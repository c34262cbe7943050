"""Pictures far larger than the frame once scaled are made only where the frame shows them.

A creator's own sticker may be a 12 MP photo, dragged to scale 20 and turned; a photo may be a
strip one pixel high that covers a 9:16 slot. Scaled whole, the first was a 40 GB picture and the
second 7 GB (cv2 gave up with a traceback). Here each costs about one frame of memory, and looks
as the whole picture cropped to the frame would."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import cv2
import numpy as np
import pytest

from studio.core.fill import fill
from studio.core.overlays import OwnSticker
from studio.core.project import AddOverlay, Project, TypeBlank
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.fit import fit_image
from studio.media.overlay import posed_rgba

FRAME = (1080, 1920)


def patterned_rgba(width: int, height: int) -> np.ndarray:
    """Stripes and a see-through corner: misplaced or mis-scaled pixels show."""
    rgba = np.zeros((height, width, 4), np.uint8)
    rgba[..., 0] = (np.arange(width) * 255 // max(1, width - 1))[None, :]
    rgba[..., 1] = (np.arange(height) * 255 // max(1, height - 1))[:, None]
    rgba[::7, :, 2] = 255
    rgba[..., 3] = 255
    rgba[: height // 3, : width // 3, 3] = 0
    return rgba


def whole_then_cropped(rgba: np.ndarray, scale: float, rotation: float, centre: tuple[float, float],
                       square: bool) -> tuple[np.ndarray, int, int]:  # fmt: skip
    """The frame's part of the picture made whole, as it was before (the reference)."""
    h, w = rgba.shape[:2]
    if square and not rotation:
        size = (round(w * scale), round(h * scale))
        whole = cv2.resize(rgba, size, interpolation=cv2.INTER_LINEAR)
    else:
        cos, sin = abs(np.cos(np.radians(rotation))), abs(np.sin(np.radians(rotation)))
        side = int(np.ceil(np.hypot(w, h) * scale)) + 2
        size = (side, side) if square else (int(np.ceil((cos * w + sin * h) * scale)) + 2,
                                            int(np.ceil((sin * w + cos * h) * scale)) + 2)  # fmt: skip
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -rotation, scale)
        matrix[:, 2] += (size[0] / 2 - w / 2, size[1] / 2 - h / 2)
        whole = cv2.warpAffine(rgba, matrix, size, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))  # fmt: skip
    left, top = round(centre[0] - size[0] / 2), round(centre[1] - size[1] / 2)
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + size[0], FRAME[0]), min(top + size[1], FRAME[1])
    return whole[y0 - top : y1 - top, x0 - left : x1 - left], x0, y0


@pytest.mark.parametrize(("rotation", "square"), [(30.0, True), (0.0, True), (-65.0, False)])
def test_a_sticker_larger_than_the_frame_is_the_frames_part_of_it(
    rotation: float, square: bool
) -> None:
    rgba = patterned_rgba(400, 300)
    centre = (300.0, 1500.0)  # off the middle: the window is not the picture's centre
    placed = posed_rgba(rgba, 9.0, rotation, centre, FRAME, square)
    assert placed is not None
    ours, left, top = placed
    theirs, their_left, their_top = whole_then_cropped(rgba, 9.0, rotation, centre, square)
    assert (left, top, ours.shape) == (their_left, their_top, theirs.shape)
    difference = np.abs(ours.astype(np.int16) - theirs.astype(np.int16))
    # warpAffine places samples to 1/32 of a pixel, rounded from where its window starts: a
    # full-range edge may move by one such step (8 levels) and nothing else does
    assert difference.max() <= 8
    assert difference.mean() < 0.5  # half a pixel out of place would be 3 or more


def test_a_sticker_wholly_off_the_frame_draws_nothing() -> None:
    assert posed_rgba(patterned_rgba(400, 300), 9.0, 10.0, (-5000.0, 900.0), FRAME) is None


def test_a_12_megapixel_sticker_at_scale_20_turned_costs_about_a_frame_of_memory() -> None:
    rgba = np.full((3000, 4000, 4), 255, np.uint8)
    tracemalloc.start()
    try:
        placed = posed_rgba(rgba, 20.0, 30.0, (540.0, 960.0), FRAME, square=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert placed is not None
    assert placed[0].shape == (FRAME[1], FRAME[0], 4)  # the whole frame, covered
    assert peak < 2 * FRAME[0] * FRAME[1] * 4


def test_a_strip_one_pixel_high_covers_a_portrait_slot_in_a_frame_of_memory() -> None:
    strip = np.zeros((1, 640, 3), np.uint8)
    strip[0, :320] = (200, 30, 30)
    strip[0, 320:] = (30, 30, 200)
    tracemalloc.start()
    try:
        fitted = fit_image(strip, *FRAME, "cover")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert fitted.shape == (FRAME[1], FRAME[0], 3)
    assert peak < 2 * FRAME[0] * FRAME[1] * 3  # whole, it was 1,228,800 x 1920 (7 GB)
    # the slot shows the strip's middle pixel or so, stretched: red fading into blue, the same
    # on every row
    reds = fitted[:, :, 0].astype(int)
    assert reds[0].tolist() == reds[-1].tolist()
    assert reds[960, 0] > 150 > 80 > reds[960, -1]
    assert (np.diff(reds[960]) <= 0).all()


def test_a_creators_photo_sticker_dragged_to_scale_20_is_drawn(tmp_path: Path) -> None:
    photo = tmp_path / "holiday.png"
    cv2.imwrite(str(photo), np.full((3000, 4000, 3), (0, 0, 230), np.uint8))  # red, 12 MP
    project = Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path / "drafts")
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=str(photo), scale=20,
                                          rotation=30)))  # fmt: skip
    project.put_media("scene", resource_path("samples", "dance-portrait.mp4"))
    project.execute(TypeBlank("activity", "baking"))
    project.execute(TypeBlank("day", "Monday"))
    plan = fill(project.loaded, project.creator_input(), None, None, None)
    compositor = Compositor(plan)
    try:
        frame = compositor.frame_at(1.0)
    finally:
        compositor.close()
    assert frame.shape == (plan.height, plan.width, 3)
    assert (frame[..., 0] > 200).mean() > 0.95  # the photo fills the frame, red


def test_a_panorama_wider_than_cv2_warps_covers_a_portrait_slot() -> None:
    """cv2.warpAffine refuses a source 32,767 pixels wide; the slot's window is read from the
    few columns it shows."""
    panorama = np.zeros((40, 33000, 3), np.uint8)
    panorama[:, :16500] = (200, 30, 30)
    panorama[:, 16500:] = (30, 30, 200)
    fitted = fit_image(panorama, *FRAME, "cover")
    assert fitted.shape == (FRAME[1], FRAME[0], 3)
    assert fitted[960, 10].tolist() == [200, 30, 30]  # its middle: red meets blue
    assert fitted[960, -10].tolist() == [30, 30, 200]


@pytest.mark.parametrize(("scale", "rotation"), [(1.5, 0.0), (0.02, 30.0), (0.5, 0.0)])
def test_a_sticker_wider_than_cv2_warps_is_drawn(scale: float, rotation: float) -> None:
    strip = np.zeros((30, 40000, 4), np.uint8)
    strip[..., 0], strip[..., 3] = 220, 255
    placed = posed_rgba(strip, scale, rotation, (540.0, 960.0), FRAME, square=True)
    assert placed is not None
    picture = placed[0]
    assert picture.shape[1] <= max(FRAME[0], 40000 * scale + 2)
    opaque = picture[..., 3] == 255
    assert opaque.any() and (picture[opaque][:, 0] > 200).all()  # red wherever it is opaque


@pytest.mark.parametrize("source", [(1080, 1350), (700, 900), (333, 1001), (3, 5), (1000, 778)])
@pytest.mark.parametrize("slot", [(1080, 1920), (540, 960), (1081, 1919)])
def test_a_photo_grown_to_cover_is_the_whole_picture_scaled_and_cropped(
    source: tuple[int, int], slot: tuple[int, int]
) -> None:
    rng = np.random.default_rng(3)
    photo = cv2.GaussianBlur(rng.integers(0, 255, (source[1], source[0], 3), np.uint8), (0, 0), 2)
    width, height = slot
    cover = max(width / source[0], height / source[1])
    size = (max(width, round(source[0] * cover)), max(height, round(source[1] * cover)))
    whole = cv2.resize(photo, size, interpolation=cv2.INTER_LINEAR)
    top, left = (size[1] - height) // 2, (size[0] - width) // 2
    theirs = whole[top : top + height, left : left + width].astype(np.int16)
    difference = np.abs(fit_image(photo, width, height, "cover").astype(np.int16) - theirs)
    assert difference.max() <= 8 and difference.mean() < 1.5  # half a pixel off would be more


def fine_checker(width: int, height: int) -> np.ndarray:
    """An opaque picture of one-pixel black and white squares: shrunk by sampling it sparkles
    black and white (moire); each pixel its area's mean, it is an even grey."""
    rgba = np.zeros((height, width, 4), np.uint8)
    rgba[..., 3] = 255
    rgba[::2, ::2, :3] = rgba[1::2, 1::2, :3] = 255
    return rgba


@pytest.mark.parametrize(
    ("scale", "rotation"), [(0.45, 0.0), (0.1, 0.0), (0.1, 30.0), (0.3, 10.0), (0.03, 0.0)]
)
def test_a_large_sticker_shrunk_is_an_even_grey_not_a_sparkle(
    scale: float, rotation: float
) -> None:
    """A 12 MP sticker (a creator's photo) shown small, straight or turned: each pixel is its
    area's mean. Turned, it was read by a bilinear warp from the full picture, 4 pixels of every
    100 at a tenth, and came out black and white noise."""
    placed = posed_rgba(fine_checker(4000, 3000), scale, rotation, (540.0, 960.0), FRAME, True)
    assert placed is not None
    picture = placed[0]
    inside = cv2.erode((picture[..., 3] == 255).astype(np.uint8), np.ones((5, 5), np.uint8))
    shown = picture[inside.astype(bool)][:, :3].astype(int)
    assert len(shown) > 1000
    assert np.abs(shown - 128).max() <= 8


@pytest.mark.parametrize("scale", [0.45, 0.2, 0.1, 0.07])
def test_a_large_sticker_shrunk_is_its_area_mean_picture(scale: float) -> None:
    """Shrunk from its halvings (fast), a photo is still the picture its area means make."""
    rng = np.random.default_rng(4)
    photo = cv2.GaussianBlur(rng.integers(0, 255, (3000, 4000, 4), np.uint8), (0, 0), 6)
    placed = posed_rgba(photo, scale, 0.0, (540.0, 960.0), FRAME, square=True)
    assert placed is not None
    picture, x0, y0 = placed  # where the part the frame shows begins
    size = (round(4000 * scale), round(3000 * scale))
    left, top = round(540 - size[0] / 2), round(960 - size[1] / 2)
    averaged = cv2.resize(photo, size, interpolation=cv2.INTER_AREA)
    height, width = picture.shape[:2]
    theirs = averaged[y0 - top : y0 - top + height, x0 - left : x0 - left + width]
    assert picture.shape == theirs.shape
    difference = np.abs(picture.astype(int) - theirs)
    assert difference.max() <= 3 and difference.mean() < 0.5
