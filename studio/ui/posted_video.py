"""What Post reads from files for the video it shows, off the window's thread: the video's facts
(for preflight and the cover), the creator's hashtag history and the platforms' trending tags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.core.post.preflight import VideoFacts
from studio.core.post.suggest import PlatformTags, TagHistory, load_platform_tags


@dataclass(frozen=True)
class PostedVideo:
    """What Post reads from files for a video: its facts, the tag history, trending tags."""

    video: Path
    facts: VideoFacts
    history: TagHistory
    platform_tags: dict[str, PlatformTags]


def read_posted_video(video: Path | None) -> PostedVideo | None:
    """Probe `video` and read the hashtag files (a job: ffprobe-like work and file reads)."""
    from studio.media.video_facts import video_facts

    if video is None:
        return None
    return PostedVideo(video, video_facts(video), TagHistory.load(), load_platform_tags())
