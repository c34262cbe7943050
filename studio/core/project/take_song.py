"""The song a take was recorded to, read from the take's folder (`take.json`, written by the
recorder), so the song can travel with the take into a template."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from studio.core.small_file import read_small

TAKE_FILE = "take.json"


@dataclass(frozen=True)
class TakeSong:
    track: Path
    start: float  # where in the song the take's first frame was sung


def take_song(media: Path) -> TakeSong | None:
    """The song `media` was recorded to, when it is an assembled take with a song; else None."""
    try:
        data = json.loads(read_small(media.parent / TAKE_FILE, 1 << 20).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("track"), str):
        return None
    track = Path(data["track"])
    start = data.get("track_start", 0.0)
    if not track.is_file() or not isinstance(start, int | float):
        return None
    return TakeSong(track, float(start))
