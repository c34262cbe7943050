"""Format v2 audio: each slot's own clip level, and the soundtrack ducked under the clips' voices.
The mix graph is run by the real ffmpeg before loudness normalisation, so levels are exact."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.audio_mix import clips_with_audio, mix_graph
from studio.media.ffmpeg import run_ffmpeg
from studio.media.render import prepare
from tests.media_factory import small_template, solid_clip

RATE = 48_000


def _amplitude(samples: np.ndarray, start: float, end: float, hz: float) -> float:
    """Amplitude of the `hz` sine within [start, end) seconds."""
    part = samples[int(start * RATE) : int(end * RATE)]
    t = np.arange(part.size) / RATE
    return float(2 * np.abs(np.mean(part * np.exp(-2j * np.pi * hz * t))))


def test_music_dips_under_a_voice_by_the_ducking_amount(tmp_path: Path) -> None:
    music = (np.sin(2 * np.pi * 200 * np.arange(5 * RATE) / RATE) * 0.4 * 32767).astype(np.int16)
    folder = small_template(tmp_path / "duck", {
        "version": 2,
        "duration": 4,
        "soundtrack": {"track": "music.wav", "clip_audio_db": 0},
        "ducking": {"amount_db": 12, "attack": 0.005, "release": 0.05},
        "slots": [
            {"id": "quiet", "label": "Quiet", "start": 0, "duration": 4, "layout": "left"},
            {"id": "voice", "label": "Voice", "start": 2, "duration": 2, "layout": "right",
             "volume_db": -6},
        ],
    })  # fmt: skip
    with wave.open(str(folder / "music.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(music.tobytes())
    quiet = solid_clip(tmp_path / "quiet.mp4", "black", 4.0, size="64x64")
    voice = solid_clip(tmp_path / "voice.mp4", "black", 2.0, size="64x64", tone_hz=1000)
    plan = prepare(load_template(folder),
                   CreatorInput(slots={"quiet": SlotInput(quiet), "voice": SlotInput(voice)}))  # fmt: skip
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    raw = run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[mix]", "-ac", "1",
                      "-f", "f32le", "-"]).stdout  # fmt: skip
    mixed = np.frombuffer(raw, np.float32)
    before = _amplitude(mixed, 0.5, 1.5, 200)
    during = _amplitude(mixed, 2.4, 3.6, 200)
    dip = 20 * np.log10(during / before)
    assert -13.5 < dip < -10.5  # 12 dB asked
    voice_level = _amplitude(mixed, 2.4, 3.6, 1000)
    assert abs(20 * np.log10(voice_level / 0.125) + 6) < 1.5  # the tone (1/8) at its -6 dB


def test_a_slot_ducks_under_another_slots_voice_by_its_depth(tmp_path: Path) -> None:
    # the reaction's original (a 200 Hz tone) under the creator's voice (1000 Hz, 2.0-3.0 s)
    folder = small_template(tmp_path / "react", {
        "version": 2,
        "duration": 4,
        "soundtrack": {"track": None, "clip_audio_db": 0},
        "slots": [
            {"id": "original", "label": "Clip", "start": 0, "duration": 4, "layout": "full",
             "duck_under": "me", "duck": {"depth_db": 12, "attack": 0.005, "release": 0.05}},
            {"id": "me", "label": "Me", "start": 2, "duration": 1, "layout": "pip-top-right",
             "layer": 1},
        ],
    })  # fmt: skip
    original = solid_clip(tmp_path / "original.mp4", "black", 4.0, size="64x64", tone_hz=200)
    me = solid_clip(tmp_path / "me.mp4", "black", 1.0, size="64x64", tone_hz=1000)
    plan = prepare(load_template(folder),
                   CreatorInput(slots={"original": SlotInput(original), "me": SlotInput(me)}))  # fmt: skip
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    raw = run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[mix]", "-ac", "1",
                      "-f", "f32le", "-"]).stdout  # fmt: skip
    mixed = np.frombuffer(raw, np.float32)
    assert mixed.size >= int(3.9 * RATE)
    before = _amplitude(mixed, 0.5, 1.5, 200)
    during = _amplitude(mixed, 2.3, 2.9, 200)
    after = _amplitude(mixed, 3.3, 3.9, 200)  # the voice has ended: back to full
    assert -13.5 < 20 * np.log10(during / before) < -10.5  # 12 dB asked
    assert abs(20 * np.log10(after / before)) < 1.0
    voice = _amplitude(mixed, 2.3, 2.9, 1000)
    assert abs(20 * np.log10(voice / 0.125)) < 1.5  # the voice itself is untouched


def test_without_duck_under_the_original_keeps_its_level(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "react", {
        "version": 2,
        "duration": 3,
        "soundtrack": {"track": None, "clip_audio_db": 0},
        "slots": [
            {"id": "original", "label": "Clip", "start": 0, "duration": 3, "layout": "full"},
            {"id": "me", "label": "Me", "start": 1, "duration": 1, "layout": "pip-top-right",
             "layer": 1},
        ],
    })  # fmt: skip
    original = solid_clip(tmp_path / "original.mp4", "black", 3.0, size="64x64", tone_hz=200)
    me = solid_clip(tmp_path / "me.mp4", "black", 1.0, size="64x64", tone_hz=1000)
    plan = prepare(load_template(folder),
                   CreatorInput(slots={"original": SlotInput(original), "me": SlotInput(me)}))  # fmt: skip
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    raw = run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[mix]", "-ac", "1",
                      "-f", "f32le", "-"]).stdout  # fmt: skip
    mixed = np.frombuffer(raw, np.float32)
    assert (
        abs(20 * np.log10(_amplitude(mixed, 1.2, 1.8, 200) / _amplitude(mixed, 0.2, 0.8, 200))) < 1
    )


def test_the_music_comes_back_when_the_last_voice_ends_before_the_video(tmp_path: Path) -> None:
    # the voice's clip ends at 2 s, a photo fills the rest: the music must not stay dipped
    music = (np.sin(2 * np.pi * 200 * np.arange(5 * RATE) / RATE) * 0.4 * 32767).astype(np.int16)
    folder = small_template(tmp_path / "duck", {
        "version": 2,
        "duration": 4,
        "soundtrack": {"track": "music.wav", "clip_audio_db": 0},
        "ducking": {"amount_db": 12, "attack": 0.005, "release": 0.05},
        "slots": [{"id": "voice", "label": "Voice", "start": 1, "duration": 1},
                  {"id": "photo", "label": "Photo", "start": 2, "duration": 2, "kind": "photo"}],
    })  # fmt: skip
    with wave.open(str(folder / "music.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(music.tobytes())
    voice = solid_clip(tmp_path / "voice.mp4", "black", 1.0, size="64x64", tone_hz=1000)
    photo = folder / "preview.png"
    plan = prepare(load_template(folder),
                   CreatorInput(slots={"voice": SlotInput(voice), "photo": SlotInput(photo)}))  # fmt: skip
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    raw = run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[mix]", "-ac", "1",
                      "-f", "f32le", "-"]).stdout  # fmt: skip
    mixed = np.frombuffer(raw, np.float32)
    before = _amplitude(mixed, 0.2, 0.9, 200)
    assert -13.5 < 20 * np.log10(_amplitude(mixed, 1.2, 1.8, 200) / before) < -10.5
    assert abs(20 * np.log10(_amplitude(mixed, 3.0, 3.8, 200) / before)) < 1.0


def test_a_ducked_slot_comes_back_in_about_its_release(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "react", {
        "version": 2,
        "duration": 3,
        "soundtrack": {"track": None, "clip_audio_db": 0},
        "slots": [
            {"id": "original", "label": "Clip", "start": 0, "duration": 3, "layout": "full",
             "duck_under": "me", "duck": {"depth_db": 12, "release": 0.4}},
            {"id": "me", "label": "Me", "start": 1, "duration": 1, "layout": "pip-top-right",
             "layer": 1},
        ],
    })  # fmt: skip
    original = solid_clip(tmp_path / "original.mp4", "black", 3.0, size="64x64", tone_hz=200)
    me = solid_clip(tmp_path / "me.mp4", "black", 1.0, size="64x64", tone_hz=1000)
    plan = prepare(load_template(folder),
                   CreatorInput(slots={"original": SlotInput(original), "me": SlotInput(me)}))  # fmt: skip
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    raw = run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[mix]", "-ac", "1",
                      "-f", "f32le", "-"]).stdout  # fmt: skip
    mixed = np.frombuffer(raw, np.float32)
    full = _amplitude(mixed, 0.2, 0.8, 200)

    def level(start: float) -> float:
        return float(20 * np.log10(_amplitude(mixed, start, start + 0.05, 200) / full))

    assert level(2.05) < -3  # coming back, not cut back
    assert level(2.5) > -1.5  # back within about its 0.4 s release
