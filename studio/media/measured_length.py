"""How long a file really is, when its header's figure cannot be trusted.

Two cases, both measured without decoding the whole file:
- an MP3 without a Xing/VBRI header: ffmpeg estimates its length from the first frames'
  bitrate, which for a VBR file can be off by seconds; the packets are counted instead (read,
  not decoded: a few milliseconds for a song);
- a file cut short (a copy stopped at 30%) whose index still promises the full length: the
  packets near the promised end are looked for (a picture's copied, a sound's decoded), and
  only when there are none are the packets read to find where the data stops.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core.errors import Problem
from studio.media.ffmpeg import ffmpeg_exe

if TYPE_CHECKING:  # probe uses packet_length, so this module cannot import it at run time
    from studio.media.probe import MediaInfo

ESTIMATED = "Estimating duration from bitrate"
_OUT_TIME = re.compile(rb"out_time_us=(\d+)")
_PACKETS = re.compile(rb"frame=\s*(\d+)")
PROBE_BEFORE_END = 1.0  # seconds before the promised end where a picture must decode
SHORTFALL = 0.25  # a file that ends this much earlier than promised is reported
TIMEOUT = 60


@dataclass(frozen=True)
class Truncation:
    """A file whose data ends before the length its index states."""

    path: Path
    claimed: float
    decodable: float

    @property
    def message(self) -> str:
        return (
            f"ends after {self.decodable:.1f} s of the {self.claimed:.1f} s its index claims "
            "(the file is cut short; copy it again)"
        )

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_warning(self) -> CutShort:
        return CutShort(self.path, "", self.message, "warning", self.claimed, self.decodable)


@dataclass(frozen=True)
class CutShort(Problem):
    """A Truncation told as a warning: the render holds the last picture that decodes. The
    editor says it in the creator's words from `claimed` and `decodable`."""

    claimed: float = 0.0
    decodable: float = 0.0


def packet_length(path: Path, stream: str, fps: float = 0.0) -> float | None:
    """Seconds of packets in `stream` ("v:0", "a:0", or "all": the longest of the video and
    audio streams) read straight through, copied not decoded."""
    maps = ["-map", "0:v?", "-map", "0:a?"] if stream == "all" else ["-map", f"0:{stream}"]
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "quiet", "-i", str(path),
               *maps, "-c", "copy", "-f", "null", "-", "-progress", "pipe:1"]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return None
    times = _OUT_TIME.findall(result.stdout)
    if not times:
        return None
    seconds = int(times[-1]) / 1e6
    if fps > 0 and (packets := _PACKETS.findall(result.stdout)):  # the last frame's own length
        seconds = max(seconds, int(packets[-1]) / fps)
    return seconds


_TIME_BASE = re.compile(rb"^#tb 0: (\d+)/(\d+)$", re.MULTILINE)
_NO_TIME = -(2**63)  # a packet without a time (printed as such)
_PACKET_TIMES = re.compile(rb"^0,\s*-?\d+,\s*(-?\d+),\s*(\d+),", re.MULTILINE)


def loop_period(info: MediaInfo) -> float:
    """How often a looping clip comes round, for its picture and its sound alike: its
    picture's length, which ffmpeg's `-stream_loop` repeats it by (the stated length need not
    be it: a clip cut with `-c copy` states 3.07 s and shows 3.13); the stated length for a
    file without a picture stream ffmpeg can measure."""
    measured = picture_length(info.path) if info.kind == "video" else None
    return measured or info.duration


def picture_length(path: Path) -> float | None:
    """Seconds from the first picture's start to the last one's end, from the packets' own
    times (read, not decoded), leaving out the pictures an edit list discards (a clip trimmed
    by QuickTime or a phone keeps them, to decode from a keyframe); remembered per path, size
    and modification time, since a preview opens a looping clip's reader again at every jump."""
    spans = _picture_spans(path)
    return spans[0] if spans else None


def stored_picture_length(path: Path) -> float | None:
    """The same, counting the pictures an edit list discards too: what ffmpeg's `-stream_loop`
    moves each round by (a clip trimmed from 5 s to 3.5 s came round every 5 s, the picture
    frozen and the sound silent for the 1.5 s between)."""
    spans = _picture_spans(path)
    return spans[1] if spans else None


def _picture_spans(path: Path) -> tuple[float, float] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _picture_length(str(path), stat.st_size, stat.st_mtime_ns)


CORRUPT = 0x2  # AV_PKT_FLAG_CORRUPT: a packet the file's end cut short, say
DISCARDED = 0x4  # AV_PKT_FLAG_DISCARD: a packet decoded only so that later ones can be
_FLAGS = re.compile(rb"F=0x([0-9A-Fa-f]+)\s*$")


@lru_cache(maxsize=64)
def _picture_length(name: str, size: int, mtime_ns: int) -> tuple[float, float] | None:
    """The uncached measure, shown and stored; `size` and `mtime_ns` only make a changed file a
    new key."""
    path = Path(name)
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "quiet", "-i", str(path),
               "-map", "0:v:0", "-c", "copy", "-f", "framecrc", "-"]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return None
    base = _TIME_BASE.search(result.stdout)
    if not base or not int(base.group(2)):
        return None
    timed: list[tuple[int, int, bool]] = []
    for line in result.stdout.splitlines():
        packet = _PACKET_TIMES.match(line)
        if packet is None or int(packet.group(1)) <= _NO_TIME:
            continue
        flags = _FLAGS.search(line)
        discarded = bool(flags and int(flags.group(1), 16) & DISCARDED)
        timed.append((int(packet.group(1)), int(packet.group(2)), discarded))
    lasting = sorted(duration for _, duration, _ in timed if duration > 0)
    usual = lasting[len(lasting) // 2] if lasting else 0  # for packets that give none (MKV, TS)
    unit = int(base.group(1)) / int(base.group(2))

    def span(packets: list[tuple[int, int, bool]]) -> float | None:
        if not packets:
            return None
        start = min(pts for pts, _, _ in packets)
        end = max(pts + (duration or usual) for pts, duration, _ in packets)
        return (end - start) * unit

    stored = span(timed)
    shown = span([packet for packet in timed if not packet[2]]) or stored
    return (shown, stored) if shown is not None and stored is not None else None


def truncation(info: MediaInfo) -> Truncation | None:
    """A Truncation when the clip or song has no data near its stated end, else None."""
    if info.kind == "photo" or info.duration <= PROBE_BEFORE_END:
        return None
    stat = info.path.stat()
    return _truncation(info, stat.st_size, stat.st_mtime_ns)


def cut_short(infos: Iterable[MediaInfo]) -> list[CutShort]:
    """The files among `infos` (each checked once) whose data ends early, as warnings."""
    found = (truncation(info) for info in {info.path: info for info in infos}.values())
    return [cut.as_warning() for cut in found if cut is not None]


def playable_lengths(infos: Iterable[MediaInfo], found: Iterable[Problem]) -> dict[Path, float]:
    """Each video's seconds by file as far as its data goes: its stated length, or where it
    ends when `found` (warnings) has it cut short."""
    lengths = {info.path: info.duration for info in infos if info.kind == "video"}
    for cut in found:
        if isinstance(cut, CutShort) and cut.file in lengths:
            lengths[cut.file] = cut.decodable
    return lengths


@lru_cache(maxsize=128)
def _truncation(info: MediaInfo, size: int, mtime_ns: int) -> Truncation | None:
    """The uncached check; `size` and `mtime_ns` only make a changed file a new key."""
    if info.video_codec in ("gif", "webp", "apng"):  # read whole by Pillow when probed
        return None
    stream = "v:0" if info.kind == "video" else "a:0"
    if _decodes_at(info.path, stream, info.duration - PROBE_BEFORE_END):
        return None
    # every stream is measured: a clip whose picture stops before its sound is whole, not cut
    measured = packet_length(info.path, "all", info.fps if info.kind == "video" else 0.0)
    if measured is None or measured > info.duration - SHORTFALL:
        return None
    return Truncation(info.path, info.duration, measured)


def _decodes_at(path: Path, stream: str, seconds: float) -> bool:
    """Whether the picture (or the sound) has data at `seconds`.

    A picture's packets are copied from there, not decoded: decoding one frame near the end
    decoded every frame from the keyframe before it (0.5 s of both cores on a 15 s clip, at
    the start of every export), where copying takes some hundredths. A copy starts at that
    keyframe too, so the data is there when a whole packet shows at or after `seconds`: its
    own time (not the order it is stored in: B-frames are stored before they show) is not
    before the point, and ffmpeg did not flag it corrupt (a picture cut in half by the end of
    the file, which does not decode)."""
    at = ["-ss", f"{max(0.0, seconds):.3f}", "-i", str(path), "-map", f"0:{stream}"]
    if stream.startswith("v"):
        out = ["-c", "copy", "-f", "framecrc", "-"]
    else:
        out = ["-t", "0.05", "-f", "s16le", "-ac", "1", "pipe:1"]
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "quiet", *at, *out]
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return True  # cannot tell: say nothing rather than something wrong
    if not stream.startswith("v"):
        return len(result.stdout) > 0
    for line in result.stdout.splitlines():
        packet = _PACKET_TIMES.match(line)  # times counted from the point
        flags = _FLAGS.search(line)
        whole = not (flags and int(flags.group(1), 16) & CORRUPT)
        if packet is not None and int(packet.group(1)) >= 0 and whole:
            return True
    return False
