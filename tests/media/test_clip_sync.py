"""A clip's own sound stays on its picture in the export, whatever the file does with its
streams' times: a sound that starts after the picture (or a picture after the sound), a loop
whose sound is shorter than its picture, a loop entered at an in-point, a clip reversed. Each clip flashes white
and beeps at the same moments; the export's flashes and beeps are found in the written file."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from studio.media.render import prepare, render
from tests.media_factory import decode_audio, decode_frames, small_template

FPS = 30
RATE = 48_000
SIZE = (64, 48)
FLASHES = (0.5, 1.3)  # seconds into the clip: a white frame and a beep at each


def flash_beep_clip(path: Path, picture_late: float = 0.0, sound_late: float = 0.0,
                    sound_short: float = 0.0, seconds: float = 2.0) -> Path:  # fmt: skip
    """A 2 s clip, black with a white frame at each of FLASHES and a 40 ms beep at the same
    moments of the file's time, in sync in any player. Its picture or sound may start late
    (their first frame's time in the file, as a phone or an editor writes them), or its sound
    stop `sound_short` seconds before its picture."""
    frames = np.zeros((round((seconds - picture_late) * FPS), SIZE[1], SIZE[0]), np.uint8)
    samples = np.zeros(round((seconds - sound_late - sound_short) * RATE), np.float32)
    beep = 0.8 * np.sin(2 * np.pi * 1000 * np.arange(int(0.04 * RATE)) / RATE)
    for moment in FLASHES:
        frames[round((moment - picture_late) * FPS)] = 255
        start = round((moment - sound_late) * RATE)
        samples[start : start + beep.size] = beep[: samples.size - start]
    sound = path.with_suffix(".wav")
    with wave.open(str(sound), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((samples * 32767).astype("<i2").tobytes())
    picture = path.with_suffix(".h264.mp4")
    subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "gray",
                    "-s", f"{SIZE[0]}x{SIZE[1]}", "-r", str(FPS), "-i", "pipe:0",
                    "-c:v", "libx264", "-pix_fmt", "yuv420p", str(picture)],
                   input=frames.tobytes(), check=True)  # fmt: skip
    run_ffmpeg(["-itsoffset", f"{picture_late}", "-i", str(picture),
                "-itsoffset", f"{sound_late}", "-i", str(sound),
                "-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "aac", str(path)])  # fmt: skip
    return path


def flashes_and_beeps(video: Path) -> tuple[list[float], list[float]]:
    """Seconds of the export's white frames and of its beeps' onsets."""
    luma = decode_frames(video, (144, 256)).mean(axis=(1, 2, 3))
    white = np.flatnonzero(luma > 128)
    flashes = [index / FPS for index in white if index - 1 not in white]
    loud = np.flatnonzero(np.abs(decode_audio(video)) > 0.1)
    beeps = [
        index / RATE for i, index in enumerate(loud) if i == 0 or index - loud[i - 1] > RATE // 10
    ]
    return flashes, beeps


def _export(tmp_path: Path, clip: Path, seconds: float, in_point: float = 0.0,
            speed: float = 1.0, reverse: bool = False) -> Path:  # fmt: skip
    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 144, "height": 256, "fps": FPS},
        "duration": seconds,
        "soundtrack": {"track": None, "clip_audio_db": 0},
        "slots": [{"id": "a", "label": "A", "duration": seconds, "when_short": "loop"}],
    })  # fmt: skip
    given = SlotInput(clip, in_point=in_point, speed=speed,
                      time_effect="reverse" if reverse else None)  # fmt: skip
    plan = prepare(load_template(folder), CreatorInput(slots={"a": given}))
    return render(plan, tmp_path / "out.mp4")


def _assert_in_sync(flashes: list[float], beeps: list[float], expected: list[float]) -> None:
    assert flashes == pytest.approx(expected, abs=0.5 / FPS)
    assert beeps == pytest.approx(flashes, abs=1 / FPS)  # a frame: under what a viewer notices


@pytest.mark.parametrize(("picture_late", "sound_late"), [(0.0, 0.5), (0.4, 0.0)])
def test_a_stream_that_starts_late_keeps_its_place(
    tmp_path: Path, picture_late: float, sound_late: float
) -> None:
    """The sound came out 0.49 s early (sound starting late) or 0.39 s late (picture starting
    late): each stream had been counted from its own first frame."""
    clip = flash_beep_clip(tmp_path / "clip.mp4", picture_late, sound_late)
    flashes, beeps = flashes_and_beeps(_export(tmp_path, clip, 1.9))
    _assert_in_sync(flashes, beeps, list(FLASHES))


def test_a_loop_whose_sound_is_shorter_than_its_picture_does_not_drift(tmp_path: Path) -> None:
    """ffmpeg's -stream_loop repeated the sound by its own length: 0.13 s ahead per loop."""
    clip = flash_beep_clip(tmp_path / "clip.mp4", sound_short=0.13)
    flashes, beeps = flashes_and_beeps(_export(tmp_path, clip, 6.0))
    _assert_in_sync(
        flashes, beeps, [loop * 2.0 + moment for loop in range(3) for moment in FLASHES]
    )


def test_a_loop_entered_at_an_in_point_comes_round_on_time(tmp_path: Path) -> None:
    """ffmpeg timed the second round from the keyframe its seek had landed on: over a second
    early, overlapping the first."""
    clip = flash_beep_clip(tmp_path / "clip.mp4", sound_short=0.13)
    flashes, beeps = flashes_and_beeps(_export(tmp_path, clip, 4.5, in_point=0.9))
    # the first round from 0.9 s (its flash at 1.3), the next ones from 1.1 s, every 2 s
    expected = [1.3 - 0.9] + [1.1 + loop * 2.0 + moment for loop in range(2) for moment in FLASHES]
    _assert_in_sync(flashes, beeps, [t for t in expected if t < 4.5])


@pytest.mark.parametrize("seconds", [2.0, 3.0])
def test_a_reversed_clip_plays_its_sound_backwards_with_its_picture(
    tmp_path: Path, seconds: float
) -> None:
    """The picture ran backwards and the sound forwards under it. In a looping slot longer than
    the clip, the loop plays backwards (the picture held its last frame, without a sound, for
    as long as the slot outlasted the clip)."""
    clip = flash_beep_clip(tmp_path / "clip.mp4")
    flashes, beeps = flashes_and_beeps(_export(tmp_path, clip, seconds, reverse=True))
    # the moments of the loop played forwards, each shown at its mirror time; each 40 ms beep
    # starts 40 ms before its mirror
    forward = [m + loop * 2.0 for loop in range(2) for m in FLASHES if m + loop * 2.0 < seconds]
    mirrored = [seconds - 1 / FPS - m for m in reversed(forward)]
    assert flashes == pytest.approx(mirrored, abs=0.5 / FPS)
    assert beeps == pytest.approx([seconds - 0.04 - m for m in reversed(forward)], abs=0.005)


def test_a_long_clip_in_a_looping_slot_is_read_from_its_in_point(tmp_path: Path) -> None:
    """A loop entered at an in-point is read from the file's start (ffmpeg's own seek and loop
    disagree); a clip that outlasts the slot never comes round, so it seeks as any slot does:
    read from its start, a long clip far in took longer than the first picture may take."""
    from studio.media.decode import VideoReader
    from studio.media.probe import probe

    info = probe(flash_beep_clip(tmp_path / "clip.mp4"))
    plain = VideoReader(info, 64, 48, FPS, start=1.0, loop=True, loop_seconds=0.5)
    wraps = VideoReader(info, 64, 48, FPS, start=1.0, loop=True, loop_seconds=3.0)
    try:
        assert "-ss" in plain._process.args and "-stream_loop" not in plain._process.args
        assert "-ss" not in wraps._process.args and "-stream_loop" in wraps._process.args
        assert plain.read() is not None and wraps.read() is not None
    finally:
        plain.close()
        wraps.close()


@pytest.mark.parametrize(("rate", "frames", "in_point"), [
    ("30", 150, 0.0),
    ("30", 150, 1.0),  # entered at an in-point: read from the file's start and cut
    ("30000/1001", 150, 0.0),  # NTSC: a round's length is no round number of seconds
    ("30000/1001", 148, 0.0),
])  # fmt: skip
def test_a_trimmed_clip_loops_without_a_gap(
    tmp_path: Path, rate: str, frames: int, in_point: float
) -> None:
    """QuickTime and phones trim with an edit list, keeping the pictures before the cut to
    decode from a keyframe: a 3.5 s clip trimmed from 5 s came round every 5 s, its picture
    frozen and its sound silent for the 1.5 s between."""
    whole, trimmed = tmp_path / "whole.mov", tmp_path / "trimmed.mov"
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc2=s=96x160:r={rate}", "-f", "lavfi", "-i",
                "sine=frequency=440:d=6", "-frames:v", str(frames), "-c:v", "libx264", "-g", "300",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(whole)])  # fmt: skip
    run_ffmpeg(["-ss", "1.5", "-i", str(whole), "-c", "copy", str(trimmed)])
    video = _export(tmp_path, trimmed, 8.0, in_point=in_point)
    pictures = decode_frames(video, (144, 256)).reshape(240, -1).astype(int)
    still = np.abs(np.diff(pictures, axis=0)).mean(axis=1) < 0.2
    assert not still.any()  # testsrc2 moves in every frame
    sound = np.abs(decode_audio(video))
    quiet = [
        second for second in range(8) if sound[second * RATE : (second + 1) * RATE].max() < 0.05
    ]
    assert quiet == []
