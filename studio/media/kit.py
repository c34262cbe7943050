"""The posting kit: the video for each platform, a cover image, and each platform's caption.

    kit/
      cover.jpg            the chosen frame, with the optional title drawn on it
      tiktok/video.mp4     the export itself (hard-linked) or a version the platform takes
      tiktok/caption.txt   the caption with the platform's hashtag limit applied
      tiktok/video.srt     auto captions as subtitles (and video.vtt), when the video has them
      shorts/title.txt     for platforms that show a title

Built in a hidden folder beside the target and renamed into place at the end, so a failure or
a cancel leaves the previous kit (or nothing), never half of one.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from studio.core.platforms import Platform
from studio.core.post.caption import limit_hashtags
from studio.core.post.preflight import Finding, TextBox, VideoFacts, preflight
from studio.core.scratch import process_scratch
from studio.core.template.schema import TextStyle
from studio.media.conform import conform, needs_audio_encode, needs_video_encode
from studio.media.ffmpeg import MediaError, run_ffmpeg
from studio.media.overlay import blend_rgba
from studio.media.text import TextRenderer
from studio.media.video_facts import video_facts

# a bold title on a dark band, so it reads over any frame (and over the video's own text)
COVER_TITLE_STYLE = TextStyle(size=104, background="#000000B0", box_padding=28, box_radius=28,
                              line_spacing=1.05)  # fmt: skip
COVER_TITLE_Y = 0.62  # below the frame's centre, above where the platforms put their buttons


@dataclass(frozen=True)
class KitEntry:
    platform: Platform
    video: Path
    caption: Path
    title: Path | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class PostingKit:
    folder: Path
    cover: Path
    entries: tuple[KitEntry, ...]


def frame_at(video: Path, seconds: float, width: int, height: int) -> np.ndarray:
    """One RGB frame of `video` at `seconds` (the last frame if past the end)."""
    # scaled to the displayed size: an anamorphic video's stored pixels are not square
    shown = ["-vf", f"scale={width}:{height},setsar=1"]
    result = run_ffmpeg(["-ss", f"{max(0.0, seconds):.3f}", "-i", str(video), "-frames:v", "1",
                         *shown, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"])  # fmt: skip
    size = width * height * 3
    if len(result.stdout) < size:  # asked past the end: take the last frame instead
        result = run_ffmpeg(["-sseof", "-0.5", "-i", str(video), "-update", "1", *shown,
                             "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"])  # fmt: skip
    data = result.stdout[-size:]
    if len(data) < size:
        raise MediaError(video, f"has no picture at {seconds:.2f} s")
    return np.frombuffer(data, np.uint8).reshape(height, width, 3).copy()


def make_cover(video: Path, seconds: float, output: Path, title: str | None = None) -> Path:
    """A JPEG of the frame at `seconds`, with `title` in large type below the centre."""
    Image.fromarray(cover_frame(video, seconds, title)).save(output, quality=92)
    return output


def cover_frame(video: Path, seconds: float, title: str | None = None) -> np.ndarray:
    """The cover as RGB: the frame at `seconds` with `title` on it (the Post page previews it)."""
    facts = video_facts(video)
    frame = frame_at(video, seconds, facts.width, facts.height)
    if title and title.strip():
        scale = facts.width / 1080
        text = TextRenderer(COVER_TITLE_STYLE, scale).render(title.strip(), facts.width * 0.84)
        left = (facts.width - text.width) // 2
        top = round(facts.height * COVER_TITLE_Y - text.height / 2)
        blend_rgba(frame, text.rgba, left, top)
    return frame


def _platform_video(master: Path, facts: VideoFacts, platform: Platform, target: Path,
                    title: str | None, stop: threading.Event | None) -> Path:  # fmt: skip
    changes = (
        facts.duration > platform.max_duration
        or needs_video_encode(platform, facts)
        or needs_audio_encode(platform, facts)
        or facts.moov_first is False
        or (platform.title_max is not None and bool(title))
    )
    if changes:
        shown = title[: platform.title_max] if title and platform.title_max else None
        return conform(master, facts, platform, target, title=shown, stop=stop)
    try:
        os.link(master, target)  # the same bytes: no copy, no disk
    except OSError:
        shutil.copy2(master, target)
    return target


# what a kit folder holds; a kit replaces a folder only when it holds nothing else
KIT_FILES = frozenset({"video.mp4", "caption.txt", "title.txt", "video.srt", "video.vtt"})
# what a file manager leaves in a folder it showed (Finder, Explorer, exFAT drives)
SYSTEM_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def _system_file(entry: Path) -> bool:
    return entry.name in SYSTEM_FILES or entry.name.startswith("._")


def kit_target_problem(folder: Path) -> str | None:
    """Why a kit cannot be written at `folder`, or None. It replaces an earlier kit there, so
    a folder holding anything else is refused: `--kit .` had deleted the creator's clips."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return "is not a folder: give a new folder, or an earlier kit, for the kit"
    if not folder.exists():
        return None
    if os.path.ismount(folder):
        return "is a drive's top folder: give a folder inside it for the kit"
    for entry in folder.iterdir():
        if entry.is_symlink():
            ours = False
        elif entry.is_dir():
            ours = all(_system_file(f) or (f.name in KIT_FILES and f.is_file()
                                           and not f.is_symlink())
                       for f in entry.iterdir())  # fmt: skip
        else:
            ours = entry.name == "cover.jpg" or _system_file(entry)
        if not ours:
            return (f"holds '{entry.name}', which is not part of a posting kit: give a new or "
                    "empty folder (a kit replaces only an earlier kit)")  # fmt: skip
    return None


def make_kit(
    master: Path,
    folder: Path,
    platforms: list[Platform],
    caption: str,
    title: str | None = None,
    cover_at: float = 0.0,
    cover_title: str | None = None,
    texts: tuple[TextBox, ...] = (),
    stop: threading.Event | None = None,
    subtitles: tuple[Path, ...] = (),
) -> PostingKit:
    """Build the kit for `platforms` from the finished export `master`."""
    folder = folder.absolute()
    if problem := kit_target_problem(folder):
        raise MediaError(folder, problem)
    folder = folder.resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = process_scratch().beside(folder, "", folder=True)  # swept if the studio dies
    try:
        make_cover(master, cover_at, building / "cover.jpg", cover_title)
        facts = video_facts(master)
        entries = []
        for platform in platforms:
            place = building / platform.id
            place.mkdir()
            text = limit_hashtags(caption, platform.hashtags_max)
            (place / "caption.txt").write_text(text + "\n", encoding="utf-8")
            has_title = platform.title_max is not None and bool(title)
            if has_title:
                (place / "title.txt").write_text(f"{title}"[: platform.title_max] + "\n",
                                                 encoding="utf-8")  # fmt: skip
            _platform_video(master, facts, platform, place / "video.mp4", title, stop)
            for subtitle in subtitles:  # OUTPUT.srt / .vtt beside the platform's video
                shutil.copyfile(subtitle, place / f"video{subtitle.suffix}")
            final = folder / platform.id  # where the files are once the kit is in place
            entries.append(KitEntry(
                platform, final / "video.mp4", final / "caption.txt",
                final / "title.txt" if has_title else None,
                tuple(preflight(platform, facts, caption, title, texts)),
            ))  # fmt: skip
        _replace_folder(building, folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return PostingKit(folder, folder / "cover.jpg", tuple(entries))


def _replace_folder(new: Path, target: Path) -> None:
    """Put `new` where `target` is, removing an older kit only once the new one is in place."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
