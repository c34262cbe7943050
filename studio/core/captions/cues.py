"""Caption lines as the video shows them: output-time words, and where and how they are drawn."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.core.captions.looks import CaptionLook


@dataclass(frozen=True)
class CueWord:
    """A word as seen in the video: text and output-time start and end (seconds)."""

    text: str
    start: float
    end: float
    # where the word is in the project's transcripts (slot, line, index), for editing it
    source: tuple[str, int, int] | None = None

    @property
    def key(self) -> str:
        """`slot:line:index`, the word's id on the timeline ("" when it has no source)."""
        return ":".join(str(part) for part in self.source) if self.source else ""


@dataclass(frozen=True)
class CaptionCue:
    """One caption line on the output timeline."""

    start: float
    end: float
    words: tuple[CueWord, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    def active_word(self, t: float) -> int | None:
        """The index of the word being said at `t` (the last one started), or None before."""
        current = None
        for index, word in enumerate(self.words):
            if word.start <= t:
                current = index
        return current


@dataclass(frozen=True)
class CaptionBox:
    """Where captions sit, in canvas fractions: the box's centre x, its bottom, width, height.

    Anchored at the bottom so a one-line caption sits where a two-line one ends, just above
    the platforms' buttons.
    """

    x: float = 0.46
    bottom: float = 0.64
    width: float = 0.76
    height: float = 0.16


@dataclass(frozen=True)
class PlannedCaptions:
    """The video's caption lines with their look, box, font and line limit."""

    cues: tuple[CaptionCue, ...]
    look: CaptionLook
    box: CaptionBox = CaptionBox()
    font_path: Path | None = None  # a template's own font, else the look's bundled font
    max_lines: int = 2

    def cue_at(self, t: float) -> CaptionCue | None:
        """The caption line on screen at output time `t`."""
        for cue in self.cues:
            if cue.start <= t < cue.end:
                return cue
        return None
