"""The facts preflight needs about a video file: probe figures, container, index position."""

from __future__ import annotations

import struct
from pathlib import Path

from studio.core.post.preflight import VideoFacts
from studio.media.ffmpeg import MediaError
from studio.media.probe import probe

CONTAINERS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".mkv": "mkv", ".webm": "webm",
              ".avi": "avi"}  # fmt: skip


def moov_before_mdat(path: Path) -> bool | None:
    """True when an MP4/MOV file's index (moov) precedes its media (mdat); None if neither."""
    try:
        with path.open("rb") as file:
            while header := file.read(8):
                if len(header) < 8:
                    return None
                size, kind = struct.unpack(">I4s", header)
                if kind == b"moov":
                    return True
                if kind == b"mdat":
                    return False
                if size == 1:  # 64-bit size follows
                    size = struct.unpack(">Q", file.read(8))[0] - 8
                elif size == 0:
                    return None
                file.seek(size - 8, 1)
    except (OSError, struct.error):
        return None
    return None


def video_facts(path: Path) -> VideoFacts:
    """Facts of a video; MediaError when it is not a playable video."""
    info = probe(path)
    if info.kind != "video":
        raise MediaError(path, f"is {'a photo' if info.kind == 'photo' else 'audio only'}, "
                         "not a video")  # fmt: skip
    container = CONTAINERS.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    return VideoFacts(
        duration=info.duration,
        fps=round(info.fps, 3),
        width=info.width,
        height=info.height,
        container=container,
        video_codec=info.video_codec,
        audio_codec=info.audio_codec,
        audio_rate=info.audio_rate,
        moov_first=moov_before_mdat(path) if container in ("mp4", "mov") else None,
    )
