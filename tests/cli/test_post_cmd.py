"""Preflight on real files, fixing them, and the posting kit, through the `studio` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.core.resources import resource_path
from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from studio.media.kit import frame_at
from studio.media.probe import probe
from studio.media.video_facts import video_facts

pytestmark = pytest.mark.slow


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args], capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


def ffmpeg_info(path: Path) -> str:
    """What ffmpeg reports about a file (streams, metadata)."""
    return subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True,
                          text=True, check=False).stderr  # fmt: skip


def landscape_clip(path: Path, seconds: float = 4, fps: int = 25) -> Path:
    """The issue's example: a 4 s 1280x720 25 fps clip, with its index at the end."""
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc2=size=1280x720:rate={fps}:duration={seconds}",
                "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:duration={seconds}",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", str(path)])  # fmt: skip
    return path


def test_check_lists_each_platforms_findings(tmp_path: Path) -> None:
    clip = landscape_clip(tmp_path / "clip.mp4")
    result = studio("check", str(clip), "--caption", "ciao #a #b #c #d #e #f")
    assert result.returncode == 0, result.stderr  # warnings only: nothing would be refused
    lines = result.stdout.splitlines()
    assert lines == [
        "TikTok: warning: 1280x720 is not 1080x1920's shape; TikTok adds bars or crops. "
        "Fix: export at 1080x1920",
        "TikTok: warning: the file's index is at the end, so uploads and previews start slowly "
        "(Reels may refuse it). Fix: move the index to the front (faststart)",
        "TikTok: warning: 6 hashtags; TikTok uses at most 5. Fix: keep your best 5 (the kit "
        "keeps the first 5)",
        *[line for line in lines if line.startswith("Instagram Reels")],
        *[line for line in lines if line.startswith("YouTube Shorts")],
    ]
    assert sum(line.startswith("Instagram Reels") for line in lines) == 3
    shorts = [line for line in lines if line.startswith("YouTube Shorts")]
    assert any("YouTube Shorts shows a title and none is set" in line for line in shorts)
    assert not any("hashtags" in line for line in shorts)  # 6 is fine on Shorts


def test_check_fails_when_a_platform_would_cut_the_video(tmp_path: Path) -> None:
    clip = landscape_clip(tmp_path / "short.mp4", seconds=2, fps=20)
    result = studio("check", str(clip), "--platform", "tiktok")
    assert result.returncode == 1
    assert "TikTok: error: it is 2.0 s long; TikTok needs at least 3 s" in result.stdout
    assert "TikTok: error: 20 fps is outside TikTok's 23-60 fps. Fix: export at 30 fps" in (
        result.stdout
    )


def test_fix_writes_a_version_the_platform_takes(tmp_path: Path) -> None:
    clip = landscape_clip(tmp_path / "clip.mp4", fps=20)
    result = studio("check", str(clip), "--platform", "reels", "--fix", str(tmp_path / "fixed"))
    assert result.returncode == 0, result.stderr
    fixed = tmp_path / "fixed" / "clip-reels.mp4"  # named for its source and platform
    facts = video_facts(fixed)
    assert (facts.width, facts.height, facts.fps) == (1080, 1920, 30)
    assert (facts.video_codec, facts.audio_codec, facts.moov_first) == ("h264", "aac", True)
    assert facts.audio_rate == 44_100  # accepted as it is: copied, not resampled
    again = studio("check", str(fixed), "--platform", "reels")
    assert again.stdout.strip() == "Instagram Reels: ready to post"


def test_a_fix_that_cannot_mend_an_error_says_so_and_fails(tmp_path: Path) -> None:
    """A 2 s video is too short for TikTok whatever is re-encoded: `--fix` wrote a version,
    said nothing and exited 0."""
    clip = landscape_clip(tmp_path / "short.mp4", seconds=2, fps=20)
    result = studio("check", str(clip), "--platform", "tiktok", "--fix", str(tmp_path / "fixed"))
    fixed = tmp_path / "fixed" / "short-tiktok.mp4"
    assert result.returncode == 1
    assert f"TikTok: {fixed} still: TikTok: error: it is 2.0 s long; TikTok needs at least 3 s" in (
        result.stdout
    )


def test_check_names_a_bad_file_or_platform(tmp_path: Path) -> None:
    (tmp_path / "empty.mp4").write_bytes(b"")
    result = studio("check", str(tmp_path / "empty.mp4"))
    assert result.returncode == 1 and result.stderr.startswith("studio: ")
    assert "empty.mp4" in result.stderr and "Traceback" not in result.stderr
    photo = studio("check", str(resource_path("samples", "portrait-photo.jpg")))
    assert "is a photo, not a video" in photo.stderr
    unknown = studio("check", str(tmp_path / "empty.mp4"), "--platform", "myspace")
    assert unknown.stderr.strip().startswith("studio: unknown platform 'myspace' (known: tiktok")


def test_render_with_a_kit_for_two_platforms(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    out = tmp_path / "pov.mp4"
    result = studio("render", "pov", "-o", str(out), "--quiet",
                    "--media", f"scene={resource_path('samples', 'dance-portrait.mp4')}",
                    "--text", "activity=water the plants", "--text", "day=Monday",
                    "--hashtags", "#plants #pov #a #b #c #d #e", "--preset", "ultrafast",
                    "--platform", "tiktok", "--platform", "shorts", "--kit", str(kit),
                    "--title", "Plant Monday", "--cover", "2", "--cover-title", "Plant day")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "TikTok: warning: 7 hashtags; TikTok uses at most 5" in result.stderr
    tiktok = (kit / "tiktok" / "caption.txt").read_text(encoding="utf-8").strip()
    shorts = (kit / "shorts" / "caption.txt").read_text(encoding="utf-8").strip()
    assert tiktok == "POV: you water the plants on a Monday #plants #pov #a #b #c"
    assert shorts == "POV: you water the plants on a Monday #plants #pov #a #b #c #d #e"
    assert f"  caption: {tiktok}" in result.stdout  # the CLI prints what to paste
    assert (kit / "shorts" / "title.txt").read_text(encoding="utf-8").strip() == "Plant Monday"
    assert not (kit / "tiktok" / "title.txt").exists()
    # the same picture everywhere: TikTok's is the export itself, Shorts' carries the title
    assert (kit / "tiktok" / "video.mp4").stat().st_ino == out.stat().st_ino
    assert probe(kit / "shorts" / "video.mp4").duration == pytest.approx(
        probe(out).duration, abs=0.05
    )
    assert "title           : Plant Monday" in ffmpeg_info(kit / "shorts" / "video.mp4")
    cover = np.asarray(Image.open(kit / "cover.jpg").convert("RGB")).astype(int)
    assert cover.shape == (1920, 1080, 3)
    frame = frame_at(out, 2.0, 1080, 1920).astype(int)
    band = np.s_[1150:1230, 200:880]  # the title's dark band at 62% of the height
    dark = lambda picture: (picture[band].sum(axis=2) < 300).mean()  # noqa: E731
    assert dark(cover) > 0.4 and dark(frame) < 0.05
    assert np.abs(cover[:800] - frame[:800]).mean() < 4  # the rest is the chosen frame
    history = tmp_path / "studio-data" / "hashtag-history.json"
    assert '"#plants": 1' in history.read_text(encoding="utf-8")


def test_a_long_video_gets_a_cut_per_platform(tmp_path: Path) -> None:
    from studio.core.platforms import platform
    from studio.media.kit import make_kit

    clip = landscape_clip(tmp_path / "long.mp4", seconds=8)
    custom = platform("custom").model_copy(update={"id": "short-feed", "max_duration": 5.0})
    kit = make_kit(clip, tmp_path / "kit", [platform("tiktok"), custom], "hello #a")
    lengths = {entry.platform.id: probe(entry.video).duration for entry in kit.entries}
    assert lengths["short-feed"] == pytest.approx(5.0, abs=0.1)
    assert lengths["tiktok"] == pytest.approx(8.0, abs=0.1)
    assert [f.auto_fix for f in kit.entries[1].findings if f.severity == "error"] == ["trim"]
    assert sorted(p.name for p in (tmp_path / "kit").iterdir()) == [
        "cover.jpg", "short-feed", "tiktok"]  # fmt: skip
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kit")]  # no leftovers


def test_a_kit_never_replaces_a_folder_of_the_creators_own_files(tmp_path: Path) -> None:
    """`--kit .` in the folder of the creator's clips deleted them, and said it was done."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "my.mp4").write_bytes(b"the creator's take")
    (work / "notes.txt").write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "pov.mp4"
    common = ["render", "pov", "-o", str(out), "--quiet", "--preset", "ultrafast",
              "--media", f"scene={resource_path('samples', 'dance-portrait.mp4')}",
              "--text", "activity=a", "--text", "day=b"]  # fmt: skip
    refused = studio(*common, "--kit", str(work))
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith("not part of a posting kit: give a new or empty "
                                           "folder (a kit replaces only an earlier kit)")  # fmt: skip
    assert sorted(p.name for p in work.iterdir()) == ["my.mp4", "notes.txt"]
    assert not out.exists()  # said before the export, not after it
    beside = studio(*common, "--kit", str(tmp_path))  # the video's own folder
    assert beside.returncode == 1 and "would hold the video itself" in beside.stderr


def test_a_kit_replaces_an_earlier_kit(tmp_path: Path) -> None:
    from studio.core.platforms import platform
    from studio.media.kit import make_kit

    video = resource_path("samples", "dance-portrait.mp4")
    kit = tmp_path / "kit"
    make_kit(video, kit, [platform("tiktok")], "first #one")
    (kit / ".DS_Store").write_bytes(b"\0")  # the kit was shown in Finder in between
    (kit / "tiktok" / "Thumbs.db").write_bytes(b"\0")  # or in Explorer
    make_kit(video, kit, [platform("tiktok")], "second #two")
    assert (kit / "tiktok" / "caption.txt").read_text(encoding="utf-8") == "second #two\n"


def test_fix_into_a_file_is_one_line(tmp_path: Path) -> None:
    """`--fix` given an existing file ended in 'unexpected error (FileExistsError…)'."""
    clip = landscape_clip(tmp_path / "wide.mp4", seconds=1)
    taken = tmp_path / "notes.txt"
    taken.write_text("mine\n", encoding="utf-8")
    result = studio("check", str(clip), "--platform", "tiktok", "--fix", str(taken))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"studio: {taken}: is a file; --fix takes a folder for the fixed versions"
    )
    assert taken.read_text(encoding="utf-8") == "mine\n"
