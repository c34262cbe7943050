"""Sound damaged in the middle of a file: its packets are there (the file is not cut short, its
index is whole) but a stretch of them does not decode, as after a bad download or copy. The mix
plays that stretch as silence: a song damaged 9 s in gave a video whose music stopped at 9 s,
without a word. Only the part the video plays is decoded (a 15 s video over a 12-minute song
reads 15 s of it), and each part of a file is checked once."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio.core.errors import Problem
from studio.core.render_plan import RenderPlan
from studio.media.audio_mix import clips_with_audio
from studio.media.decode import seek_args
from studio.media.ffmpeg import ffmpeg_exe

TOLD_GAP_SECONDS = 0.1  # sound missing for less than this is not told (one AAC frame is 0.02 s)
TIMEOUT = 60
_TIME_BASE = re.compile(r"#tb \d+: (\d+)/(\d+)")
# how ffmpeg reports a packet its decoder refused (7.x, and the wording before it)
DECODER_FAILED = ("Error submitting packet to decoder", "Error while decoding stream")


@dataclass(frozen=True)
class DamagedSound(Problem):
    """Sound that does not play from `start` to `end` seconds into the file (None: somewhere
    in the part the video plays; the decoder failed but lost no measurable time)."""

    start: float | None = None
    end: float | None = None


def damaged_sound(path: Path, start: float, seconds: float) -> DamagedSound | None:
    """A DamagedSound when the first audio stream of `path`, from `start` for `seconds`, has a
    stretch that does not decode."""
    if seconds <= 0:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None  # the file's own problem is told where it is opened
    return _damaged(path, round(start, 3), round(seconds, 3), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _damaged(
    path: Path, start: float, seconds: float, size: int, mtime_ns: int
) -> DamagedSound | None:
    """The uncached check; `size` and `mtime_ns` only make a changed file a new key. Every
    decoded frame is listed with its time (`framecrc`): frames that did not decode leave a gap
    in the times, and the decoder says it failed."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error",
               *seek_args(start), "-t", f"{seconds:.3f}", "-i", str(path), "-map", "0:a:0",
               "-c:a", "pcm_s16le", "-f", "framecrc", "-"]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    said = done.stderr.decode("utf-8", "replace")
    failed = any(failure in said for failure in DECODER_FAILED)  # not what the demuxer says
    gaps = _gaps(done.stdout.decode("ascii", "replace"))
    lost = sum(end - begin for begin, end in gaps)
    if lost >= TOLD_GAP_SECONDS:
        begin, end = start + gaps[0][0], start + gaps[-1][1]
        message = (f"its sound does not play from {begin:.1f} s to {end:.1f} s of the file (it "
                   "is damaged there): the video is silent then; copy the file again")  # fmt: skip
        return DamagedSound(path, "", message, "warning", begin, end)
    if not failed:
        return None
    # the decoder failed, losing less than can be measured: an MP3 skips to its next frame,
    # and garbage that passes for AAC frames plays as noise
    near = f" near {start + gaps[0][0]:.1f} s of the file" if gaps else ""
    message = (f"its sound is damaged{near} (part of it does not decode): it may skip, crackle "
               "or fall silent there; copy the file again")  # fmt: skip
    return DamagedSound(path, "", message, "warning", *(2 * [start + gaps[0][0]] if gaps else []))


def _gaps(listing: str) -> list[tuple[float, float]]:
    """The stretches (seconds from the first frame) between decoded frames that do not follow
    one another, from ffmpeg's framecrc listing."""
    gaps: list[tuple[float, float]] = []
    numerator, denominator = 1, 1
    reached: int | None = None  # where the last frame ended, in time-base units
    for line in listing.splitlines():
        if match := _TIME_BASE.match(line):
            numerator, denominator = int(match[1]), int(match[2])
            continue
        fields = line.split(",")
        if line.startswith("#") or len(fields) < 4:
            continue
        pts, duration = int(fields[1]), int(fields[3])
        if reached is not None and pts - reached > duration // 2:
            gaps.append((reached * numerator / denominator, pts * numerator / denominator))
        reached = pts + duration
    return gaps


def damaged_sounds(plan: RenderPlan) -> list[DamagedSound]:
    """The song and each clip whose sound the video plays, checked over the part it plays;
    one warning a file."""
    parts = []
    if plan.audio.soundtrack is not None:
        parts.append((plan.audio.soundtrack, plan.audio.start, plan.duration))
    for slot in clips_with_audio(plan):
        assert slot.media is not None
        shows = (slot.visible.end - slot.visible.start) * slot.speed
        parts.append((slot.media, slot.in_point, shows))
    found: dict[Path, DamagedSound] = {}
    for path, start, seconds in parts:
        if path not in found and (damaged := damaged_sound(path, start, seconds)) is not None:
            found[path] = damaged
    return list(found.values())
