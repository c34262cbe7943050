"""Where the voice really begins and ends, from the signal's energy.

Whisper fills a pause with the next word, so after a silence a word's start can come seconds
early; the signal says where the sound begins. Each word is pulled in to the first and last
loud 10 ms frame inside its own span.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from studio.core.captions.transcript import MIN_WORD_SECONDS, Word

FRAME_SECONDS = 0.01
EDGE_SECONDS = 0.03  # kept before the first loud frame and after the last (soft consonants)


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


def trim_to_voice(words: Sequence[Word], loud: np.ndarray) -> list[Word]:
    """Each word's start moved to where its sound begins (and end to where it stops), never
    past each other; a word with no loud frame keeps its times."""
    out: list[Word] = []
    for word in words:
        first = int(word.start / FRAME_SECONDS)
        last = min(len(loud), int(np.ceil(word.end / FRAME_SECONDS)))
        hits = np.flatnonzero(loud[first:last])
        if hits.size == 0:
            out.append(word)
            continue
        start = max(word.start, (first + hits[0]) * FRAME_SECONDS - EDGE_SECONDS)
        end = min(word.end, (first + hits[-1] + 1) * FRAME_SECONDS + EDGE_SECONDS)
        end = max(end, start + MIN_WORD_SECONDS)
        out.append(word.model_copy(update={"start": round(start, 3), "end": round(end, 3)}))
    return out
