"""A paced test camera through `cv2.VideoCapture` and the real sound device (the null sink
where there is no sound card, started by `make test`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.capture.camera import CameraSource
from studio.capture.session import RecordingSession, SessionSettings
from studio.capture.soundtrack_player import SoundtrackPlayer
from studio.capture.take import Take
from studio.core.resources import resource_path
from studio.media.pcm import decode_pcm
from studio.media.probe import probe

TRACK = resource_path("music", "sunny-pop.m4a")
PATTERN = "lavfi:testsrc2=size=640x360:rate=30"


@pytest.fixture(scope="session")
def track_samples() -> object:
    return decode_pcm(TRACK)


@pytest.fixture
def player(track_samples: object) -> Iterator[SoundtrackPlayer]:
    player = SoundtrackPlayer(track_samples)  # type: ignore[arg-type]
    yield player
    player.close()


def live(camera: CameraSource) -> CameraSource:
    """`camera` once its preview would be live: the test pattern's start-up backlog (frames
    made while OpenCV was still opening it, delivered at once) has drained, as a camera's has
    long before anyone presses Record."""
    until = time.monotonic() + 30
    while camera.frames < 30 and time.monotonic() < until:
        time.sleep(0.05)
    return camera


@pytest.fixture
def camera(player: SoundtrackPlayer) -> Iterator[CameraSource]:
    camera = live(CameraSource(PATTERN, player))
    yield camera
    camera.close()


@pytest.fixture
def takes(tmp_path: Path) -> Path:
    return tmp_path / "takes"


def record_one_segment(source: str, player: SoundtrackPlayer, takes: Path, track_start: float,
                       seconds: float) -> Take:  # fmt: skip
    """Open `source` as the camera, record one segment of `seconds` from `track_start`."""
    camera = live(CameraSource(source, player))
    try:
        settings = SessionSettings(TRACK, probe(TRACK).duration, track_start=track_start)
        session = RecordingSession(camera, player, takes, settings)
        pressed = time.monotonic()  # the music is due from the press
        session.start()
        time.sleep(max(0.0, pressed + seconds - time.monotonic()))
        session.stop()
        take = session.finish()
    finally:
        camera.close()
    assert take is not None
    return take
