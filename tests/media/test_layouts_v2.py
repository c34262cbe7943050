"""Format v2 on real renders: the duet's halves, the reaction's rounded corner, the photo dump's
Ken Burns zoom and beat cuts. Pixels are read from `frame_at` at a quarter (or half) of 1080x1920."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.layout import NAMED_LAYOUTS
from studio.media.compositor import Compositor
from studio.media.motion import motion_pose
from studio.media.probe import probe
from studio.media.render import prepare, render
from tests.media_factory import decode_frames, small_template, solid_clip

RED, BLUE = np.array([255, 0, 0]), np.array([0, 0, 255])


def _near(pixel: np.ndarray, colour: np.ndarray, tolerance: int = 12) -> bool:
    return bool(np.abs(pixel.astype(int) - colour).max() <= tolerance)


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "red": solid_clip(folder / "red.mp4", "red", 2.0, size="160x284"),
        "blue": solid_clip(folder / "blue.mp4", "blue", 2.0, size="160x284"),
    }


def _compositor(
    slug: str, slots: dict[str, Path], scale: float = 0.25, **blanks: str
) -> Compositor:
    loaded = load_template(bundled_templates_dir() / slug)
    given = CreatorInput(
        slots={key: SlotInput(path) for key, path in slots.items()},
        blanks={b.id: blanks.get(b.id, b.example) for b in loaded.template.blanks},
    )
    return Compositor(prepare(loaded, given), scale=scale)


def test_duet_shows_red_left_and_blue_right_at_every_sampled_frame(clips: dict[str, Path]) -> None:
    compositor = _compositor("duet", {"original": clips["red"], "me": clips["blue"]})
    try:
        height, width = compositor.height, compositor.width
        for t in np.arange(0.0, 15.0, 0.75):
            frame = compositor.frame_at(float(t))
            for y in (0.3, 0.5, 0.7, 0.95):
                row = round(y * height)
                assert _near(frame[row, width // 4], RED), (t, y)
                assert _near(frame[row, 3 * width // 4], BLUE), (t, y)
                assert _near(frame[row, 2], RED) and _near(frame[row, width - 3], BLUE)
    finally:
        compositor.close()


def test_reaction_corner_shows_the_second_clip_inside_its_rounded_mask(
    clips: dict[str, Path],
) -> None:
    compositor = _compositor("reaction", {"original": clips["red"], "me": clips["blue"]})
    try:
        frame = compositor.frame_at(5.0)  # after the title has gone
        region = NAMED_LAYOUTS["pip-top-right"]
        left, top = round(region.x * compositor.width), round(region.y * compositor.height)
        w, h = round(region.w * compositor.width), round(region.h * compositor.height)
        assert _near(frame[top + h // 2, left + w // 2], BLUE)  # the corner shows `me`
        assert _near(frame[top + h // 2, left + w // 4], BLUE)
        for x, y in ((left + 1, top + 1), (left + w - 2, top + 1), (left + 1, top + h - 2)):
            assert _near(frame[y, x], RED), (x, y)  # cut off by the rounded mask: `original`
        assert _near(frame[top - 3, left + w // 2], RED)  # outside the region
        assert _near(frame[compositor.height // 2, compositor.width // 4], RED)  # full frame
        border = frame[top + 1, left + w // 2]  # the white border along the top edge
        assert border.min() > 200
    finally:
        compositor.close()


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A white photo with a black square in the middle (to measure zoom) and a red photo."""
    folder = tmp_path_factory.mktemp("photos")
    square = np.full((1600, 1200, 3), 255, np.uint8)
    square[500:1100, 300:900] = 0
    Image.fromarray(square).save(folder / "square.png")
    Image.new("RGB", (1200, 1600), (255, 0, 0)).save(folder / "red.png")
    return {"square": folder / "square.png", "red": folder / "red.png"}


def _square_width(frame: np.ndarray) -> int:
    """Dark pixels along the middle row: the square's width on screen."""
    row = frame[frame.shape[0] // 2]
    return int((row.max(axis=1) < 90).sum())


def test_photo_dump_zooms_each_photo_and_cuts_on_the_beats(photos: dict[str, Path]) -> None:
    slots = {f"p{i}": photos["red"] for i in range(1, 9)}
    slots["p1"] = photos["square"]
    compositor = _compositor("photo-dump", slots, scale=0.5, title="x")
    try:
        plan = compositor.plan
        beat = 60 / 140  # the bundled hype-beat track's grid
        for index, slot in enumerate(plan.slots):
            assert slot.visible.start == pytest.approx(index * 4 * beat, abs=1e-6)
        start = compositor.frame_at(0.0)
        # the photo is scaled once to what its zoom needs, never kept or resized at full size
        still = compositor.sources["p1"].frame_at(0.0)
        zoom = plan.slots[0].motion.max_scale()  # type: ignore[union-attr]
        assert still.shape[:2] == (round(compositor.height * zoom) // 2 * 2,
                                   round(compositor.width * zoom) // 2 * 2)  # fmt: skip
        assert compositor.sources["p1"].frame_at(1.0) is still
        assert set(compositor.sources) == {"p1"}  # the other photos open when they show
        later = compositor.frame_at(0.5)
        measured = _square_width(later) / _square_width(start)
        motion = plan.slots[0].motion
        expected = motion_pose(motion, 0.5).scale / motion_pose(motion, 0.0).scale
        assert measured > 1.005  # it moved
        assert measured == pytest.approx(expected, abs=0.006)
        cut = plan.slots[1].visible.start
        before, after = compositor.frame_at(cut - 1 / 60), compositor.frame_at(cut + 1 / 60)
        compositor.frame_at(cut + 2.0)
        assert "p1" not in compositor.sources  # closed once it is over
        assert _square_width(before) > 0  # p1 up to the beat
        middle = after[after.shape[0] // 2, after.shape[1] // 2].astype(int)
        assert middle[0] > 150 and middle[1] < 90  # p2 (red, warmed by the look) after it
    finally:
        compositor.close()


def test_a_v2_render_is_encoded_with_both_halves(clips: dict[str, Path], tmp_path: Path) -> None:
    folder = small_template(tmp_path / "mini-duet", {
        "version": 2,
        "duration": 1.5,
        "slots": [
            {"id": "original", "label": "Original", "start": 0, "duration": 1.5, "layout": "left"},
            {"id": "me", "label": "Me", "start": 0, "duration": 1.5, "layout": "right",
             "mask": {"shape": "circle"}},
        ],
    })  # fmt: skip
    given = CreatorInput(
        slots={"original": SlotInput(clips["red"]), "me": SlotInput(clips["blue"])}
    )
    out = tmp_path / "duet.mp4"
    render(prepare(load_template(folder), given), out)
    info = probe(out)
    assert (info.width, info.height) == (270, 480) and abs(info.duration - 1.5) <= 1 / 30
    frames = decode_frames(out, (270, 480))
    assert len(frames) == 45
    for frame in frames[::5]:
        assert _near(frame[240, 60], RED, 24) and _near(frame[240, 200], BLUE, 24)
        assert _near(frame[20, 140 + 4], np.array([0, 0, 0]), 24)  # outside the circle: black


def test_before_the_first_slot_starts_the_frame_is_empty(
    clips: dict[str, Path], tmp_path: Path
) -> None:
    """A beat template's lead-in (its first slot on the first beat, 0.25 s in) showed the last
    slot's clip there, as if the video had ended; the end still holds the last slot."""
    folder = small_template(tmp_path / "t", {
        "version": 2, "canvas": {"width": 144, "height": 256, "fps": 30},
        "slots": [{"id": "a", "label": "A", "kind": "video", "start": 1, "duration": 1},
                  {"id": "b", "label": "B", "kind": "video", "duration": 1}],
    })  # fmt: skip
    given = CreatorInput(slots={"a": SlotInput(clips["red"]), "b": SlotInput(clips["blue"])})
    compositor = Compositor(prepare(load_template(folder), given))
    try:
        lead_in, first, last = (compositor.frame_at(t)[128, 72] for t in (0.5, 1.5, 2.5))
        past_the_end = compositor.frame_at(3.0)[128, 72]
    finally:
        compositor.close()
    assert lead_in.max() < 20
    assert _near(first, RED) and _near(last, BLUE) and _near(past_the_end, BLUE)


def _outline_frame(tmp_path: Path, clips: dict[str, Path], data: dict[str, object]) -> np.ndarray:
    """Frame 0 of a one-slot (red) 144x256 template with `data`'s shapes and stickers."""
    folder = small_template(tmp_path / "t", {
        "version": 2, "canvas": {"width": 144, "height": 256, "fps": 30},
        "slots": [{"id": "a", "label": "A", "kind": "video", "duration": 1}], **data,
    })  # fmt: skip
    Image.new("RGBA", (40, 40), (0, 0, 255, 255)).save(folder / "blue.png")
    given = CreatorInput(slots={"a": SlotInput(clips["red"])})
    compositor = Compositor(prepare(load_template(folder), given))
    try:
        return compositor.frame_at(0.5)
    finally:
        compositor.close()


def test_a_shapes_border_moves_with_it(clips: dict[str, Path], tmp_path: Path) -> None:
    """The fill moved, the border stayed where the shape started."""
    frame = _outline_frame(tmp_path, clips, {"shapes": [{
        "id": "card", "shape": "rect", "fill": "#00FF00", "layer": 1,
        "region": {"x": 0.25, "y": 0.25, "w": 0.5, "h": 0.25},
        "border": {"width": 40, "color": "#FFFFFF"},  # 5 px on a 144 px wide canvas
        "motion": {"keyframes": [{"at": 0, "y": 1.0}, {"at": 1, "y": 1.0}]},
    }]})  # fmt: skip
    # the region is rows 64-128; moved down by its own height, the card spans rows 128-192
    assert _near(frame[66, 72], RED)  # nothing left where it started, border included
    assert _near(frame[130, 72], np.array([255, 255, 255]), 40)  # its top border, moved
    assert _near(frame[160, 72], np.array([0, 255, 0]))


def test_a_stickers_mask_and_border_are_drawn(clips: dict[str, Path], tmp_path: Path) -> None:
    """Accepted by the schema, both were ignored: a plain square came out."""
    frame = _outline_frame(tmp_path, clips, {"stickers": [{
        "id": "dot", "image": "blue.png", "layer": 1,
        "region": {"x": 0.25, "y": 0.25, "w": 0.5, "h": 0.28125},
        "mask": {"shape": "circle"}, "border": {"width": 40, "color": "#FFFFFF"},
    }]})  # fmt: skip
    # a 72x72 region at (36, 64): the blue square fills it, cut to a circle with a white rim
    assert _near(frame[100, 72], BLUE)
    assert _near(frame[66, 38], RED)  # the region's corner: outside the circle
    assert _near(frame[66, 72], np.array([255, 255, 255]), 40)  # the rim at the top
