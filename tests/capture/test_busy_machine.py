"""Recording while both cores are busy: segments as long as the holds, in step with the song.

Two processes spin for the length of the test (bounded, and stopped by the fixture), as a
browser, a chat app and a game launcher would. The null sink's monitor is the microphone here,
so the "voice" is exactly the music the creator heard: where it lands in the track says whether
the take lines up with the song that was heard.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from studio.capture.camera import CameraSource
from studio.capture.session import RecordingSession, SessionSettings
from studio.capture.soundtrack_player import RESYNC_SECONDS, SoundtrackPlayer
from tests.capture.conftest import PATTERN, TRACK, live

pytestmark = pytest.mark.slow
SPIN = "import time\nend = time.monotonic() + {0}\nwhile time.monotonic() < end:\n    pass\n"


# Beyond this load per core before the test adds its own, the test pattern camera (an ffmpeg
# process standing in for camera hardware, which a busy CPU does not slow) starves by itself.
AMBIENT_LOAD_PER_CORE = 3


@pytest.fixture
def busy_cores() -> Iterator[None]:
    """Both cores loaded for at most 60 s."""
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load > AMBIENT_LOAD_PER_CORE * cores:
        pytest.skip(f"the machine is already at load {load:.0f} on {cores} cores")
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN.format(60)]) for _ in range(2)]
    try:
        time.sleep(0.5)  # let them take the cores
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


@pytest.fixture
def heard_player(track_samples: np.ndarray) -> Iterator[SoundtrackPlayer]:
    player = SoundtrackPlayer(track_samples, microphone="default")
    yield player
    player.close()


def hold(session: RecordingSession, seconds: float) -> float:
    """Hold the record button for about `seconds`; how long it was really held (a busy machine
    oversleeps)."""
    pressed = time.monotonic()
    session.start()
    while (released := time.monotonic()) < pressed + seconds:
        session.tick()
        time.sleep(0.01)
    session.stop()
    return released - pressed


def found_in_track(voice: np.ndarray, first: int, placed: int, track: np.ndarray) -> int:
    """Where in `track` the stretch of `voice` from sample `first` really is, near `placed`."""
    window = voice[first : first + 12_000]
    search = track[placed - 9_600 : placed + 9_600 + len(window)]
    return placed - 9_600 + int(np.argmax(np.correlate(search, window, mode="valid")))


def test_holds_give_segments_of_their_length_in_step_with_the_song_heard(
    busy_cores: None, heard_player: SoundtrackPlayer, takes: Path, track_samples: np.ndarray
) -> None:
    camera = live(CameraSource(PATTERN, heard_player))
    try:
        settings = SessionSettings(TRACK, len(track_samples) / 48_000, track_start=4.0)
        session = RecordingSession(camera, heard_player, takes, settings)
        held = [hold(session, seconds) for seconds in (0.6, 1.0)]
        stutters_before = heard_player.underruns
        held.append(hold(session, 0.5))
        stutters = heard_player.underruns - stutters_before
        take = session.finish()
    finally:
        camera.close()
    assert take is not None and len(take.segments) == 3
    lengths = [s.track_end - s.track_start for s in take.segments]
    # the music starts one output latency after the press, wherever the machine is
    expected = [seconds - heard_player.output_latency for seconds in held]
    assert lengths == pytest.approx(expected, abs=0.12)
    for before, after in zip(take.segments, take.segments[1:], strict=False):
        assert after.track_start == before.track_end
    for segment in take.segments:
        # frames placed at their capture moments, not bunched where a busy machine read them
        steps = np.diff(segment.stamps)
        assert np.all(steps > 0) and np.median(steps) == pytest.approx(1 / 30, abs=0.004)
        assert segment.stamps[0] - segment.track_start < 0.1
        assert segment.stamps[-1] <= segment.track_end  # (a frame late beyond it is held)
    # the music that reached the speaker (the monitor) is where the take says it was heard
    middle = take.segments[1]
    assert middle.mic is not None
    with wave.open(str(middle.mic)) as handle:
        voice = np.frombuffer(handle.readframes(handle.getnframes()), "<i2") / 32767.0
    track = track_samples.mean(axis=1)
    # a quarter second from the middle of the segment (the recording may begin before the press:
    # a late callback hands over sound captured earlier, placed by its capture time)
    middle_at = (middle.track_start + middle.track_end) / 2 - 0.125
    first = round((middle_at - middle.mic_start) * 48_000)
    assert first >= 0 and first + 12_000 <= len(voice)  # the voice covers the segment
    placed = round(middle_at * 48_000)
    assert abs(found_in_track(voice, first, placed, track) - placed) <= RESYNC_SECONDS * 48_000
    # what Record says about the last segment counts the stutters that really happened in it
    assert (session.busy.stutters if session.busy is not None else 0) == stutters
