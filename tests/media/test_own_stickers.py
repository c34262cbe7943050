"""The creator's own stickers in media: an animated GIF plays and loops; preflight measures own
items where the compositor draws them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from studio.core.fill import fill
from studio.core.overlays import OwnSticker, OwnText
from studio.core.platforms import platform
from studio.core.post.preflight import preflight
from studio.core.project import AddOverlay, Project, TypeBlank
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.sticker_picture import sticker_frame
from studio.media.text_measure import planned_text_boxes

HEART = str(resource_path("stickers", "heart.png"))


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


def test_preflight_warns_when_an_own_item_sits_under_a_platforms_buttons(tmp_path: Path) -> None:
    project = Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path / "drafts")
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=HEART, y=0.95)))  # on the buttons
    project.execute(AddOverlay(OwnText(id="text-1", text="safe", y=0.45)))  # in the middle
    project.put_media("scene", Path("clip.mp4"))
    project.execute(TypeBlank("activity", "baking"))
    project.execute(TypeBlank("day", "Monday"))
    plan = fill(project.loaded, project.creator_input(), None, None, None)
    found = [f for f in preflight(platform("tiktok"), texts=planned_text_boxes(plan))
             if f.code == "overlay_under_buttons"]  # fmt: skip
    assert [(f.values["label"], f.values["edges"]) for f in found] == [("heart.png", "bottom")]
