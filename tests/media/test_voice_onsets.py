"""Word times pulled in to where the voice is: Whisper's early starts after a pause and its
ends that run into the next word are corrected from the signal's energy."""

from __future__ import annotations

import numpy as np

from studio.core.captions.transcript import Word
from studio.media.speech.voice_onsets import loud_frames, trim_to_voice

RATE = 16_000


def _signal(bursts: list[tuple[float, float]], seconds: float = 6.0) -> np.ndarray:
    rng = np.random.default_rng(1)
    samples = rng.normal(0, 0.001, int(seconds * RATE)).astype(np.float32)  # a quiet room
    for start, end in bursts:
        t = np.arange(int((end - start) * RATE)) / RATE
        samples[int(start * RATE) : int(start * RATE) + t.size] += 0.3 * np.sin(2 * np.pi * 220 * t)
    return samples


def test_a_start_pulled_early_into_a_pause_moves_to_the_voice() -> None:
    loud = loud_frames(_signal([(0.5, 1.0), (3.0, 3.5)]), RATE)
    words = [Word(text="one", start=0.5, end=1.0), Word(text="two", start=1.6, end=3.5)]
    one, two = trim_to_voice(words, loud)
    assert abs(two.start - 3.0) <= 0.05  # Whisper said 1.6 s: the pause was filled
    assert abs(two.end - 3.5) <= 0.05
    assert (one.start, one.end) == (0.5, 1.0) or abs(one.end - 1.0) <= 0.05


def test_a_late_start_moves_back_to_its_own_sound_and_an_end_stops_before_the_next_word() -> None:
    loud = loud_frames(_signal([(1.0, 1.4), (2.0, 2.4)]), RATE)
    words = [Word(text="one", start=1.2, end=2.2), Word(text="two", start=2.2, end=2.5)]
    one, two = trim_to_voice(words, loud)
    assert abs(one.start - 1.0) <= 0.05  # began before Whisper's start, after nothing
    assert abs(one.end - 1.4) <= 0.05  # not into "two"
    assert abs(two.start - 2.0) <= 0.05 and two.start >= one.end


def test_a_word_in_silence_or_without_contrast_keeps_its_times() -> None:
    quiet = loud_frames(np.zeros(3 * RATE, np.float32), RATE)
    word = Word(text="hm", start=1.0, end=1.5)
    assert trim_to_voice([word], quiet) == [word]
