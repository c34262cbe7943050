"""`studio render` from a shell: a finished file and its caption, or one line per problem."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from studio.core.overlays import OwnSticker, OwnText
from studio.core.project import AddOverlay, Project
from studio.core.resources import resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.probe import probe
from studio.media.render import prepare
from tests.media_factory import decode_frames, small_template, solid_clip

pytestmark = pytest.mark.slow


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args], capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


def test_render_a_bundled_template_by_name(tmp_path: Path) -> None:
    out = tmp_path / "pov.mp4"
    result = studio("render", "pov", "-o", str(out), "--quiet",
                    "--media", f"scene={resource_path('samples', 'portrait-photo.jpg')}",
                    "--text", "activity=water the plants", "--text", "day=Monday",
                    "--hashtags", "#plants #pov", "--preset", "ultrafast")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        str(out),
        "POV: you water the plants on a Monday #plants #pov",
    ]
    assert probe(out).duration == pytest.approx(8.0, abs=1 / 30)


def test_a_data_folder_that_cannot_be_written_leaves_nothing_in_the_temporary_folder(
    tmp_path: Path,
) -> None:
    # a data folder path that is a file: as unwritable as a read-only home, even for root
    blocker, temporary = tmp_path / "data-is-a-file", tmp_path / "tmp"
    blocker.write_text("")
    temporary.mkdir()
    out = tmp_path / "pov.mp4"
    result = subprocess.run(
        [sys.executable, "-m", "studio", "render", "pov", "-o", str(out), "--quiet",
         "--media", f"scene={resource_path('samples', 'portrait-photo.jpg')}",
         "--text", "activity=rest", "--text", "day=Sunday", "--preset", "ultrafast"],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "STUDIO_DATA_DIR": str(blocker), "TMPDIR": str(temporary)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert probe(out).duration > 0
    assert list(temporary.iterdir()) == []
    assert "the hashtag history cannot be saved" in result.stderr  # one line, not a traceback
    assert "Traceback" not in result.stderr


def test_every_problem_is_one_line_with_exit_code_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mov"
    empty.touch()
    result = studio("render", "three-things", "-o", str(tmp_path / "x.mp4"),
                    "--media", f"first={empty}", "--text", "one=" + "x" * 30)  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "studio: three-things: slot 'second' (Thing 2) needs a clip or photo" in lines
    assert "studio: three-things: blank 'one' is 30 characters, the most is 24" in lines
    assert all(line.startswith("studio: ") for line in lines)
    assert not (tmp_path / "x.mp4").exists()


def test_bad_preset_and_missing_template(tmp_path: Path) -> None:
    bad = studio("render", "pov", "-o", str(tmp_path / "x.mp4"), "--preset", "warp")
    assert (bad.returncode, bad.stderr.strip()) == (
        1, "studio: unknown preset 'warp' (use one of: ultrafast, superfast, veryfast, faster, fast, medium, slow)")  # fmt: skip
    no_rate = studio("render", "pov", "-o", str(tmp_path / "x.mp4"), "--fps", "0")
    assert (no_rate.returncode, no_rate.stderr.strip()) == (
        1,
        "studio: --fps takes a frame rate from 1 to 120",
    )  # it fell back to the template's
    missing = studio("render", str(tmp_path / "nope"), "-o", str(tmp_path / "x.mp4"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"studio: {tmp_path / 'nope'}: no such folder"


def test_ctrl_c_cancels_and_leaves_nothing(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"canvas": {"width": 1080, "height": 1920, "fps": 30},
                                             "slots": [{"id": "one", "label": "One", "duration": 20}]})  # fmt: skip
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=2)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "studio", "render", str(folder), "-o", str(out_dir / "x.mp4"),
         "--media", f"one={clip}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    while "%" not in process.stderr.read(64) and time.monotonic() < deadline:
        pass  # wait until frames are being written
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "cancelled; nothing was written" in err
    assert list(out_dir.iterdir()) == []


def _encoding(pid: int) -> bool:
    """Whether the process `pid` runs a decoder or the encoder (raw frames through a pipe:
    the render has started, not the probes before it)."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:  # a thread may end between the listing and the read
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            try:
                if b"rawvideo" in Path(f"/proc/{child}/cmdline").read_bytes():
                    return True
            except OSError:  # ended meanwhile
                continue
    return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc to see the work")
def test_ctrl_c_with_quiet_says_one_line(tmp_path: Path) -> None:
    """With --quiet no progress bar is drawn, yet the cancel line came after an empty one."""
    folder = small_template(tmp_path / "t", {"canvas": {"width": 1080, "height": 1920, "fps": 30},
                                             "slots": [{"id": "one", "label": "One", "duration": 20}]})  # fmt: skip
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=2)
    process = subprocess.Popen(
        [sys.executable, "-m", "studio", "render", str(folder), "-o", str(tmp_path / "x.mp4"),
         "--media", f"one={clip}", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not _encoding(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    lines = err.splitlines()  # a platform's warning about the 20 s video may come first
    assert lines[-1] == "studio: cancelled; nothing was written" and "" not in lines


def test_filter_choice_replaces_the_templates_look(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "duration": 1, "filter": {"name": "vivid"}}]})  # fmt: skip
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    out = tmp_path / "mono.mp4"
    result = studio("render", str(folder), "-o", str(out), "--quiet", "--media", f"one={clip}",
                    "--filter", "one=mono", "--preset", "ultrafast")  # fmt: skip
    assert result.returncode == 0, result.stderr
    pixel = decode_frames(out, (270, 480))[15].reshape(-1, 3).mean(axis=0)
    assert max(pixel) - min(pixel) < 6  # grey, not red
    orphan = studio("render", str(folder), "-o", str(out), "--media", f"one={clip}",
                    "--filter", "two=mono")  # fmt: skip
    assert (orphan.returncode, orphan.stderr.strip()) == (
        1, "studio: options name slot 'two', which has no --media")  # fmt: skip


def _invert_cube(path: Path) -> Path:
    import numpy as np

    from studio.media.filters.cube_file import write_cube

    k = np.linspace(0, 1, 17, dtype=np.float32)
    b, g, r = np.meshgrid(k, k, k, indexing="ij")
    write_cube(path, np.stack([1 - r, 1 - g, 1 - b], axis=-1))
    return path


def test_a_templates_lut_file_and_time_effect_reach_the_export(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "duration": 1, "time_effect": "reverse",
         "filter": {"name": "lut", "params": {"file": "looks/invert.cube"}},
         "more_filters": [{"name": "vignette", "params": {"amount": 0.2}}]}]})  # fmt: skip
    (folder / "looks").mkdir()
    _invert_cube(folder / "looks" / "invert.cube")
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    out = tmp_path / "cyan.mp4"
    result = studio("render", str(folder), "-o", str(out), "--quiet", "--media", f"one={clip}",
                    "--preset", "ultrafast")  # fmt: skip
    assert result.returncode == 0, result.stderr
    red, green, blue = decode_frames(out, (270, 480))[15].reshape(-1, 3).mean(axis=0)
    assert red < 40 and green > 200 and blue > 200  # red through an inverting LUT is cyan


def test_creator_options_for_lut_speed_time_and_fit(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "duration": 1}]})  # fmt: skip
    cube = _invert_cube(tmp_path / "mine.cube")
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=2)
    out = tmp_path / "out.mp4"
    result = studio("render", str(folder), "-o", str(out), "--quiet", "--media", f"one={clip}",
                    "--filter", f"one=lut:1,file={cube}", "--filter", "one=vignette",
                    "--speed", "one=2", "--time", "one=freeze@0.5", "--fit", "one=follow",
                    "--preset", "ultrafast")  # fmt: skip
    assert result.returncode == 0, result.stderr
    centre = decode_frames(out, (270, 480))[15][240, 135]
    assert centre[0] < 40 and centre[1] > 200
    for option, value, message in [
        ("--time", "one=sideways", "--time takes SLOT=reverse or SLOT=freeze@SECONDS"),
        ("--fit", "one=stretch", "--fit takes SLOT=cover, SLOT=contain or SLOT=follow"),
        ("--filter", "one=lut,file", "--filter takes SLOT=NAME[:STRENGTH][,KEY=VALUE...]"),
    ]:
        bad = studio("render", str(folder), "-o", str(out), "--media", f"one={clip}",
                     option, value)  # fmt: skip
        assert bad.returncode == 1 and bad.stderr.startswith(f"studio: {message}"), bad.stderr


def test_a_lut_outside_the_template_folder_is_refused(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "duration": 1,
         "filter": {"name": "lut", "params": {"file": "../evil.cube"}}}]})  # fmt: skip
    _invert_cube(tmp_path / "evil.cube")
    result = studio("render", str(folder), "-o", str(tmp_path / "x.mp4"), "--media",
                    f"one={solid_clip(tmp_path / 'c.mp4', 'red', seconds=1)}")  # fmt: skip
    assert result.returncode == 1
    assert "slots[0].filter.params.file: '../evil.cube' is outside the template folder" in (
        result.stderr
    )


def test_a_draft_with_own_text_and_a_sticker_option_render_where_the_compositor_draws_them(
    tmp_path: Path,
) -> None:
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 1}]}
    )
    clip = solid_clip(tmp_path / "grey.mp4", "#808080", seconds=1.0, size="64x64")
    project = Project.new(load_template(folder), tmp_path / "drafts")
    project.put_media("one", clip)
    project.execute(AddOverlay(OwnText(id="text-1", text="HI", x=0.25, y=0.25, color="#FF0000",
                                       look="plain", size=60)))  # fmt: skip
    assert project.path is not None
    before = project.path.read_text()
    star = resource_path("stickers", "star.png")
    out = tmp_path / "own.mp4"
    result = studio("render", "--draft", str(project.path), "-o", str(out), "--quiet",
                    "--add-sticker", f"{star}@0.75,0.75,0.3")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert project.path.read_text() == before  # the creator's draft is not written
    frame = decode_frames(out, (270, 480))[15].astype(int)
    # the same project drawn by the compositor, as the preview draws it
    project.execute(AddOverlay(OwnSticker(id="sticker-1", path=str(star), x=0.75, y=0.75,
                                          scale=0.3)))  # fmt: skip
    compositor = Compositor(prepare(project.loaded, project.creator_input()))
    try:
        preview = compositor.frame_at(0.5).astype(int)
    finally:
        compositor.close()
    for picture in (frame, preview):
        red = (picture[..., 0] > 160) & (picture[..., 1] < 90)  # the words
        yellow = (picture[..., 0] > 180) & (picture[..., 1] > 150) & (picture[..., 2] < 90)
        for mask, where in ((red, 0.25), (yellow, 0.75)):
            ys, xs = np.nonzero(mask)
            assert abs(xs.mean() - 270 * where) < 6 and abs(ys.mean() - 480 * where) < 6
    assert np.abs(frame - preview).mean() < 6  # the export is the compositor's picture


def test_a_bad_own_text_is_one_line(tmp_path: Path) -> None:
    result = studio("render", "pov", "-o", str(tmp_path / "x.mp4"), "--add-text", "hi@7,0.5")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("studio: 'hi@7,0.5': x: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_too_long_own_text_is_one_short_line_that_still_shows_its_place(tmp_path: Path) -> None:
    words = "la " * 2000
    result = studio("render", "pov", "-o", str(tmp_path / "x.mp4"),
                    "--add-text", f"{words}@0.5,0.5,2,15")  # fmt: skip
    assert result.returncode == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and len(line) < 200, line
    assert line.startswith("studio: 'la la ") and "…" in line
    assert line.endswith("@0.5,0.5,2,15': text: String should have at most 500 characters")


def _pov(output: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return studio("render", "pov", "-o", str(output), "--quiet",
                  "--media", f"scene={resource_path('samples', 'portrait-photo.jpg')}",
                  "--text", "activity=rest", "--text", "day=Sunday", "--preset", "ultrafast",
                  *more)  # fmt: skip


def test_an_output_that_is_not_a_file_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    """`-o /dev/null` (or /dev/full, as root) replaced the device with the video: a pipe here,
    since making a device takes root."""
    pipe = tmp_path / "pipe.mp4"
    os.mkfifo(pipe)
    result = _pov(pipe)
    assert result.returncode == 1
    assert result.stderr == (f"studio: {pipe}: is not a file (a device, pipe or socket); give "
                             "the video a file name, e.g. video.mp4\n")  # fmt: skip
    assert pipe.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe.mp4"]


def test_a_linked_output_is_written_through_its_link(tmp_path: Path) -> None:
    """`out/latest.mp4 -> ../synced/latest.mp4` became a plain file; the synced one never
    changed."""
    (tmp_path / "out").mkdir()
    (tmp_path / "synced").mkdir()
    link = tmp_path / "out" / "latest.mp4"
    link.symlink_to(Path("..") / "synced" / "latest.mp4")
    result = _pov(link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert probe(tmp_path / "synced" / "latest.mp4").duration == pytest.approx(8.0, abs=0.05)


def test_an_output_name_without_mp4_is_made_one_and_another_kind_refused(tmp_path: Path) -> None:
    result = _pov(tmp_path / "clip")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == str(tmp_path / "clip.mp4")
    result = _pov(tmp_path / "clip.webm")  # H.264 in MP4 named .webm misleads every player
    assert result.returncode == 1
    assert result.stderr == (f"studio: {tmp_path / 'clip.webm'}: the video is written as MP4; "
                             "name it .mp4\n")  # fmt: skip


def test_an_output_folder_that_does_not_exist_is_the_one_line(tmp_path: Path) -> None:
    """A platform warning came first, then the error: two lines for one problem."""
    result = _pov(tmp_path / "new" / "sub" / "x.mp4", "--platform", "shorts")  # warns of a title
    assert result.returncode == 1
    assert (
        result.stderr == f"studio: {tmp_path / 'new' / 'sub'}: the output folder does not exist\n"
    )


def test_a_loop_of_links_or_a_folder_as_the_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.mp4").symlink_to(tmp_path / "b.mp4")
    (tmp_path / "b.mp4").symlink_to(tmp_path / "a.mp4")
    looped = _pov(tmp_path / "a.mp4")  # a traceback (RuntimeError: Symlink loop)
    assert looped.returncode == 1
    assert looped.stderr == (f"studio: {tmp_path / 'a.mp4'}: is a link that leads nowhere (a "
                             "loop of links)\n")  # fmt: skip
    (tmp_path / "videos").mkdir()
    folder = _pov(tmp_path / "videos")  # not made videos.mp4 beside it
    assert folder.returncode == 1
    assert folder.stderr == (f"studio: {tmp_path / 'videos'}: is a folder; give the video a "
                             "file name, e.g. video.mp4\n")  # fmt: skip


def test_an_output_inside_a_file_names_the_file(tmp_path: Path) -> None:
    """`-o notes.txt/v.mp4` said the folder 'does not exist'; the file in the way is the cause."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    result = _pov(notes / "v.mp4")
    assert result.returncode == 1
    assert result.stderr == (
        f"studio: {notes}: is a file, not a folder: the video cannot go inside it\n"
    )
    assert notes.read_text(encoding="utf-8") == "mine\n"
