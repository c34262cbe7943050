"""The export composes in YUV 4:2:0 what the preview composes in RGB: the same picture.

The export's frames (`frame_i420_at`) are compared with the preview's frames converted the way
the encoder used to receive them (`rgb_to_i420(frame_at(t))`). Luma stays within two levels
everywhere. Chroma is scaled from the clip's own size straight to half the canvas instead of up
to the canvas and back down: two linear filters that agree on flat and smooth colour and differ
by a few levels on sharp colour edges, so chroma is held to its mean and its 99.9th percentile.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import RenderPlan
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.overlay import blend_rgba
from studio.media.render import prepare
from studio.media.yuv import rgb_to_i420
from studio.media.yuv_compose import I420Frame, RasterCache, i420_planes, picture_to_i420

SAMPLES = ("city-landscape.mp4", "dance-portrait.mp4", "garden-square.mp4")
PHOTOS = ("beach-photo.jpg", "portrait-photo.jpg", "food-photo.jpg", "city-photo.jpg")


def differences(ours: np.ndarray, theirs: np.ndarray, width: int, height: int) -> list[np.ndarray]:
    planes = zip(i420_planes(ours, width, height), i420_planes(theirs, width, height), strict=True)
    return [np.abs(a.astype(np.int16) - b.astype(np.int16)) for a, b in planes]


def star_raster(size: int = 61) -> np.ndarray:
    """A saturated sticker with soft, odd-sized edges: the hard case for 2x2 chroma."""
    rgba = np.zeros((size, size + 6, 4), np.uint8)
    cv2.circle(rgba, (size // 2 + 3, size // 2), size // 3, (250, 40, 200, 255), -1, cv2.LINE_AA)
    cv2.circle(rgba, (size // 2 + 3, size // 2), size // 6, (20, 230, 60, 160), -1, cv2.LINE_AA)
    return rgba


@pytest.mark.parametrize(
    ("left", "top", "opacity"),
    [(10, 20, 1.0), (11, 21, 1.0), (7, 4, 0.55), (-13, 33, 1.0), (150, 151, 0.8), (-30, -25, 1.0)],
)
def test_a_sticker_blended_in_yuv_matches_the_rgb_blend(
    left: int, top: int, opacity: float
) -> None:
    width, height = 180, 200
    background = np.empty((height, width, 3), np.uint8)
    background[:] = (30, 90, 160)
    background[:, width // 2 :] = (220, 200, 40)  # a second colour under the sticker's edge
    rgb = background.copy()
    blend_rgba(rgb, star_raster(), left, top, opacity)
    frame = I420Frame(rgb_to_i420(background), width, height)
    frame.blend(star_raster(), left, top, opacity)
    luma, u, v = differences(frame.buffer, rgb_to_i420(rgb), width, height)
    assert luma.max() <= 1
    assert max(u.max(), v.max()) <= 3
    assert np.abs(rgb.astype(int) - background).max() > 100  # the sticker was drawn at all


@pytest.mark.parametrize(("left", "top"), [(-300, -201), (-301, -200), (-35, -17), (-600, -600)])
def test_a_sticker_larger_than_the_frame_is_blended_as_the_rgb_blend(left: int, top: int) -> None:
    """Only its part inside the frame is converted (a 6000 px sticker took 0.8 s a frame),
    from any offset, odd ones included, and kept for the next frame."""
    width, height = 180, 200
    big = cv2.resize(star_raster(), (700, 640), interpolation=cv2.INTER_LINEAR)
    background = np.full((height, width, 3), (30, 90, 160), np.uint8)
    rgb = background.copy()
    blend_rgba(rgb, big, left, top, 1.0)
    rasters = RasterCache()
    for _ in range(2):  # the second frame uses the kept conversion of the same part
        frame = I420Frame(rgb_to_i420(background), width, height, rasters)
        frame.blend(big, left, top, 1.0)
        luma, u, v = differences(frame.buffer, rgb_to_i420(rgb), width, height)
        assert luma.max() <= 1
        assert max(u.max(), v.max()) <= 3
    assert rasters.held_bytes < big.size // 2  # the part inside, not the whole picture's floats


def test_an_empty_image_draws_nothing() -> None:
    buffer = rgb_to_i420(np.full((40, 60, 3), 90, np.uint8))
    frame = I420Frame(buffer.copy(), 60, 40)
    for empty in (np.zeros((0, 12, 4), np.uint8), np.zeros((9, 0, 4), np.uint8)):
        frame.blend(empty, 3, 5)
    assert np.array_equal(frame.buffer, buffer)


def test_a_small_picture_scaled_in_yuv_matches_the_rgb_scale() -> None:
    small = cv2.GaussianBlur(
        np.random.default_rng(1).integers(0, 256, (72, 40, 3), dtype=np.uint8), (5, 5), 0
    )
    ours = picture_to_i420(small, 108, 192)
    theirs = rgb_to_i420(cv2.resize(small, (108, 192), interpolation=cv2.INTER_LINEAR))
    luma, u, v = differences(ours, theirs, 108, 192)
    assert luma.max() <= 2
    assert max(u.mean(), v.mean()) < 0.6


def filled_plan(slug: str) -> RenderPlan:
    """A bundled template filled with the bundled samples (photos where a slot wants one)."""
    loaded = load_template(bundled_templates_dir() / slug)
    template = loaded.template
    slots = {}
    for index, slot in enumerate([*template.slots, *getattr(template, "inputs", [])]):
        names = PHOTOS if slot.kind == "photo" else SAMPLES
        slots[slot.id] = SlotInput(resource_path("samples", names[index % len(names)]))
    blanks = {blank.id: blank.example or blank.prompt for blank in template.blanks}
    return prepare(loaded, CreatorInput(slots=slots, blanks=blanks))


@pytest.mark.parametrize("slug", sorted(p.name for p in bundled_templates_dir().iterdir()
                                        if (p / "template.json").is_file()))  # fmt: skip
def test_the_exported_frames_are_the_previews_frames(slug: str) -> None:
    plan = filled_plan(slug)
    # every slot's middle, and the middle of every transition (its picture composed in RGB)
    times = [slot.visible.start + slot.visible.duration / 2 for slot in plan.slots]
    times += [s.transition_in.span.start + s.transition_in.span.duration / 2
              for s in plan.slots if s.transition_in is not None and s.transition_in.span.duration]  # fmt: skip
    times = sorted(t for t in times if t < plan.duration)
    preview, export = Compositor(plan), Compositor(plan)
    try:
        for t in times:
            theirs = rgb_to_i420(preview.frame_at(t))
            luma, u, v = differences(export.frame_i420_at(t), theirs, plan.width, plan.height)
            assert luma.max() <= 2, (slug, t)
            for chroma in (u, v):
                assert chroma.mean() < 0.5, (slug, t)
                assert np.percentile(chroma, 99.9) <= 8, (slug, t)
    finally:
        preview.close()
        export.close()


def test_a_look_over_see_through_layers_is_applied_to_the_drawn_frame() -> None:
    """A look colours each layer only where layers are opaque: quote card's see-through card
    under a strong look must still come out as the preview draws it (look over the blend)."""
    from dataclasses import replace

    from studio.core.template.schema import FilterRef

    plan = filled_plan("quote-card")
    assert any(shape.opacity < 1 for shape in plan.shapes), "the card should be see-through"
    plan = replace(plan, look=(FilterRef(name="noir"),), look_on="picture")
    times = [slot.visible.start + slot.visible.duration / 2 for slot in plan.slots]
    preview, export = Compositor(plan), Compositor(plan)
    try:
        for t in times:
            theirs = rgb_to_i420(preview.frame_at(t))
            luma, _, _ = differences(export.frame_i420_at(t), theirs, plan.width, plan.height)
            assert luma.max() <= 2, t
    finally:
        preview.close()
        export.close()


def test_photos_of_odd_sizes_move_in_yuv_as_the_preview_moves_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A camera's crop or a screenshot has odd sides, and YUV 4:2:0 halves them: the photo
    dump's Ken Burns and pans still come out where the preview draws them, from a one-pixel
    sliver to a 12 MP frame, and in YUV rather than through RGB."""
    import studio.media.compositor as compositor_module

    sizes = [(1001, 1333), (999, 777), (4031, 3023), (3, 5), (641, 1), (1, 1), (1365, 2047)]
    photos = []
    for index, (width, height) in enumerate(sizes):
        picture = np.full((height, width, 3), (40 + 25 * index, 200 - 20 * index, 90), np.uint8)
        cv2.rectangle(picture, (width // 4, height // 4), (width // 2, height // 2),
                      (0, 0, 255), -1)  # fmt: skip
        photos.append(tmp_path / f"photo-{width}x{height}.jpg")
        cv2.imwrite(str(photos[-1]), picture)
    loaded = load_template(bundled_templates_dir() / "photo-dump")
    slots = {slot.id: SlotInput(photos[index % len(photos)])
             for index, slot in enumerate(loaded.template.slots)}  # fmt: skip
    blanks = {blank.id: blank.example or blank.prompt for blank in loaded.template.blanks}
    plan = prepare(loaded, CreatorInput(slots=slots, blanks=blanks))
    converted = []
    monkeypatch.setattr(compositor_module, "rgb_to_i420",
                        lambda frame: converted.append(1) or rgb_to_i420(frame))  # fmt: skip
    preview, export = Compositor(plan), Compositor(plan)
    try:
        for slot in plan.slots:
            for part in (0.2, 0.8):  # the motion's two ends
                t = slot.visible.start + slot.visible.duration * part
                ours = export.frame_i420_at(t)
                assert not converted, (slot.id, t)
                theirs = rgb_to_i420(preview.frame_at(t))
                luma, u, v = differences(ours, theirs, plan.width, plan.height)
                assert luma.max() <= 2, (slot.id, t)
                # the red square's hard edge: its chroma is filtered at half size before the
                # warp here and after it in the preview, up to 25 levels on the edge's one
                # sample; a misplaced plane would move the whole square
                for chroma in (u, v):
                    assert chroma.mean() < 0.5, (slot.id, t)
    finally:
        preview.close()
        export.close()


def test_converted_texts_are_kept_within_a_memory_budget() -> None:
    """A typewriter text or an animated sticker gives a new image every frame: the converted
    images kept for reuse stay within the cache's budget instead of growing with the video."""
    budget = 1 << 20
    cache = RasterCache(budget_bytes=budget)
    images = [np.full((200, 300, 4), index, np.uint8) for index in range(60)]
    for image in images:
        cache.get(image, 0, 1)
        assert cache.held_bytes <= budget
    again = cache.get(images[-1], 0, 1)
    assert cache.get(images[-1], 0, 1) is again  # a text at rest is converted once


@pytest.mark.parametrize("slug", ["pov", "duet", "photo-dump"])  # v1, layered, moving + look
def test_the_export_composes_in_yuv_rather_than_converting_rgb(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The equivalence above would hold trivially if every frame went through RGB."""
    import studio.media.compositor as compositor_module

    converted = []
    monkeypatch.setattr(compositor_module, "rgb_to_i420",
                        lambda frame: converted.append(1) or rgb_to_i420(frame))  # fmt: skip
    plan = filled_plan(slug)
    export = Compositor(plan)
    try:
        for index in range(0, plan.frame_count, 15):
            export.frame_i420_at(plan.frame_time(index))
    finally:
        export.close()
    assert converted == []
