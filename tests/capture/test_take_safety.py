"""Takes survive a killed recorder, line up with the music when exported, and record without
sound hardware."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from studio.capture.soundtrack_player import SoundtrackPlayer
from studio.capture.take import assemble_take, find_takes
from studio.media.probe import probe
from tests.capture.conftest import record_one_segment
from tests.media_factory import decode_audio, decode_frames

pytestmark = pytest.mark.slow
FLASH = "lavfi:testsrc2=size=320x240:rate=30,drawbox=c=white:t=fill:enable='eq(n,45)'"

RECORDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from studio.capture.camera import CameraSource
    from studio.capture.session import RecordingSession, SessionSettings
    from studio.capture.soundtrack_player import soundtrack_clock
    clock, notice = soundtrack_clock(None)
    print(notice or "sound", flush=True)
    camera = CameraSource("lavfi:testsrc2=size=320x240:rate=30", clock)
    session = RecordingSession(camera, clock, Path(sys.argv[1]), SessionSettings())
    session.start()
    print("recording", flush=True)
    while True:
        session.tick()
        time.sleep(0.01)
""")


def _start_recorder(folder: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", RECORDER, str(folder)], text=True,
                            stdout=subprocess.PIPE, env=env)  # fmt: skip


def _wait_for_frames(takes: Path, count: int) -> None:
    """Until the recorder has stamped `count` frames (at most a minute)."""
    until = time.monotonic() + 60
    while time.monotonic() < until:
        stamped = sum(len(f.read_text().splitlines()) for f in takes.rglob("*.stamps"))
        if stamped >= count:
            return
        time.sleep(0.1)


def test_a_killed_recorder_leaves_a_playable_segment(takes: Path) -> None:
    recorder = _start_recorder(takes)
    assert recorder.stdout is not None
    assert recorder.stdout.readline().strip() == "sound"
    assert recorder.stdout.readline().strip() == "recording"
    _wait_for_frames(takes, 75)  # 2.5 s of frames, however slowly a busy machine started them
    time.sleep(0.5)
    os.kill(recorder.pid, signal.SIGKILL)  # no chance to close anything
    recorder.wait()
    [take] = find_takes(takes)  # found again, as the next start of the studio would
    [segment] = take.segments
    assert take.interrupted
    assert probe(segment.video).duration >= 1.4  # at most the last half second or so is lost
    assert len(segment.stamps) >= 40
    assembled = assemble_take(take, takes / "recovered.mp4", 180, 320)
    assert probe(assembled).duration == pytest.approx(take.duration, abs=0.05)


def test_without_portaudio_the_session_still_records(tmp_path: Path, takes: Path) -> None:
    fake = tmp_path / "fake" / "sounddevice.py"
    fake.parent.mkdir()
    fake.write_text("raise OSError('PortAudio library not found')\n")
    env = {**os.environ, "PYTHONPATH": f"{fake.parent}{os.pathsep}{os.getcwd()}"}
    recorder = _start_recorder(takes, env)
    assert recorder.stdout is not None
    notice = recorder.stdout.readline().strip()
    assert notice.startswith("PortAudio is not installed")
    assert notice.endswith("recording without music, timed by the computer's clock")
    assert recorder.stdout.readline().strip() == "recording"
    # a second and a half of frames written (however long a busy machine takes to start ffmpeg)
    until = time.monotonic() + 30
    while time.monotonic() < until:
        stamps = list(takes.glob("take-*/segment-001.stamps"))
        if stamps and len(stamps[0].read_text().splitlines()) >= 45:
            break
        time.sleep(0.1)
    recorder.kill()
    recorder.wait()
    [take] = find_takes(takes)
    assert 0.5 < take.duration < 3.0
    assert np.median(np.diff(take.segments[0].stamps)) == pytest.approx(1 / 30, abs=0.004)


def test_an_exported_take_keeps_a_flash_at_the_track_position_it_was_stamped(
    player: SoundtrackPlayer, takes: Path, track_samples: np.ndarray
) -> None:
    take = record_one_segment(FLASH, player, takes, track_start=3.0, seconds=2.6)
    [segment] = take.segments
    recorded = decode_frames(segment.video, (320, 240))
    flash_frame = int(np.argmax(recorded.mean(axis=(1, 2, 3))))
    assert recorded[flash_frame].mean() > 240, "the flash was not recorded"
    stamped = segment.stamps[flash_frame]
    output = assemble_take(take, takes / "lipsync.mp4", 180, 320)
    exported = decode_frames(output, (180, 320))
    shown = int(np.argmax(exported.mean(axis=(1, 2, 3)))) / 30
    assert abs(shown - (stamped - take.track_start)) <= 1 / 30 + 1e-6
    # and the sound under it is the track from the take's start point
    audio = decode_audio(output)
    original = track_samples[int(3.0 * 48_000) :, 0][: len(audio)]
    window = slice(24_000, 72_000)
    lags = range(-2400, 2401, 4)
    scores = [float(np.dot(audio[window], np.roll(original, lag)[window])) for lag in lags]
    assert abs(list(lags)[int(np.argmax(scores))]) <= 48  # within a millisecond
