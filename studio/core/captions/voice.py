"""Where a take's voice alone is kept, beside the assembled take (whose sound is the mix)."""

from __future__ import annotations

from pathlib import Path

VOICE_SUFFIX = ".voice.wav"


def voice_track(media: Path) -> Path:
    """The file holding only the microphone's sound for `media` (it may not exist: a clip
    brought in from elsewhere has only its own sound)."""
    return media.with_name(media.stem + VOICE_SUFFIX)
