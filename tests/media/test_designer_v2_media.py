"""Format 2 as a designer's trial asked, through `prepare` with real clips: a slot as long as the
creator's clip, and a creator input's example in the workbench's preview."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.media.render import prepare
from studio.media.template_example import example_plan
from tests.media_factory import small_template, solid_clip


@pytest.mark.parametrize(("seconds", "speed", "in_point", "length"), [
    (2.5, 1.0, 0.0, 2.5),  # as long as the clip
    (2.5, 2.0, 0.5, 1.0),  # from its in-point, at double speed
    (0.4, 1.0, 0.0, 1.0),  # never shorter than min_duration
])  # fmt: skip
def test_a_media_slot_takes_the_length_of_the_creators_clip(
    tmp_path: Path, seconds: float, speed: float, in_point: float, length: float
) -> None:
    folder = small_template(tmp_path / "t", {
        "version": 2,
        "slots": [{"id": "story", "label": "Story", "duration": "media", "min_duration": 1,
                   "max_duration": 2.8, "speed": speed},
                  {"id": "end", "label": "End", "duration": 0.5}],
    })  # fmt: skip
    clip = solid_clip(tmp_path / "story.mp4", "red", seconds, size="64x64")
    end = solid_clip(tmp_path / "end.mp4", "blue", 1.0, size="64x64")
    given = CreatorInput(slots={"story": SlotInput(clip, in_point=in_point), "end": SlotInput(end)})
    plan = prepare(load_template(folder), given)
    assert plan.slots[0].visible.end == pytest.approx(length, abs=0.05)
    assert plan.duration == pytest.approx(length + 0.5, abs=0.05)


def test_a_photo_in_a_media_slot_lasts_min_duration(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"version": 2, "slots": [
        {"id": "story", "label": "Story", "duration": "media", "min_duration": 1.5}]})  # fmt: skip
    photo = bundled_templates_dir() / "pov" / "preview.png"
    plan = prepare(load_template(folder), CreatorInput(slots={"story": SlotInput(photo)}))
    assert plan.duration == pytest.approx(1.5)


def test_the_workbench_fills_an_input_with_its_example(tmp_path: Path) -> None:
    folder = tmp_path / "green"
    shutil.copytree(bundled_templates_dir() / "green-screen", folder)
    shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder / "beach.png")
    data = json.loads((folder / "template.json").read_text(encoding="utf-8"))
    data["inputs"][0]["example"] = "beach.png"
    (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
    plan = example_plan(load_template(folder))
    assert plan.slots[0].filters[0].params["background"] == str(folder.resolve() / "beach.png")


SWAP_RED_AND_BLUE = "LUT_3D_SIZE 2\n" + "".join(
    f"{b} {g} {r}\n" for b in (0, 1) for g in (0, 1) for r in (0, 1)
)


@pytest.mark.parametrize("look_on", ["picture", "slots"])
def test_the_looks_files_are_the_templates_wherever_the_studio_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, look_on: str
) -> None:
    """A look's LUT and a chroma-key background named in `look` were looked for in the folder
    the studio was started from: lint and pack passed, frame and render said 'no such file'."""
    from studio.media.compositor import Compositor

    folder = small_template(tmp_path / "t", {
        "version": 2, "look_on": look_on,
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "look": [{"name": "chroma-key", "params": {"background": "sky.png"}},
                 {"name": "lut", "params": {"file": "grades/swap.cube"}}],
    })  # fmt: skip
    (folder / "grades").mkdir()
    (folder / "grades" / "swap.cube").write_text(SWAP_RED_AND_BLUE, encoding="utf-8")
    Image.new("RGB", (64, 64), (220, 30, 30)).save(folder / "sky.png")
    clip = solid_clip(tmp_path / "green.mp4", "0x00FF00", 1.0, size="64x64")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    compositor = Compositor(plan)
    try:
        frame = compositor.frame_at(0.5)
    finally:
        compositor.close()
    red, _, blue = frame[240, 135].astype(int)
    assert blue > 150 and red < 80  # the red sky behind the keyed green, through the swap LUT


@pytest.mark.parametrize("region", [None, {"x": 0.5, "y": 0.5, "w": 0.5, "h": 0.5}])
def test_an_animated_gif_sticker_in_a_template_plays(tmp_path: Path, region: object) -> None:
    """A GIF sticker was refused in a template ('use .jpeg, .jpg, .png, .webp'), though the
    editor takes one; and a sticker in a region showed an animation's first frame only."""
    from studio.media.compositor import Compositor
    from studio.media.template_lint import lint_with_media

    folder = small_template(tmp_path / "t", {
        "version": 2, "duration": 1,
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "stickers": [{"id": "blink", "image": "blink.gif", "scale": 2,
                      **({"region": region} if region else {})}],
    })  # fmt: skip
    red, blue = Image.new("RGB", (64, 64), "red"), Image.new("RGB", (64, 64), "blue")
    red.save(folder / "blink.gif", save_all=True, append_images=[blue], duration=[200, 300])
    assert [p for p in lint_with_media(folder) if p.severity == "error"] == []
    clip = solid_clip(tmp_path / "grey.mp4", "gray", 1.0, size="64x64")
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    compositor = Compositor(plan)
    try:
        shown = [compositor.frame_at(t)[240, 135].astype(int) for t in (0.1, 0.3, 0.6)]
    finally:
        compositor.close()
    assert [(r > 150 and b < 80, b > 150 and r < 80) for r, _, b in shown] == [
        (True, False),
        (False, True),
        (True, False),
    ]  # red, blue, red again (a 0.5 s loop)
