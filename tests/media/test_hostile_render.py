"""What lint passes, render can do; what render refuses, lint refuses first, with the same line."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studio.core.errors import StudioError
from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.core.template.lint import lint_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.render import caption_sidecar, prepare, render
from studio.media.template_assets import asset_problems, picture_size
from tests.core.test_hostile_templates import STAR, png_header
from tests.media_factory import small_template, solid_clip

Setup = Callable[[Path], dict[str, Any]]


def _bad_cube(folder: Path) -> dict[str, Any]:
    (folder / "grade.cube").write_text("LUT_3D_SIZE 2\n0 0 0\n1 1 1\n", encoding="utf-8")
    return {"slots": [{"id": "a", "label": "A", "duration": 1,
                       "filter": {"name": "lut", "params": {"file": "grade.cube"}}}]}  # fmt: skip


def _huge_cube(folder: Path) -> dict[str, Any]:
    with (folder / "grade.cube").open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: costs no disk
    return _bad_cube_params("grade.cube")


def _bad_cube_params(name: str) -> dict[str, Any]:
    return {"slots": [{"id": "a", "label": "A", "duration": 1,
                       "filter": {"name": "lut", "params": {"file": name}}}]}  # fmt: skip


def _background_not_media(folder: Path) -> dict[str, Any]:
    (folder / "backdrop.png").write_text("this is not a picture\n", encoding="utf-8")
    return {"slots": [{"id": "a", "label": "A", "duration": 1,
                       "filter": {"name": "chroma-key",
                                  "params": {"background": "backdrop.png"}}}]}  # fmt: skip


def _background_is_audio(folder: Path) -> dict[str, Any]:
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=0.5", "-c:a", "aac",
                str(folder / "backdrop.mp4")])  # fmt: skip
    return {"slots": [{"id": "a", "label": "A", "duration": 1,
                       "filter": {"name": "chroma-key",
                                  "params": {"background": "backdrop.mp4"}}}]}  # fmt: skip


def _soundtrack_not_audio(folder: Path) -> dict[str, Any]:
    (folder / "song.m4a").write_text("not a song\n", encoding="utf-8")
    return {"soundtrack": {"track": "song.m4a", "clip_audio_db": None}}


def _soundtrack_without_sound(folder: Path) -> dict[str, Any]:
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=red:s=64x64:d=1", "-c:v", "libx264",
                "-f", "mp4", str(folder / "song.m4a")])  # fmt: skip
    return {"soundtrack": {"track": "song.m4a", "clip_audio_db": None}}


def _bomb_sticker(folder: Path) -> dict[str, Any]:
    (folder / "bomb.png").write_bytes(png_header(30000, 30000))
    return {"stickers": [{"id": "s", "image": "bomb.png"}]}


def _sticker_not_a_picture(folder: Path) -> dict[str, Any]:
    (folder / "fake.png").write_text("GIF? no, text\n", encoding="utf-8")
    return {"stickers": [{"id": "s", "image": "fake.png"}]}


CASES: dict[str, tuple[Setup, str, str]] = {
    # name: (make the asset, JSON path of the problem, words the line contains)
    "malformed cube": (_bad_cube, "slots[0].filter", "LUT_3D_SIZE 2 needs 8 colours, found 2"),
    "oversized cube": (_huge_cube, "slots[0].filter", "file too large for a LUT"),
    "background not media": (_background_not_media, "slots[0].filter", "backdrop.png"),
    "background is audio": (_background_is_audio, "slots[0].filter", "is audio, not a picture"),
    "soundtrack not audio": (
        _soundtrack_not_audio,
        "soundtrack.track",
        "song.m4a: is not a song or other sound file",
    ),
    "soundtrack without sound": (_soundtrack_without_sound, "soundtrack.track", "has no audio"),
    "bomb sticker": (
        _bomb_sticker,
        "stickers[0].image",
        "a 30000 px sticker ('bomb.png') at scale 1 would need 3.6 GB per frame (limit 256 MB)",
    ),
    "sticker not a picture": (
        _sticker_not_a_picture,
        "stickers[0].image",
        "is not a video or photo",
    ),
}


def hostile(tmp_path: Path, setup: Setup) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    data = {"slots": [{"id": "a", "label": "A", "duration": 1}], **setup(folder)}
    return small_template(folder, data)


@pytest.mark.parametrize("case", list(CASES))
def test_lint_refuses_what_render_refuses(tmp_path: Path, case: str) -> None:
    setup, where, words = CASES[case]
    folder = hostile(tmp_path, setup)
    linted = lint_template(folder, picture_size=picture_size, check_assets=asset_problems)
    assert [p.json_path for p in linted if p.severity == "error"] == [where]
    assert words in linted[0].message
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    with pytest.raises(StudioError) as refused:
        prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    # the same reason; render names the template's field where it checks the template itself
    assert words in refused.value.first_line
    if where == "soundtrack.track":  # the template's own song: its file and field, as lint
        assert "template.json: soundtrack.track: " in refused.value.first_line


def test_render_refuses_a_template_over_budget_before_any_frame(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "stickers": [{"id": f"s{i}", "image": "big.png", "scale": 2, "animation": "spin"}
                     for i in range(30)],
    })  # fmt: skip
    (folder / "big.png").write_bytes(png_header(400, 400))
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    with pytest.raises(StudioError) as refused:
        prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    assert refused.value.first_line.endswith(
        "template.json: stickers[0].scale: 30 stickers (30 moving) on screen together would take "
        "about 3.4 s per frame to draw (limit 0.5 s); the costliest is a 400 px sticker "
        "('big.png') at scale 2 spinning"
    )


SPINNING = """
import sys, threading
from pathlib import Path
from studio.core.errors import Cancelled
from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.render import prepare, render

folder, clip, out = map(Path, sys.argv[1:4])
plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
render(plan, out)
cancel = threading.Event()
def stop_early(progress):
    if progress.frame == 3:
        cancel.set()
try:
    render(plan, out.with_name("again.mp4"), progress=stop_early, cancel=cancel)
except Cancelled:
    left = [t.name for t in threading.enumerate() if t.name == "compose"]
    print("compose threads left:", len(left))
    sys.exit(3)  # straight out, as the CLI does after a cancel
"""


def test_many_spinning_stickers_render_and_stop_without_a_crash(tmp_path: Path) -> None:
    # 30 spinning stickers ended in `terminate called without an active exception` (signal 6):
    # the compose thread was left inside OpenCV when the interpreter exited
    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 540, "height": 960, "fps": 30},
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "stickers": [{"id": f"s{i}", "image": "star.png", "animation": "spin",
                      "x": (i % 5) / 5 + 0.1, "y": (i // 5) / 3 + 0.1} for i in range(15)],
    })  # fmt: skip
    shutil.copy(STAR, folder / "star.png")
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    script = textwrap.dedent(SPINNING)
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(clip), str(tmp_path / "out.mp4")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert "terminate called" not in done.stderr
    assert (done.returncode, done.stdout.strip()) == (3, "compose threads left: 0"), done.stderr
    assert (tmp_path / "out.mp4").stat().st_size > 0
    assert not (tmp_path / "again.mp4").exists()


def test_a_nul_in_the_templates_caption_renders(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {
        "slots": [{"id": "a", "label": "A", "duration": 0.5}],
        "post": {"caption": "line\u0000one \u001b[31mred", "hashtags": ["#ok"]},
    })  # fmt: skip
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=0.5)
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    output = render(plan, tmp_path / "out.mp4")
    assert caption_sidecar(output).read_text(encoding="utf-8") == "lineone [31mred #ok\n"


def test_render_returns_only_after_its_compose_thread_has_stopped(tmp_path: Path) -> None:
    # The cause of the signal 6: render gave up waiting for the compose thread after 5 s, so a
    # slower frame left it inside OpenCV when the interpreter exited. The budget now refuses
    # such a template, so this plan is made with `fill`, past `prepare`, to get a slow frame.
    import threading

    import numpy as np
    from PIL import Image

    from studio.core.errors import Cancelled
    from studio.core.fill import fill

    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "stickers": [{"id": f"s{i}", "image": "big.png", "rotation": 45, "scale": 1.2}
                     for i in range(30)],
    })  # fmt: skip
    picture = np.zeros((2048, 2048, 4), np.uint8)
    picture[::64, :, :] = 255  # mostly clear: a small file, a large picture
    Image.fromarray(picture).save(folder / "big.png")
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    plan = fill(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}), None, None, None)
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()  # mid-way through the first (slow) frame
    with pytest.raises(Cancelled):
        render(plan, tmp_path / "out.mp4", cancel=cancel)
    assert [t.name for t in threading.enumerate() if t.name == "compose"] == []
    assert not (tmp_path / "out.mp4").exists()
