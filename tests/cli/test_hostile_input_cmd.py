"""`studio render` and `studio check` given hostile or broken files: one line each, naming the
file, with the exit code saying what happened; never a traceback or ffmpeg's internals."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_media import bomb_png, cut_short_clip, garbled_clip
from tests.media_factory import small_template, solid_clip

pytestmark = pytest.mark.slow

ONE_SLOT = {"slots": [{"id": "one", "label": "One", "duration": 1}]}


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args], capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


def _clean(text: str) -> None:
    assert "Traceback" not in text
    assert not re.search(r"0x[0-9a-f]{6,}", text)  # no `[in#0 @ 0x55...]`


def test_render_refuses_a_bomb_photo_in_one_line(tmp_path: Path) -> None:
    bomb = bomb_png(tmp_path / "bomb.png")
    template = small_template(tmp_path / "t", ONE_SLOT)
    result = studio("render", str(template), "-o", str(tmp_path / "out.mp4"), "--quiet",
                    "--media", f"one={bomb}")  # fmt: skip
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"studio: {bomb}: the picture is too large to open")
    _clean(result.stderr)
    assert not (tmp_path / "out.mp4").exists()


def test_check_refuses_a_bomb_in_one_line(tmp_path: Path) -> None:
    bomb = bomb_png(tmp_path / "bomb.png")
    result = studio("check", str(bomb))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert f"{bomb}: the picture is too large to open" in line
    _clean(result.stderr)


def test_render_says_a_folder_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "clip.mp4"
    folder.mkdir()
    template = small_template(tmp_path / "t", ONE_SLOT)
    result = studio("render", str(template), "-o", str(tmp_path / "out.mp4"), "--quiet",
                    "--media", f"one={folder}")  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"studio: {folder}: is a folder, not a video or photo"]


def test_check_reports_a_clip_cut_short(tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    result = studio("check", str(clip), "--platform", "tiktok")
    assert result.returncode == 1  # an error: no platform setting repairs missing pictures
    first = result.stdout.splitlines()[0]
    assert re.fullmatch(rf"{re.escape(str(clip))}: error: ends after \d\.\d s of the 4\.0 s "
                        r"its index claims \(.*\)", first), first  # fmt: skip
    assert "ready to post" not in result.stdout
    _clean(result.stdout + result.stderr)


def test_check_passes_a_whole_clip(tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "whole.mp4", "red", seconds=2.0, size="1080x1920")
    result = studio("check", str(clip), "--platform", "tiktok")
    assert "ends after" not in result.stdout


def test_render_warns_of_a_clip_cut_short_and_still_renders(tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    template = small_template(tmp_path / "t", ONE_SLOT)
    out = tmp_path / "out.mp4"
    result = studio("render", str(template), "-o", str(out), "--quiet", "--fps", "5",
                    "--media", f"one={clip}")  # fmt: skip
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "ends after" in line]
    assert warnings == [
        line for line in warnings if line.startswith(f"studio: {clip}: warning: ends after ")
    ]
    assert len(warnings) == 1
    assert out.exists()


def test_render_names_the_clip_whose_sound_is_damaged(tmp_path: Path) -> None:
    """The mix of song and clips failed with 'Conversion failed!' and blamed the song."""
    clip = garbled_clip(tmp_path / "take.mp4", "a")
    result = studio("render", "pov", "-o", str(tmp_path / "out.mp4"), "--quiet",
                    "--media", f"scene={clip}", "--text", "activity=x", "--text", "day=y")  # fmt: skip
    assert result.returncode == 1
    line = result.stderr.splitlines()[-1]  # after the platforms' warnings on the plan
    assert line.startswith(f"studio: {clip}: its sound cannot be decoded (")
    assert line.endswith("); copy it again")
    _clean(result.stderr)
    assert not (tmp_path / "out.mp4").exists()


@pytest.mark.parametrize(("template", "seconds"), [("pov", 2.0), ("one-slot", 30.0)])
def test_render_names_a_clip_with_no_picture_to_decode_and_ends(
    tmp_path: Path, template: str, seconds: float
) -> None:
    """Every picture packet damaged: pov loops its clip, and ffmpeg read it round for ever
    without a picture; a longer clip logged more than a pipe holds before its first picture,
    and ffmpeg stopped there while the studio waited for that picture. Both hung."""
    clip = garbled_clip(tmp_path / "take.mp4", "v", seconds)
    given = ["--media", f"scene={clip}", "--text", "activity=x", "--text", "day=y"]
    if template == "one-slot":
        template, given = str(small_template(tmp_path / "t", ONE_SLOT)), ["--media", f"one={clip}"]
    result = studio("render", template, "-o", str(tmp_path / "out.mp4"), "--quiet", *given)
    assert result.returncode == 1
    reason = "Decode error rate 1 exceeds maximum 0.666667"
    assert result.stderr.splitlines()[-1] == f"studio: {clip}: cannot decode the video ({reason})"
    _clean(result.stderr)
    assert not (tmp_path / "out.mp4").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="devices and named pipes of POSIX")
@pytest.mark.parametrize("what", ["draft", "rows", "lut", "sticker"])
@pytest.mark.parametrize("special", ["zero", "pipe"])
def test_a_device_or_pipe_named_as_a_file_is_refused_at_once(
    tmp_path: Path, what: str, special: str
) -> None:
    """/dev/zero as a draft grew the process to 23 GB; a named pipe as a draft, rows file,
    LUT or sticker waited for ever."""
    import os

    if special == "pipe":
        path = (
            tmp_path
            / f"named.{'cube' if what == 'lut' else 'png' if what == 'sticker' else 'json'}"
        )
        os.mkfifo(path)
    else:
        path = (
            tmp_path / f"zero.{'cube' if what == 'lut' else 'png' if what == 'sticker' else 'json'}"
        )
        path.symlink_to("/dev/zero")
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=1)
    out = str(tmp_path / "out.mp4")
    pov = ["render", "pov", "-o", out, "--quiet", "--media", f"scene={clip}",
           "--text", "activity=a", "--text", "day=b"]  # fmt: skip
    command = {
        "draft": ["render", "--draft", str(path), "-o", out],
        "rows": ["batch", "pov", str(path), "-o", str(tmp_path / "videos")],
        "lut": [*pov, "--filter", f"scene=lut,file={path}"],
        "sticker": [*pov, "--add-sticker", f"{path}@0.5,0.5"],
    }[what]
    import resource

    def bounded() -> None:  # a regression fails here, not by filling the machine's memory
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    result = subprocess.run([sys.executable, "-m", "studio", *command], capture_output=True,
                            text=True, timeout=120, check=False, preexec_fn=bounded)  # fmt: skip
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.splitlines()
    assert path.name in line and ("device or pipe" in line or "not a readable draft" in line)
    _clean(result.stderr)
