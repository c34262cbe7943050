"""The words a clip says, each with its start and end in the clip's own seconds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

# Speech shorter than this is not a word a viewer can read; a zero-length word would vanish.
MIN_WORD_SECONDS = 0.05


class Word(BaseModel):
    """One spoken word: its text and where it is in the source clip (seconds)."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)

    text: str
    start: float = Field(ge=0.0)
    end: float = Field(ge=0.0)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class CaptionLine(BaseModel):
    """Words shown together on screen, in order."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)

    words: tuple[Word, ...]

    @property
    def start(self) -> float:
        return self.words[0].start

    @property
    def end(self) -> float:
        return self.words[-1].end

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


class Transcript(BaseModel):
    """A clip's captions: its lines in the clip's time, and the language they are in."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)

    language: str = ""
    lines: tuple[CaptionLine, ...] = ()
    source: str = ""  # the clip transcribed, so a replaced clip's words are not shown over it

    @property
    def words(self) -> list[Word]:
        return [word for line in self.lines for word in line.words]

    def with_word(self, line: int, index: int, text: str) -> Transcript:
        """This transcript with one word's text replaced (its times kept)."""
        words = list(self.lines[line].words)
        words[index] = words[index].model_copy(update={"text": text})
        return self._with_line(line, [CaptionLine(words=tuple(words))])

    def split_line(self, line: int, before: int) -> Transcript:
        """Line `line` cut in two, the second starting with word `before`."""
        words = self.lines[line].words
        if not 0 < before < len(words):
            return self
        parts = [CaptionLine(words=words[:before]), CaptionLine(words=words[before:])]
        return self._with_line(line, parts)

    def merge_lines(self, line: int) -> Transcript:
        """Line `line` joined with the line after it."""
        if not 0 <= line < len(self.lines) - 1:
            return self
        joined = CaptionLine(words=self.lines[line].words + self.lines[line + 1].words)
        lines = (*self.lines[:line], joined, *self.lines[line + 2 :])
        return self.model_copy(update={"lines": lines})

    def _with_line(self, line: int, parts: Sequence[CaptionLine]) -> Transcript:
        lines = (*self.lines[:line], *parts, *self.lines[line + 1 :])
        return self.model_copy(update={"lines": lines})


def sane_word(text: str, start: float, end: float, confidence: float) -> Word | None:
    """A recogniser's word made safe: never starting after it ends, never empty; None for
    a word with no text."""
    text = text.strip()
    if not text:
        return None
    start = max(0.0, start)
    end = max(end, start + MIN_WORD_SECONDS)
    return Word(text=text, start=start, end=end, confidence=min(1.0, max(0.0, confidence)))


def _key(line: CaptionLine) -> str:
    return " ".join(w.text.casefold().strip(".,!?;:…\"'") for w in line.words)


REPEAT_WINDOW = 2  # a line equal to one of the last two is a recogniser's loop


def tidy_lines(lines: Iterable[CaptionLine]) -> tuple[CaptionLine, ...]:
    """Lines in time order with loops dropped (a recogniser stuck on music says the same line
    again and again; a creator saying a line again later is kept) and no word starting before
    the previous word ends."""
    out: list[CaptionLine] = []
    recent: list[str] = []
    last_end = 0.0
    for line in sorted(lines, key=lambda item: item.start):
        key = _key(line)
        if not key or key in recent[-REPEAT_WINDOW:]:
            continue
        recent.append(key)
        words: list[Word] = []
        for word in line.words:
            start = max(word.start, last_end)
            end = max(word.end, start + MIN_WORD_SECONDS)
            words.append(word.model_copy(update={"start": start, "end": end}))
            last_end = end
        out.append(CaptionLine(words=tuple(words)))
    return tuple(out)


def lines_of(words: Sequence[Word], max_words: int = 5, max_gap: float = 0.7) -> list[CaptionLine]:
    """Words grouped into short lines: a new line after `max_words`, a pause of `max_gap`
    seconds or a sentence's end, as short-video captions are read."""
    lines: list[CaptionLine] = []
    current: list[Word] = []
    for word in words:
        if current and (
            len(current) >= max_words
            or word.start - current[-1].end > max_gap
            or current[-1].text.endswith((".", "!", "?"))
        ):
            lines.append(CaptionLine(words=tuple(current)))
            current = []
        current.append(word)
    if current:
        lines.append(CaptionLine(words=tuple(current)))
    return lines
