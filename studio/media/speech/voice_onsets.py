"""Where the voice really begins and ends, from the signal's energy.

Whisper fills a pause with the next word, so after a silence a word's start can come seconds
early (and an end can run into the next word). The signal says where sound is: loud 10 ms frames
grouped into runs (gaps under 80 ms joined). A word whose span opens on silence, or on the tail
of the sound before it, starts where its own run begins; its end is pulled back likewise. A word
whose own run began before Whisper's start (and after the word before) starts with the run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from studio.core.captions.transcript import MIN_WORD_SECONDS, Word

FRAME_SECONDS = 0.01
EDGE_SECONDS = 0.03  # kept before a run's first loud frame and after its last (soft consonants)
JOIN_FRAMES = 8  # quiet gaps shorter than this are inside a word (plosives, stops)


def loud_frames(samples: np.ndarray, rate: int) -> np.ndarray:
    """One flag per 10 ms: True where the sound stands out of the recording's own floor."""
    size = max(1, round(rate * FRAME_SECONDS))
    count = len(samples) // size
    if count == 0:
        return np.zeros(0, bool)
    frames = samples[: count * size].astype(np.float32).reshape(count, size)
    level = 10 * np.log10(np.mean(frames * frames, axis=1) + 1e-12)
    floor = max(float(np.percentile(level, 10)), -80.0)
    peak = float(np.percentile(level, 99))
    if peak - floor < 12:  # no contrast: nothing to trim against
        return np.ones(count, bool)
    flags: np.ndarray = level > floor + 0.3 * (peak - floor)
    return flags


def sound_runs(loud: np.ndarray) -> list[tuple[int, int]]:
    """Runs of loud frames as (first, last + 1) frame indices, short gaps joined."""
    runs: list[tuple[int, int]] = []
    for index in np.flatnonzero(loud):
        i = int(index)
        if runs and i - runs[-1][1] < JOIN_FRAMES:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _trimmed(word: Word, runs: list[tuple[int, int]], after: float) -> Word:
    first = word.start / FRAME_SECONDS
    last = word.end / FRAME_SECONDS
    middle = (first + last) / 2
    inside = [(a, b) for a, b in runs if b > first and a < last]
    if not inside:
        return word
    # the run the span opens on is the tail of the word before when it began before that word
    # ended and stops before this span's middle: this word's own sound is the next run
    opening = inside[0]
    earlier = opening[0] * FRAME_SECONDS < after
    if earlier and opening[1] < middle and len(inside) > 1:
        inside = inside[1:]
    closing = inside[-1]
    if closing[1] > last and closing[0] > middle and len(inside) > 1:
        inside = inside[:-1]
    # a run the span opens inside that began after the word before ended is this word's own
    # sound, begun earlier than Whisper said: the start moves back to it
    begun = inside[0][0] * FRAME_SECONDS - EDGE_SECONDS
    start = begun if after <= begun < word.start else max(word.start, begun)
    end = min(word.end, inside[-1][1] * FRAME_SECONDS + EDGE_SECONDS)
    end = max(end, start + MIN_WORD_SECONDS)
    return word.model_copy(update={"start": round(float(start), 3), "end": round(float(end), 3)})


def trim_to_voice(words: Sequence[Word], loud: np.ndarray) -> list[Word]:
    """Each word pulled in to its own sound; a word with no loud frame keeps its times."""
    runs = sound_runs(loud)
    out: list[Word] = []
    for word in words:
        out.append(_trimmed(word, runs, out[-1].end if out else 0.0))
    return out
