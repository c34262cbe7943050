"""What a creator's file is: video, photo or audio, its size as displayed, fps and length.

The bundled ffmpeg has no ffprobe, so this reads `ffmpeg -i`'s stream summary, which is stable
across versions for the fields used here. Every failure becomes a MediaError naming the file.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageOps, UnidentifiedImageError

from studio.media.ffmpeg import MediaError, ffmpeg_exe

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic"}
MAX_PHOTO_PIXELS = 100_000_000  # a decompression bomb is refused, not decoded

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\S+.*?: Video: (\w+).*?, (\d{2,5})x(\d{2,5})[ ,]")
_FPS = re.compile(r"([\d.]+) (?:fps|tbr)")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: (\w+)(?:.*?, (\d+) Hz)?")
_ROTATION = re.compile(r"rotation of (-?[\d.]+) degrees")


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
    rotation: int = 0

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
    except OSError:
        raise MediaError(path, "no such file") from None
    if not path.is_file():
        raise MediaError(path, "no such file")
    if stat.st_size == 0:
        raise MediaError(path, "the file is empty (0 bytes)")
    return _probe_file(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _probe_file(name: str, size: int, mtime_ns: int) -> MediaInfo:
    """The uncached probe; `size` and `mtime_ns` only make a changed file a new key."""
    path = Path(name)
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return _probe_photo(path)
    return parse_ffmpeg_summary(path, _ffmpeg_summary(path))


def _ffmpeg_summary(path: Path) -> str:
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)]
    try:
        result = subprocess.run(command, capture_output=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        raise MediaError(path, "reading the file took too long") from None
    return result.stderr.decode("utf-8", "replace")


def parse_ffmpeg_summary(path: Path, text: str) -> MediaInfo:
    """MediaInfo from the text `ffmpeg -i` prints about its input."""
    video = _VIDEO.search(text)
    audio = _AUDIO.search(text)
    if not video and not audio:
        reason = _reason(text)
        raise MediaError(path, f"not a video, photo or audio file we can read ({reason})")
    duration = 0.0
    if match := _DURATION.search(text):
        hours, minutes, seconds = match.groups()
        duration = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    audio_codec = audio.group(1) if audio else ""
    audio_rate = int(audio.group(2)) if audio and audio.group(2) else 0
    if not video:
        return MediaInfo(path, "audio", duration=duration, audio_codec=audio_codec,
                         audio_rate=audio_rate)  # fmt: skip
    width, height = int(video.group(2)), int(video.group(3))
    line_end = text.find("\n", video.start())
    fps_match = _FPS.search(text[video.start() : line_end if line_end > 0 else None])
    rotation = 0
    if match := _ROTATION.search(text):
        rotation = round(float(match.group(1))) % 360
    if rotation in (90, 270):
        width, height = height, width
    codec = video.group(1)
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
        rotation=rotation,
    )


def _reason(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for needle in ("moov atom not found", "Invalid data found", "No such file", "Permission"):
        for line in lines:
            if needle in line:
                return "moov atom not found: the file is truncated" if "moov" in needle else line
    return lines[-1] if lines else "ffmpeg could not open it"


def _probe_photo(path: Path) -> MediaInfo:
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise MediaError(path, f"the photo is too large ({image.width}x{image.height})")
            image.verify()
        with Image.open(path) as image:
            upright = ImageOps.exif_transpose(image)
            width, height = upright.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(path, f"cannot read the photo ({exc})") from None
    return MediaInfo(path, "photo", width, height)


def load_photo_rgb(path: Path) -> Image.Image:
    """The photo upright (EXIF orientation applied) in RGB."""
    try:
        with Image.open(path) as image:
            return ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise MediaError(path, f"cannot read the photo ({exc})") from None
