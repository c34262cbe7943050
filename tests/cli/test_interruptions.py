"""A render killed with SIGKILL leaves nothing behind after the next start; long names fit."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.scratch import PARTIAL_PREFIX, process_scratch, scratch_root, sweep_scratch
from studio.core.template import load_template
from studio.media.probe import probe
from studio.media.render import caption_sidecar, prepare, render
from tests.media_factory import small_template, solid_clip


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def wait_for(condition: object, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_a_render_killed_mid_export_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 20}]})
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=20)
    videos = tmp_path / "videos"
    videos.mkdir()
    command = [sys.executable, "-m", "studio", "render", str(folder), "-o", str(videos / "clip.mp4"),
               "--media", f"a={clip}", "--quiet"]  # fmt: skip
    studio = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # mid-export: the encoder has written some of the picture
        wait_for(lambda: any(p.suffix == ".mp4" and p.stat().st_size > 0
                             for p in files_under(scratch_root())))  # fmt: skip
        studio.send_signal(signal.SIGKILL)
    finally:
        studio.wait(timeout=60)
        if studio.stderr is not None:
            studio.stderr.close()
    assert studio.returncode == -signal.SIGKILL
    assert list(videos.iterdir()) == []  # the output folder holds only finished videos
    assert files_under(scratch_root())  # what the killed render was writing, in the studio's own
    time.sleep(0.5)  # the orphaned encoder sees its pipe close and exits
    nextstart = subprocess.run([sys.executable, "-m", "studio", "template", "list"],
                               capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert nextstart.returncode == 0, nextstart.stderr
    assert files_under(scratch_root()) == []
    assert list(videos.iterdir()) == []


HOLDER = """
import os, sys
from pathlib import Path
from studio.core.scratch import process_scratch
scratch = process_scratch()
if sys.argv[2] == "kit":  # a posting kit is built in a hidden folder beside its place
    beside = scratch.beside(Path(sys.argv[1]), "", folder=True)
    (beside / "video.mp4").write_bytes(b"half a video")
    os._exit(0)
beside = scratch.beside(Path(sys.argv[1]), ".mp4")
print(beside, flush=True)
if sys.argv[2] == "die":
    os._exit(0)  # no clean-up at all, as after kill -9
sys.stdin.readline()
"""


def test_a_partial_beside_an_output_is_removed_only_once_its_process_is_gone(
    tmp_path: Path,
) -> None:
    output = tmp_path / "clip.mp4"
    living = subprocess.Popen([sys.executable, "-c", HOLDER, str(output), "live"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert living.stdout is not None and living.stdin is not None
    kept = Path(living.stdout.readline().strip())
    died = subprocess.run([sys.executable, "-c", HOLDER, str(output), "die"],
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    gone = Path(died.stdout.strip())
    assert kept.name.startswith(PARTIAL_PREFIX) and len(kept.name) == len(".studio-12345678.mp4")
    assert kept.exists() and gone.exists()
    assert sweep_scratch() == 1
    assert kept.exists() and not gone.exists()  # a running render's files are not touched
    living.stdin.write("\n")
    living.stdin.close()
    living.wait(timeout=60)
    living.stdout.close()
    assert not kept.exists()  # its own clean-up at exit
    assert files_under(scratch_root()) == []


def test_an_output_name_of_245_bytes_renders(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 0.5}]})
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=0.5)
    videos = tmp_path / "videos"
    videos.mkdir()
    name = "é" * 120 + "x.mp4"  # 245 bytes in UTF-8: near the 255-byte limit of a file name
    assert len(name.encode()) == 245
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    output = render(plan, videos / name)
    assert output.name == name and output.stat().st_size > 0
    assert sorted(p.name for p in videos.iterdir()) == sorted([name, caption_sidecar(output).name])
    left = [p for p in files_under(process_scratch().folder) if p.suffix in (".mp4", ".wav")]
    assert left == []
    assert os.access(output, os.R_OK)


def test_a_kit_folder_left_by_a_killed_process_is_removed(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-c", HOLDER, str(tmp_path / "kit"), "kit"],
                   capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    [left] = [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)]
    assert (left / "video.mp4").exists()
    assert sweep_scratch() == 1
    assert not left.exists()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_an_export_lands_whole_with_a_new_files_permissions_from_another_disk(
    tmp_path: Path,
) -> None:
    """The export is written in the data folder's scratch and renamed to the output; with the
    data folder on another disk (a tmpfs here) it is copied beside the output and renamed."""
    elsewhere = Path("/dev/shm")
    if not elsewhere.is_dir() or elsewhere.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("needs a second file system (Linux's /dev/shm) to copy across")
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 2}]})
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=2)
    videos = tmp_path / "videos"
    videos.mkdir()
    (tmp_path / "data").mkdir()
    for data, name in ((tmp_path / "data", "same.mp4"), (elsewhere, "across.mp4")):
        data_dir = Path(tempfile.mkdtemp(dir=data))
        command = [sys.executable, "-m", "studio", "render", str(folder), "-o",
                   str(videos / name), "--media", f"a={clip}", "--quiet"]  # fmt: skip
        env = {**os.environ, "STUDIO_DATA_DIR": str(data_dir)}
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300,
                              check=False)  # fmt: skip
        shutil.rmtree(data_dir, ignore_errors=True)
        assert done.returncode == 0, done.stderr
        made = probe(videos / name)
        assert made.duration == pytest.approx(2.0, abs=0.1)
        assert made.has_audio, name  # the sound went in with the picture
        assert (videos / name).stat().st_mode & 0o777 == 0o666 & ~_umask(), name
    # the finished videos and their caption files, nothing hidden
    assert sorted(p.name for p in videos.iterdir()) == [
        "across.caption.txt", "across.mp4", "same.caption.txt", "same.mp4"]  # fmt: skip


def test_an_export_copied_across_disks_lands_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wherever the data folder is: a rename that crosses disks (EXDEV) falls back to a copy
    beside the output, renamed into place; nothing else is left there."""
    import errno

    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 2}]})
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=2)
    videos = tmp_path / "videos"
    videos.mkdir()
    real_replace = os.replace
    crossed = []

    def replace(source: object, target: object) -> None:
        if Path(str(source)).parent != Path(str(target)).parent:  # scratch -> output folder
            crossed.append(source)
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(source, target)  # type: ignore[arg-type]

    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    monkeypatch.setattr(os, "replace", replace)
    render(plan, videos / "clip.mp4")
    assert crossed  # the scratch file could not be renamed across
    assert probe(videos / "clip.mp4").has_audio
    assert sorted(p.name for p in videos.iterdir()) == ["clip.caption.txt", "clip.mp4"]
