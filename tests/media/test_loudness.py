"""The finished mix lands at -14 LUFS with its true peak under -1 dBTP, by one static gain when
that is enough and by loudnorm's dynamic mode when it is not (measured by ffmpeg's own R128
meter on the written file, not by the code under test)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.scratch import process_scratch
from studio.core.template import load_template
from studio.media import audio_mix
from studio.media.audio_mix import Loudness, loudness_stats, normalise_filter, render_audio
from studio.media.ffmpeg import MediaError, run_ffmpeg
from studio.media.render import prepare, render
from tests.media_factory import small_template, solid_clip

RATE = 48_000


def _music(path: Path, level: float, seconds: float = 8.0, clicks: bool = False) -> None:
    """A chord of three tones peaking at `level` of full scale, with a loud click every half
    second if asked (quiet, with peaks 30 dB above it: a gain up to -14 LUFS would clip)."""
    t = np.arange(int(seconds * RATE)) / RATE
    tones = sum(np.sin(2 * np.pi * hz * t) for hz in (220, 277, 330))
    signal = tones / np.abs(tones).max() * level
    if clicks:
        signal[:: RATE // 2] = 0.95
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((signal * 32767).astype(np.int16).tobytes())


def _measure(path: Path) -> Loudness:
    result = run_ffmpeg(["-i", str(path), "-af", "ebur128=peak=true:framelog=quiet",
                         "-f", "null", "-"], loglevel="info")  # fmt: skip
    measured = loudness_stats(result.stderr.decode())
    assert measured is not None
    return measured


LEVELS = [
    (0.05, False, "volume="),  # quiet, soft peaks: one gain up reaches -14 under the ceiling
    (0.9, False, "volume="),  # loud: one gain down
    # quiet with loud clicks: one gain up would clip them, so loudnorm rides the level and gets
    # as close to -14 as the ceiling lets it (from -40 LUFS)
    (0.03, True, "loudnorm="),
]


def _plan_with_music(tmp_path: Path, level: float, clicks: bool):  # type: ignore[no-untyped-def]
    folder = small_template(tmp_path / "t", {
        "duration": 8,
        "soundtrack": {"track": "music.wav", "clip_audio_db": None},
        "slots": [{"id": "one", "label": "One", "duration": 8}],
    })  # fmt: skip
    _music(folder / "music.wav", level, clicks=clicks)
    clip = solid_clip(tmp_path / "clip.mp4", "black", 8.0, size="64x64")
    return prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))


@pytest.mark.parametrize(("level", "clicks", "how"), LEVELS)
def test_the_exported_video_lands_at_the_platforms_loudness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, level: float, clicks: bool, how: str
) -> None:
    """The export sets a gain as it encodes the sound, and gives loudnorm a pass of its own:
    either way the video's sound is at the level, and the song is decoded once for a gain."""
    plan = _plan_with_music(tmp_path, level, clicks)
    ran: list[str] = []
    real = audio_mix.run_ffmpeg
    monkeypatch.setattr(audio_mix, "run_ffmpeg",
                        lambda args, **kw: ran.append(" ".join(args)) or real(args, **kw))  # fmt: skip
    out = render(plan, tmp_path / "video.mp4")
    measured = _measure(out)
    assert measured.integrated == pytest.approx(-14.0, abs=0.5 if how == "volume=" else 3.0)
    assert measured.true_peak <= -0.5  # AAC moves peaks a little
    assert len(ran) == (1 if how == "volume=" else 2)
    assert not list(process_scratch().folder.glob("*.wav"))  # the mix's files are gone


@pytest.mark.parametrize(("level", "clicks", "how"), LEVELS)
def test_the_mix_lands_at_the_platforms_loudness_under_the_peak_ceiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, level: float, clicks: bool, how: str
) -> None:
    plan = _plan_with_music(tmp_path, level, clicks)
    out = tmp_path / "mix.wav"
    ran: list[str] = []  # the real ffmpeg runs; the filter graphs it was given are kept
    real = audio_mix.run_ffmpeg
    monkeypatch.setattr(audio_mix, "run_ffmpeg",
                        lambda args, **kw: ran.append(" ".join(args)) or real(args, **kw))  # fmt: skip
    render_audio(plan, out)
    assert f"-af {how}" in ran[-1]  # the way chosen is the way the mix was finished
    measured = _measure(out)
    assert measured.integrated == pytest.approx(-14.0, abs=0.3 if how == "volume=" else 3.0)
    assert measured.true_peak <= -0.9


def test_silence_is_left_alone() -> None:
    assert normalise_filter(Loudness(-70.0, 0.0, -float("inf"))) == "anull"
    assert loudness_stats("no summary here") is None


def test_a_mix_whose_measure_is_missing_still_lands_near_the_platforms_loudness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ffmpeg that words its R128 summary otherwise left a quiet song 20 dB under the level
    (stood in for by the parser finding nothing: this ffmpeg's wording cannot be changed)."""
    plan = _plan_with_music(tmp_path, 0.05, clicks=False)
    monkeypatch.setattr(audio_mix, "loudness_stats", lambda stderr: None)
    render_audio(plan, tmp_path / "mix.wav")
    measured = _measure(tmp_path / "mix.wav")
    assert measured.integrated == pytest.approx(-14.0, abs=3.0)
    assert measured.true_peak <= -0.9


def test_a_loudness_pass_that_fails_names_the_song_not_a_scratch_file(tmp_path: Path) -> None:
    """The finish reads the mix from the scratch folder; its failure (a full disk, a timeout:
    here a filter this ffmpeg lacks) named that file, which the creator never saw."""
    plan = _plan_with_music(tmp_path, 0.03, clicks=True)
    mixed = audio_mix.mix_audio(plan, tmp_path / "mixed.wav")
    broken = audio_mix.Mixed(mixed.path, "nosuchfilter", mixed.linear, mixed.blamed)
    with pytest.raises(MediaError) as raised:
        audio_mix.finish_audio(broken, tmp_path / "finished.wav")
    assert str(raised.value).startswith(f"{plan.audio.soundtrack}: cannot mix the audio")
