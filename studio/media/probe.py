"""What a creator's file is: video, photo or audio, its size as displayed, fps and length.

The bundled ffmpeg has no ffprobe, so this reads `ffmpeg -i`'s stream summary, which is stable
across versions for the fields used here. Every failure becomes a MediaError naming the file.
"""

from __future__ import annotations

import re
import stat as stat_kind
import subprocess
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

from PIL import features

from studio.media.ffmpeg import MediaError, ffmpeg_exe
from studio.media.measured_length import ESTIMATED, packet_length
from studio.media.picture import MAX_PICTURE_PIXELS, inspect_picture

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".apng", ".webp", ".bmp", ".gif", ".tif", ".tiff",
                  ".heic", ".heif", ".jp2", ".j2k", ".jpx", ".tga", ".qoi"}  # fmt: skip
# Pillow 11.3 reads AVIF (ffmpeg read it as a one-frame video); an older one does not know the
# name and warns when asked with `check`
if "avif" in features.modules and features.check_module("avif"):
    PHOTO_SUFFIXES.add(".avif")
MAX_PHOTO_PIXELS = MAX_PICTURE_PIXELS  # a decompression bomb is refused, not decoded
NOT_MEDIA = "is not a video or photo"

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\S+.*?: Video: (\w+).*?, (\d{1,5})x(\d{1,5})[ ,]")
_SAR = re.compile(r"\[SAR (\d+):(\d+) DAR")
_FPS = re.compile(r"([\d.]+) (?:fps|tbr)")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: (\w+)(?:.*?, (\d+) Hz)?")
_ROTATION = re.compile(r"rotation of (-?[\d.]+) degrees")
# "yuv420p(tv, bt709/unknown/unknown, progressive)": pixel format, then range, matrix, ...
_PIXELS = re.compile(r", (\w+)\(([^)]*)\)")
_MATRICES = {"bt709", "smpte170m", "bt470bg", "smpte240m", "bt2020nc", "bt2020c", "fcc", "ycgco",
             "gbr", "smpte2085", "chroma-derived-nc", "chroma-derived-c", "ictcp"}  # fmt: skip


@dataclass(frozen=True)
class MediaInfo:
    """A probed file. `width` x `height` is the picture as displayed (rotation applied)."""

    path: Path
    kind: Literal["video", "photo", "audio"]
    width: int = 0
    height: int = 0
    fps: float = 0.0
    duration: float = 0.0
    video_codec: str = ""
    audio_codec: str = ""
    audio_rate: int = 0
    audio_stream: int = 0  # which of the sound streams is played (`0:a:N`): see _chosen_sound
    rotation: int = 0
    # the stored picture's pixel shape (anamorphic video: PAL 720x576 is stored at 64:45);
    # width x height above is already the displayed size, and the decoder makes pixels square
    sample_aspect: tuple[int, int] = (1, 1)
    pixel_format: str = ""  # as ffmpeg names it: yuv420p, yuvj420p, yuv420p10le, ...
    colour_matrix: str = ""  # the stream's YUV matrix tag (bt709, smpte170m...), "" untagged
    full_range: bool = False  # YUV levels 0-255 (pc) rather than 16-235 (tv)
    # HDR: the transfer curve (arib-std-b67 is HLG, an iPhone's HDR video; smpte2084 is PQ,
    # HDR10) and the primaries (bt2020), "" when untagged or not HDR
    transfer: str = ""
    primaries: str = ""
    # stored as two fields a moment apart (a camcorder's 1080i, broadcast, DV): shown as they
    # are, every moving edge is combed, and a cover crop's upscale makes the teeth larger
    interlaced: bool = False

    @property
    def anamorphic(self) -> bool:
        return self.sample_aspect[0] != self.sample_aspect[1]

    @property
    def has_audio(self) -> bool:
        return bool(self.audio_codec)


def probe(path: str | Path) -> MediaInfo:
    """Probe a file; MediaError says in one line why it cannot be used.

    Results are remembered per path, size and modification time: the editor checks every
    slot's file on each edit, and a render asks again for the compositor and the audio mix.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise MediaError(path, "no such file") from None
    except PermissionError:
        raise MediaError(path, "permission denied (the file cannot be read)") from None
    except OSError as exc:
        raise MediaError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if stat_kind.S_ISDIR(stat.st_mode):
        raise MediaError(path, "is a folder, not a video or photo")
    if not stat_kind.S_ISREG(stat.st_mode):  # a device or a pipe would block or never end
        raise MediaError(path, f"{NOT_MEDIA} (it is a device or pipe, not a file)")
    if stat.st_size == 0:
        raise MediaError(path, "the file is empty (0 bytes)")
    try:
        with path.open("rb") as file:
            file.read(16)
    except PermissionError:
        raise MediaError(path, "permission denied (the file cannot be read)") from None
    except OSError as exc:
        raise MediaError(path, f"cannot read the file ({exc.strerror or exc})") from None
    return _probe_file(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _probe_file(name: str, size: int, mtime_ns: int) -> MediaInfo:
    """The uncached probe; `size` and `mtime_ns` only make a changed file a new key."""
    path = Path(name)
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return _probe_photo(path)
    text = _ffmpeg_summary(path)
    info = parse_ffmpeg_summary(path, text)
    if info.kind == "video" and info.duration <= 0:
        # no length in the header (a browser's camera or screen recorder writes WebM so):
        # `check` called it 0.0 s long and a platform's minimum refused it
        measured = packet_length(path, "all", info.fps)
        if measured:
            return replace(info, duration=round(measured, 6))
    if ESTIMATED in text and info.has_audio:
        # a VBR MP3 without a Xing header: the estimate trusts the first frames' bitrate
        measured = packet_length(path, f"a:{info.audio_stream}")
        if measured:
            info = replace(info, duration=round(measured, 6))
    return info


def _ffmpeg_summary(path: Path) -> str:
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)]
    try:
        result = subprocess.run(command, capture_output=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        raise MediaError(path, "reading the file took too long") from None
    return result.stderr.decode("utf-8", "replace")


def _moving_picture(text: str) -> re.Match[str] | None:
    """The first video stream that is a picture of the file's own, not its cover art: a song's
    album art is an `attached pic`, and a song with one is still a song (read as a clip, it gave
    one frame or none, and a slot waited a third of a second a frame for more)."""
    for match in _VIDEO.finditer(text):
        line_end = text.find("\n", match.start())
        if "(attached pic)" not in text[match.start() : line_end if line_end > 0 else None]:
            return match
    return None


def _chosen_sound(text: str) -> tuple[re.Match[str] | None, int]:
    """The sound stream a player plays, and its number among the file's sound streams: the
    one marked default, else the first. A recording with a silent first track and the sound
    marked default (an MKV of a stream, with commentary) was exported silent."""
    found = list(_AUDIO.finditer(text))
    for number, match in enumerate(found):
        line_end = text.find("\n", match.start())
        if "(default)" in text[match.start() : line_end if line_end > 0 else None]:
            return match, number
    return (found[0], 0) if found else (None, 0)


def parse_ffmpeg_summary(path: Path, text: str) -> MediaInfo:
    """MediaInfo from the text `ffmpeg -i` prints about its input."""
    video = _moving_picture(text)
    audio, audio_stream = _chosen_sound(text)
    if not video and not audio:
        raise MediaError(path, _reason(path, text))
    duration = 0.0
    if match := _DURATION.search(text):
        hours, minutes, seconds = match.groups()
        duration = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    audio_codec = audio.group(1) if audio else ""
    audio_rate = int(audio.group(2)) if audio and audio.group(2) else 0
    if not video:
        return MediaInfo(path, "audio", duration=duration, audio_codec=audio_codec,
                         audio_rate=audio_rate, audio_stream=audio_stream)  # fmt: skip
    width, height = int(video.group(2)), int(video.group(3))
    sample_aspect = (1, 1)
    if (sar := _SAR.match(text, video.end())) and int(sar.group(1)) and int(sar.group(2)):
        sample_aspect = (int(sar.group(1)), int(sar.group(2)))
    if sample_aspect[0] != sample_aspect[1]:
        # stored 720x576 at 64:45 is shown 1024x576: the width stretches, the height stays
        # (square pixels keep their width: a 5x7 clip was told as 4x7)
        width = max(2, round(width * sample_aspect[0] / sample_aspect[1] / 2) * 2)
    line_end = text.find("\n", video.start())
    fps_match = _FPS.search(text[video.start() : line_end if line_end > 0 else None])
    rotation = 0
    if match := _ROTATION.search(text):
        rotation = round(float(match.group(1))) % 360
    if rotation in (90, 270):
        width, height = height, width
    codec = video.group(1)
    pixels = _pixels(text[video.start() : video.end()])
    if codec in ("png", "mjpeg", "bmp", "webp") and duration == 0.0:
        return MediaInfo(path, "photo", width, height, video_codec=codec)
    return MediaInfo(
        path,
        "video",
        width,
        height,
        fps=float(fps_match.group(1)) if fps_match else 30.0,
        duration=duration,
        video_codec=codec,
        audio_codec=audio_codec,
        audio_rate=audio_rate,
        audio_stream=audio_stream,
        rotation=rotation,
        sample_aspect=sample_aspect if sample_aspect[0] != sample_aspect[1] else (1, 1),
        pixel_format=pixels.format,
        colour_matrix=pixels.matrix,
        full_range=pixels.full_range,
        interlaced=pixels.interlaced,
        transfer=pixels.transfer,
        primaries=pixels.primaries,
    )


class _Pixels(NamedTuple):
    format: str = ""
    matrix: str = ""
    full_range: bool = False
    interlaced: bool = False
    transfer: str = ""
    primaries: str = ""


def _pixels(stream: str) -> _Pixels:
    """What a stream line's `yuv420p10le(tv, bt2020nc/bt2020/arib-std-b67, top first)` says:
    pixel format; range; matrix, primaries and transfer (one name stands for all three when
    they agree: `bt709`); field order: `top first`, `bottom first` or, with the fields stored
    the other way round, `top coded first (swapped)`, else `progressive`."""
    match = _PIXELS.search(stream)
    if not match:
        plain = re.search(r", (yuv\w+|nv12|gray\w*|rgb\w+|bgr\w+)[, ]", stream)
        return _Pixels(plain.group(1) if plain else "")
    pixel_format = match.group(1)
    details = [part.strip() for part in match.group(2).split(",")]
    full = "pc" in details or pixel_format.startswith("yuvj")
    interlaced = any(part.endswith("first") or "first (" in part for part in details)
    for part in details:
        names = part.split("/")
        matrix = names[0] if names[0] in _MATRICES else ""
        if len(names) == 3:  # an untagged matrix may still come with HDR's transfer
            return _Pixels(pixel_format, matrix, full, interlaced, names[2], names[1])
        if matrix:
            return _Pixels(pixel_format, matrix, full, interlaced, matrix, matrix)
    return _Pixels(pixel_format, "", full, interlaced)


def _reason(path: Path, text: str) -> str:
    """What the creator can act on, from ffmpeg's complaint (never its internals)."""
    if "Permission denied" in text:
        return "permission denied (the file cannot be read)"
    if "moov atom not found" in text:
        if _looks_like_mp4(path):
            return "the file is cut short: its index (moov atom) is missing; copy it again"
        return NOT_MEDIA
    if "No such file" in text:
        return "no such file"
    return f"{NOT_MEDIA} (no picture or sound could be read from it)"


def _looks_like_mp4(path: Path) -> bool:
    """An MP4/MOV starts with an `ftyp` (or another ISO) box; random bytes do not."""
    try:
        with path.open("rb") as file:
            head = file.read(12)
    except OSError:
        return False
    return len(head) >= 8 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip")


def _probe_photo(path: Path) -> MediaInfo:
    picture = inspect_picture(path)
    if picture.animated:  # a GIF, WebP or PNG that moves is a clip, not a still
        return MediaInfo(path, "video", picture.width, picture.height, fps=picture.fps,
                         duration=picture.duration, video_codec=picture.format)  # fmt: skip
    return MediaInfo(path, "photo", picture.width, picture.height)


NO_SOUND = "has no audio to use as a soundtrack"


def probe_soundtrack(path: str | Path) -> MediaInfo:
    """`probe` for a file given as a soundtrack: its problems are told as a song's (a file
    ffmpeg cannot read was called "not a video or photo", which a song never is)."""
    try:
        info = probe(path)
    except MediaError as exc:
        if exc.problem.startswith(NOT_MEDIA):
            raise MediaError(exc.path, "is not a song or other sound file" +
                             exc.problem[len(NOT_MEDIA):]) from None  # fmt: skip
        raise
    if not info.has_audio:
        raise MediaError(path, NO_SOUND)
    return info
