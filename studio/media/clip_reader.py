"""Open the right reader for a clip: ffmpeg for video files, Pillow for animated pictures."""

from __future__ import annotations

from typing import Protocol

from studio.media.decode import Frame, VideoReader
from studio.media.picture import ANIMATED_CODECS
from studio.media.probe import MediaInfo


class ClipReader(Protocol):
    """Frames of a clip in order; `read()` gives None at the end."""

    frames_read: int

    def read(self) -> Frame | None: ...

    def close(self) -> None: ...


def is_animation(info: MediaInfo) -> bool:
    """An animated GIF, WebP or PNG probed as a clip."""
    return info.kind == "video" and info.video_codec in ANIMATED_CODECS and not info.audio_codec


def open_clip(
    info: MediaInfo, width: int, height: int, fps: int, start: float = 0.0, speed: float = 1.0,
    fit: str = "cover", loop: bool = False, loop_seconds: float | None = None,
) -> ClipReader:  # fmt: skip
    """A reader of `info`'s frames from `start` at `speed`, fitted to width x height; a looping
    one gives at least `loop_seconds` of the clip (None: without end)."""
    if is_animation(info):
        from studio.media.animated import AnimatedReader  # Pillow-based, only when needed

        return AnimatedReader(info, width, height, fps, start, speed, fit, loop)
    return VideoReader(info, width, height, fps, start=start, speed=speed, fit=fit, loop=loop,
                       loop_seconds=loop_seconds)  # fmt: skip
