"""Sound damaged in the middle of a file: its packets are there (the file is not cut short, its
index is whole) but a stretch of them does not decode, as after a bad download or copy. The mix
plays that stretch as silence in its place (`audio_mix`): a song damaged 9 s in gave a video whose
music stopped there, without a word. Only the part the video plays is decoded (a 15 s video over
a 12-minute song reads 15 s of it), and each part of a file is checked once."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from studio.core.errors import Problem
from studio.core.render_plan import RenderPlan
from studio.media.audio_mix import clips_with_audio
from studio.media.decode import seek_args
from studio.media.ffmpeg import MediaError, ffmpeg_exe
from studio.media.measured_length import cut_short
from studio.media.probe import probe

TOLD_GAP_SECONDS = 0.1  # sound missing for less than this is not told (one AAC frame is 0.02 s)
# a stretch shorter than this is not one: a seek lands up to a frame late, a frame may be dropped
MISSING_SECONDS = 0.05
TIMEOUT = 60
SHOWN_STRETCHES = 3  # the message names this many, then counts the rest
_TIME_BASE = re.compile(r"#tb \d+: (\d+)/(\d+)")
# how ffmpeg reports a packet its decoder refused (7.x, and the wording before it)
DECODER_FAILED = ("Error submitting packet to decoder", "Error while decoding stream")
# formats whose frames carry no times of their own: the demuxer counts them, so a damaged
# stretch is skipped and what follows it plays early (the mix cannot put it back in its place)
UNTIMED = {".mp3", ".mp2", ".aac", ".adts", ".ac3", ".eac3"}


Stretches = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class DamagedSound(Problem):
    """Sound that does not decode in `stretches` (seconds into the file), which the video plays
    at `in_video` (seconds into the video). `skips`: the file's frames are counted, not timed,
    so the sound after the damage comes early rather than the damage playing silent."""

    stretches: Stretches = ()
    in_video: Stretches = ()
    skips: bool = False


def damaged_sound(
    path: Path, start: float, seconds: float, shown_at: float = 0.0, speed: float = 1.0
) -> DamagedSound | None:
    """A DamagedSound when the sound of `path` a player plays, from `start` for `seconds`, has
    a stretch its decoder refuses; the video plays that part from `shown_at` at `speed`."""
    try:
        stat = path.stat()
        info = probe(path)
    except (OSError, MediaError):
        return None  # the file's own problem is told where it is opened
    # the part ends where the file does, when that is sooner: no frame after it is not damage
    seconds = min(seconds, info.duration - start) if info.duration > 0 else seconds
    if seconds <= 0:
        return None
    found = _damaged(path, info.audio_stream, round(start, 3), round(seconds, 3), stat.st_size,
                     stat.st_mtime_ns)  # fmt: skip
    if found is None:
        return None
    stretches, skips = found
    in_video = tuple((shown_at + (begin - start) / speed, shown_at + (end - start) / speed)
                     for begin, end in stretches)  # fmt: skip
    return DamagedSound(path, "", _message(stretches, in_video, skips), "warning", stretches,
                        in_video, skips)  # fmt: skip


def _message(stretches: Stretches, in_video: Stretches, skips: bool) -> str:
    if skips:
        near = (f" near {stretches[0][0]:.1f} s of the file ({in_video[0][0]:.1f} s into the "
                "video)") if stretches else ""  # fmt: skip
        return (
            f"its sound is damaged{near}: it skips there and what follows plays early; "
            "copy the file again"
        )
    return (
        f"its sound does not play {_listed(stretches)} of the file (it is damaged there), "
        f"so the video is without it {_listed(in_video)}; copy the file again"
    )


@lru_cache(maxsize=64)
def _damaged(
    path: Path, stream: int, start: float, seconds: float, size: int, mtime_ns: int
) -> tuple[Stretches, bool] | None:
    """The uncached check: the damaged stretches (seconds into the file) and whether the file
    skips them; `size` and `mtime_ns` only make a changed file a new key. Every decoded frame
    is listed with its time (`framecrc`): frames that did not decode leave a gap in the times.
    Only gaps where the decoder refused packets are told: a clip joined from segments (`-f
    concat -c copy`, an app's stitched story) has gaps of its own between them, which every
    player plays as silence too, and a tag after an MP3's last frame (Lyrics3) makes the
    decoder refuse bytes that are not sound, losing none."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error",
               *seek_args(start), "-t", f"{seconds:.3f}", "-i", str(path),
               "-map", f"0:a:{stream}", "-c:a", "pcm_s16le", "-f", "framecrc", "-"]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    said = done.stderr.decode("utf-8", "replace")
    if not any(failure in said for failure in DECODER_FAILED):  # not what the demuxer says
        return None
    frames = _frames(done.stdout.decode("ascii", "replace"))
    gaps = _gaps(frames, seconds)
    if sum(end - begin for begin, end in gaps) < TOLD_GAP_SECONDS:
        return None
    if path.suffix.lower() in UNTIMED:  # the time lost shows at the end, not where it is
        skip = _first_skip(frames)
        return ((start + skip, start + skip),) if skip is not None else (), True
    return tuple((start + begin, start + end) for begin, end in gaps), False


def _listed(stretches: Stretches) -> str:
    """ "from 3.1 s to 3.5 s, from 9.0 s to 9.4 s and 2 more places"."""
    named = [f"from {begin:.1f} s to {end:.1f} s" for begin, end in stretches[:SHOWN_STRETCHES]]
    more = len(stretches) - SHOWN_STRETCHES
    return ", ".join(named) + (f" and {more} more place{'s' * (more > 1)}" if more > 0 else "")


def _frames(listing: str) -> list[tuple[float, float]]:
    """Each decoded frame's start and end (seconds from the part's start), from ffmpeg's
    framecrc listing."""
    frames: list[tuple[float, float]] = []
    numerator, denominator = 1, 1
    for line in listing.splitlines():
        if match := _TIME_BASE.match(line):
            numerator, denominator = int(match[1]), int(match[2])
            continue
        fields = line.split(",")
        if line.startswith("#") or len(fields) < 4:
            continue
        pts, duration = int(fields[1]), int(fields[3])
        frames.append((pts * numerator / denominator, (pts + duration) * numerator / denominator))
    return frames


def _gaps(frames: list[tuple[float, float]], seconds: float) -> list[tuple[float, float]]:
    """The stretches of at least MISSING_SECONDS with no decoded frame in a part `seconds`
    long: between two frames that do not follow one another, before the first (a part that
    starts inside the damage) and after the last (one that ends inside it)."""
    edges = [0.0, *(time for frame in frames for time in frame), seconds]
    pairs = zip(edges[::2], edges[1::2], strict=True)  # each frame's end to the next's start
    return [(end, begin) for end, begin in pairs if begin - end >= MISSING_SECONDS]


def _first_skip(frames: list[tuple[float, float]]) -> float | None:
    """Where the first frame that does not follow the one before starts (a counted format
    loses as little as one frame's time there, then plays on early)."""
    for before, after in pairwise(frames):
        if after[0] - before[1] > (before[1] - before[0]) / 2:
            return before[1]
    return None


def damaged_sounds(plan: RenderPlan) -> list[DamagedSound]:
    """The song and each clip whose sound the video plays, checked over the part it plays;
    one warning a file."""
    parts: list[tuple[Path, float, float, float, float]] = []
    if plan.audio.soundtrack is not None:
        parts.append((plan.audio.soundtrack, plan.audio.start, plan.duration, 0.0, 1.0))
    for slot in clips_with_audio(plan):
        assert slot.media is not None
        if slot.time_effect != "normal":
            continue  # reversed or frozen: the video does not play its sound in order
        shown = min(slot.visible.end, plan.duration) - slot.visible.start
        parts.append((slot.media, slot.in_point, shown * slot.speed, slot.visible.start,
                      slot.speed))  # fmt: skip
    found: dict[Path, DamagedSound] = {}
    for path, *part in parts:
        if path not in found and (damaged := damaged_sound(path, *part)) is not None:
            found[path] = damaged
    return list(found.values())


def damaged_files(plan: RenderPlan) -> list[Problem]:
    """What is wrong with the files the plan plays, as warnings: the clips, creator inputs and
    song cut short, then those whose sound is damaged where the video plays it (a file cut
    short is told once, for that). The CLI says these before a render, the editor as soon as
    a file is placed."""
    files = [slot.media for slot in (*plan.slots, *plan.inputs) if slot.media is not None]
    if plan.audio.soundtrack is not None:
        files.append(plan.audio.soundtrack)
    cut = cut_short(probe(path) for path in files)
    told = {found.file for found in cut}
    return [*cut, *(found for found in damaged_sounds(plan) if found.file not in told)]
