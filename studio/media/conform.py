"""Make a video fit a platform: cut to its length limit, fix frame rate, size, codecs, index,
and set its title. Stream copy when only the length, index or title change; re-encode otherwise."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from studio.core.platforms import Platform
from studio.core.post.preflight import VideoFacts
from studio.media.decode import fit_filter, square_pixels, whole_pictures
from studio.media.encoder import temporary_output
from studio.media.ffmpeg import FfmpegStopped, MediaError, run_ffmpeg
from studio.media.probe import probe

DEFAULT_FPS = 30


def needs_video_encode(platform: Platform, facts: VideoFacts) -> bool:
    return (
        not platform.fps_min <= facts.fps <= platform.fps_max
        or (facts.width, facts.height) != (platform.width, platform.height)
        or facts.video_codec not in platform.video_codecs
    )


def needs_audio_encode(platform: Platform, facts: VideoFacts) -> bool:
    return bool(facts.audio_codec) and (
        facts.audio_codec not in platform.audio_codecs or facts.audio_rate > platform.max_audio_rate
    )


def conform(
    source: Path,
    facts: VideoFacts,
    platform: Platform,
    output: Path,
    title: str | None = None,
    stop: threading.Event | None = None,
) -> Path:
    """Write `output` (MP4) that `platform` takes; temporary file renamed at the end."""
    sound = probe(source).audio_stream  # the one a player plays
    args = ["-i", str(source), "-map", "0:v:0", "-map", f"0:a:{sound}?"]
    if facts.duration > platform.max_duration:
        args += ["-t", f"{platform.max_duration:.3f}"]
    if needs_video_encode(platform, facts):
        fps = facts.fps if platform.fps_min <= facts.fps <= platform.fps_max else DEFAULT_FPS
        info = probe(source)
        fitted = (
            whole_pictures(info)
            + square_pixels(info)
            + fit_filter(platform.width, platform.height, "contain")
        )
        graph = f"{fitted},fps={fps:g}"
        args += ["-vf", graph, "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
                 "-profile:v", "high", "-pix_fmt", "yuv420p", "-colorspace", "bt709",
                 "-color_primaries", "bt709", "-color_trc", "bt709"]  # fmt: skip
    else:
        args += ["-c:v", "copy"]
    if needs_audio_encode(platform, facts):
        args += ["-c:a", "aac", "-b:a", "192k", "-ar", "48000"]
    else:
        args += ["-c:a", "copy"]
    if title is not None:
        args += ["-metadata", f"title={title}"]
    partial = temporary_output(output)
    try:
        run_ffmpeg([*args, "-movflags", "+faststart", "-f", "mp4", str(partial)], stop=stop)
    except FfmpegStopped:
        partial.unlink(missing_ok=True)
        raise
    except RuntimeError as exc:
        partial.unlink(missing_ok=True)
        raise MediaError(source, f"cannot make a {platform.name} version ({exc})") from None
    os.replace(partial, output)
    return output
