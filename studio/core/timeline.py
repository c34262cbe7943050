"""Resolve a template's times: beats to seconds, slots placed one after another, total length."""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass

from studio.core.template.schema import BeatGrid, Slot, Template, Timed


@dataclass(frozen=True)
class Span:
    """A resolved time range on the output timeline, in seconds."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start

    def contains(self, t: float) -> bool:
        return self.start <= t < self.end


class BeatClock:
    """Beat numbers to seconds of the video and back. Beat 0 is the grid's first beat. The grid
    is in the track's own time (`first_beat` is seconds into the track); the video hears the
    track from `offset` seconds in (the soundtrack's `start`), so a beat at t in the track is at
    t - offset in the video (every cut and punch-in was `offset` late)."""

    def __init__(self, grid: BeatGrid | None, offset: float = 0.0) -> None:
        self._grid = grid
        self._times = list(grid.times) if grid and grid.times else None
        self.offset = offset

    @property
    def known(self) -> bool:
        return self._grid is not None

    def beat_times(self, until: float) -> list[float]:
        """Every beat time of the video, from its start up to `until` seconds."""
        if self._times is not None:
            return [t - self.offset for t in self._times if 0 <= t - self.offset <= until]
        out: list[float] = []
        beat = max(0, math.ceil(self.beat(0.0) - 1e-9))
        while (t := self.seconds(beat)) <= until:
            out.append(t)
            beat += 1
        return out

    def seconds(self, beat: float) -> float:
        """The video's time of a (fractional) beat number."""
        return self._track_seconds(beat) - self.offset

    def _track_seconds(self, beat: float) -> float:
        if self._grid is None:
            raise ValueError("this soundtrack has no beat grid")
        if self._grid.bpm is not None:
            return self._grid.first_beat + beat * 60.0 / self._grid.bpm
        times = self._times or [0.0]
        if len(times) == 1:
            return times[0]
        index = min(max(int(beat), 0), len(times) - 2)
        step = times[index + 1] - times[index]
        return times[index] + (beat - index) * step

    def beat(self, seconds: float) -> float:
        """The (fractional) beat number at a time of the video."""
        if self._grid is None:
            raise ValueError("this soundtrack has no beat grid")
        seconds += self.offset
        if self._grid.bpm is not None:
            return (seconds - self._grid.first_beat) * self._grid.bpm / 60.0
        times = self._times or [0.0]
        if len(times) == 1:
            return 0.0
        index = min(max(bisect.bisect_right(times, seconds) - 1, 0), len(times) - 2)
        return index + (seconds - times[index]) / (times[index + 1] - times[index])


def resolve_span(
    item: Timed, clock: BeatClock, default_start: float, default_end: float | None
) -> Span:
    """Seconds of one timed item; missing start/duration fall back to the defaults."""
    if item.start_beats is not None:
        start = clock.seconds(item.start_beats)
    elif item.start is not None:
        start = item.start
    else:
        start = default_start
    if item.duration_beats is not None:
        end = clock.seconds(clock.beat(start) + item.duration_beats)
    elif item.duration is not None:
        end = start + item.duration
    elif default_end is not None:
        end = default_end
    else:
        raise ValueError("no duration")
    return Span(start, max(end, start))


@dataclass(frozen=True)
class Timeline:
    """Where every slot, text and sticker sits, in seconds."""

    total: float
    slots: dict[str, Span]
    texts: dict[str, Span]
    stickers: dict[str, Span]


def media_span(
    slot: Slot, clock: BeatClock, default_start: float, media_seconds: float | None
) -> Span:
    """A `"duration": "media"` slot: as long as its clip, kept within its min and max; the
    longest while the clip is not known (so a budget or a recording plans for the most)."""
    low = float(getattr(slot, "min_duration", 0.0))
    high = float(getattr(slot, "max_duration", 3600.0))
    length = high if media_seconds is None else min(max(media_seconds, low), high)
    start = default_start
    if slot.start_beats is not None:
        start = clock.seconds(slot.start_beats)
    elif slot.start is not None:
        start = slot.start
    return Span(start, start + length)


def resolve_timeline(
    template: Template,
    grid: BeatGrid | None,
    soundtrack_seconds: float | None = None,
    media_seconds: Mapping[str, float] | None = None,
    offset: float = 0.0,
) -> Timeline:
    """Place everything on the timeline. `soundtrack_seconds` is the usable track length;
    `media_seconds` the length of each `"duration": "media"` slot's clip, by slot id; `offset`
    where in the track the video starts (beats are in the track's time)."""
    clock = BeatClock(grid, offset)
    slots: dict[str, Span] = {}
    cursor = 0.0
    lengths = media_seconds or {}
    for slot in template.slots:
        if slot.duration == "media":  # type: ignore[comparison-overlap]  # format 2 only
            span = media_span(slot, clock, cursor, lengths.get(slot.id))
        else:
            span = resolve_span(slot, clock, cursor, None)
        slots[slot.id] = span
        cursor = span.end
    if template.duration is not None:
        total = template.duration
    elif template.follow_soundtrack and soundtrack_seconds is not None:
        total = soundtrack_seconds
    else:
        total = max(span.end for span in slots.values())
    if template.follow_soundtrack and soundtrack_seconds is not None:
        last = template.slots[-1].id
        slots[last] = Span(slots[last].start, max(slots[last].end, total))
    texts = {t.id: resolve_span(t, clock, 0.0, total) for t in template.texts}
    stickers = {s.id: resolve_span(s, clock, 0.0, total) for s in template.stickers}
    return Timeline(total, slots, texts, stickers)
