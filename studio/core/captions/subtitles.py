"""Caption lines as SubRip (.srt) and WebVTT (.vtt) files, and words as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from studio.core.captions.cues import CaptionCue
from studio.core.captions.transcript import Transcript


def _stamp(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def srt_text(cues: Sequence[CaptionCue]) -> str:
    """The cues as a SubRip file: numbered blocks, `00:00:01,200 --> 00:00:02,500`."""
    blocks = [
        f"{number}\n{_stamp(cue.start, ',')} --> {_stamp(cue.end, ',')}\n{cue.text}\n"
        for number, cue in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def vtt_text(cues: Sequence[CaptionCue]) -> str:
    """The cues as a WebVTT file, each word tagged with its time (`<00:00:01.400>`) so a
    player that knows karaoke cues can follow the words."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        parts = [cue.words[0].text]
        for word in cue.words[1:]:
            parts.append(f"<{_stamp(word.start, '.')}>{word.text}")
        blocks.append(f"{_stamp(cue.start, '.')} --> {_stamp(cue.end, '.')}\n{' '.join(parts)}\n")
    return "\n".join(blocks)


def words_json(transcript: Transcript) -> str:
    """The transcript as JSON: language, and lines of words with start, end and confidence."""
    return json.dumps(transcript.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
