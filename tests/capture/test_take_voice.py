"""A take keeps its voice alone beside it, so auto captions never hear the music mixed under it."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from studio.capture.take import Segment, Take, write_voice_track
from studio.core.captions.voice import voice_track
from tests.media_factory import decode_audio


def _tone_wav(path: Path, hz: float, seconds: float, rate: int = 48_000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    samples = (np.sin(2 * np.pi * hz * t) * 0.5 * 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples.tobytes())
    return path


def test_the_voice_is_written_alone_at_16_khz_where_it_was_sung(tmp_path: Path) -> None:
    music = _tone_wav(tmp_path / "song.wav", 220, 6.0)
    mic = _tone_wav(tmp_path / "mic.wav", 1000, 2.0)
    segment = Segment(1, tmp_path / "segment-001.mp4", 1.0, 4.0, 1.0, np.zeros(0), False,
                      mic=mic, mic_start=2.0)  # fmt: skip
    take = Take(tmp_path, music, 1.0, (segment,))
    output = tmp_path / "take.mp4"
    write_voice_track(take, output)
    voice = voice_track(output)
    assert voice == tmp_path / "take.voice.wav"
    with wave.open(str(voice)) as handle:
        assert (handle.getframerate(), handle.getnchannels()) == (16_000, 1)
    heard = decode_audio(voice, 16_000)
    assert len(heard) / 16_000 == 3.0
    # silence until the voice began (1 s into the take), then the voice: no 220 Hz music
    assert np.abs(heard[:15_000]).max() < 0.01
    spectrum = np.abs(np.fft.rfft(heard[20_000:36_000]))
    frequencies = np.fft.rfftfreq(16_000, 1 / 16_000)
    assert abs(frequencies[int(np.argmax(spectrum))] - 1000) < 5
    assert spectrum[np.argmin(np.abs(frequencies - 220))] < spectrum.max() * 0.01
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mic.wav", "song.wav", "take.voice.wav"]
