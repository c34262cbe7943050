"""Keys carry alpha: a keyed slot with no background is drawn over the layers below it, not over
black (format v2), while a v1 slot keyed with nothing behind it still shows black."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.render import prepare
from tests.media_factory import small_template

RED, BLUE, GREEN = (230, 20, 20), (20, 20, 230), (0, 255, 0)
PORTRAIT = Path(__file__).parent / "photos" / "astronaut-9x16.jpg"


def _near(pixel: np.ndarray, colour: tuple[int, int, int], tolerance: int = 12) -> bool:
    return bool(np.abs(pixel.astype(int) - colour).max() <= tolerance)


def _pictures(folder: Path) -> dict[str, Path]:
    """A red wall, and a blue square standing in front of a green screen."""
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (90, 160), RED).save(folder / "wall.png")
    screen = Image.new("RGB", (90, 160), GREEN)
    screen.paste(BLUE, (30, 60, 60, 100))
    screen.save(folder / "screen.png")
    return {"wall": folder / "wall.png", "screen": folder / "screen.png"}


def _compose(folder: Path, data: dict[str, Any], slots: dict[str, Path], t: float) -> np.ndarray:
    template = small_template(folder, data)
    plan = prepare(load_template(template),
                   CreatorInput(slots={k: SlotInput(v) for k, v in slots.items()}))  # fmt: skip
    compositor = Compositor(plan, scale=1.0)
    try:
        return compositor.frame_at(t)
    finally:
        compositor.close()


def _layered(key: dict[str, Any], **me: Any) -> dict[str, Any]:
    return {
        "version": 2,
        "duration": 2,
        "slots": [
            {"id": "back", "label": "Behind", "start": 0, "duration": 2},
            {"id": "me", "label": "Me", "start": 0, "duration": 2, "layer": 1,
             "filter": key, **me},
        ],
    }  # fmt: skip


def test_a_green_screen_with_no_background_shows_the_slot_below(tmp_path: Path) -> None:
    pictures = _pictures(tmp_path / "pictures")
    frame = _compose(tmp_path / "t", _layered({"name": "chroma-key"}),
                     {"back": pictures["wall"], "me": pictures["screen"]}, 1.0)  # fmt: skip
    height, width = frame.shape[:2]
    assert _near(frame[10, 10], RED) and _near(frame[height - 10, width - 10], RED)
    assert _near(frame[height // 2, width // 2], BLUE)  # the keyed subject, in front


def test_a_keyed_slot_in_a_rounded_region_is_cut_to_its_mask_too(tmp_path: Path) -> None:
    pictures = _pictures(tmp_path / "pictures")
    data = _layered({"name": "chroma-key"}, region={"x": 0.25, "y": 0.25, "w": 0.5, "h": 0.5},
                    mask={"shape": "circle"})  # fmt: skip
    frame = _compose(tmp_path / "t", data, {"back": pictures["wall"], "me": pictures["screen"]}, 1)
    height, width = frame.shape[:2]
    assert _near(frame[height // 2, width // 2], BLUE)
    assert _near(frame[height // 4 + 2, width // 4 + 2], RED)  # outside the circle and keyed


def test_a_v1_keyed_slot_with_no_background_is_black_as_before(tmp_path: Path) -> None:
    pictures = _pictures(tmp_path / "pictures")
    data = {"slots": [{"id": "me", "label": "Me", "start": 0, "duration": 2,
                       "filter": {"name": "chroma-key"}}]}  # fmt: skip
    frame = _compose(tmp_path / "t", data, {"me": pictures["screen"]}, 1.0)
    assert frame.shape[2] == 3
    assert _near(frame[10, 10], (0, 0, 0))
    assert _near(frame[frame.shape[0] // 2, frame.shape[1] // 2], BLUE)


def test_a_cut_out_person_stands_in_front_of_the_slot_below(tmp_path: Path) -> None:
    pictures = _pictures(tmp_path / "pictures")
    frame = _compose(tmp_path / "t", _layered({"name": "remove-background"}),
                     {"back": pictures["wall"], "me": PORTRAIT}, 1.0)  # fmt: skip
    # the canvas is 270x480 and the 288x512 portrait is scaled to it: the face is near (136, 127)
    face = np.asarray(Image.open(PORTRAIT).convert("RGB").resize((270, 480)))[127, 136]
    assert np.abs(frame[127, 136].astype(int) - face).max() <= 12
    assert _near(frame[15, 255], RED)  # the studio wall is gone: the red slot shows
    assert _near(frame[15, 15], RED)
