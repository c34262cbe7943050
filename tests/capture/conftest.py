"""A paced test camera through `cv2.VideoCapture` and the real sound device (the null sink
where there is no sound card, started by `make test`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.capture.camera import CameraSource
from studio.capture.soundtrack_player import SoundtrackPlayer
from studio.core.resources import resource_path
from studio.media.pcm import decode_pcm

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


@pytest.fixture
def camera(player: SoundtrackPlayer) -> Iterator[CameraSource]:
    camera = CameraSource(PATTERN, player)
    yield camera
    camera.close()


@pytest.fixture
def takes(tmp_path: Path) -> Path:
    return tmp_path / "takes"
