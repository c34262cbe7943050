"""Recording against the soundtrack with the real sound device and a paced test camera."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from studio.capture.camera import CameraError, CameraSource
from studio.capture.session import RecordingSession, SessionSettings
from studio.capture.soundtrack_player import SoundtrackPlayer
from studio.capture.take import assemble_take, find_takes
from studio.media.probe import probe
from tests.capture.conftest import TRACK

pytestmark = pytest.mark.slow
TRACK_SECONDS = probe(TRACK).duration


def _session(camera: CameraSource, player: SoundtrackPlayer, takes: Path,
             **settings: object) -> RecordingSession:  # fmt: skip
    config = {"track": TRACK, "track_seconds": TRACK_SECONDS, "track_start": 4.0, **settings}
    return RecordingSession(camera, player, takes, SessionSettings(**config))  # type: ignore[arg-type]


def _record(session: RecordingSession, seconds: float) -> None:
    until = time.monotonic() + seconds  # from the press: the music is due from there
    session.start()
    while time.monotonic() < until and session.state != "done":
        session.tick()
        time.sleep(0.01)
    session.stop()


def test_three_segments_have_their_lengths_in_order(
    camera: CameraSource, player: SoundtrackPlayer, takes: Path
) -> None:
    session = _session(camera, player, takes)
    for seconds in (0.6, 1.0, 0.5):
        _record(session, seconds)
    take = session.finish()
    assert take is not None
    lengths = [s.track_end - s.track_start for s in take.segments]
    assert lengths == pytest.approx([0.6, 1.0, 0.5], abs=0.12)
    assert take.track_start == 4.0
    for before, after in zip(take.segments, take.segments[1:], strict=False):
        assert after.track_start == before.track_end  # each picks up where the last stopped
    for segment in take.segments:
        steps = np.diff(segment.stamps)
        assert np.all(steps > 0) and np.median(steps) == pytest.approx(1 / 30, abs=0.004)
        assert segment.stamps[0] >= segment.track_start
        assert segment.stamps[0] - segment.track_start < 0.1
    assert [t.folder for t in find_takes(takes)] == [take.folder]


def test_deleting_the_last_segment_removes_it_and_rewinds_the_track(
    camera: CameraSource, player: SoundtrackPlayer, takes: Path
) -> None:
    session = _session(camera, player, takes)
    _record(session, 0.5)
    _record(session, 0.8)
    second = session.segments[1]
    files = sorted(session.folder.glob("segment-002.*"))
    assert [f.suffix for f in files] == [".json", ".mp4", ".stamps"]
    session.delete_last()
    assert not any(f.exists() for f in files)
    assert session.position == second.track_start
    assert session.ghost is not None  # the first segment's last frame, to line up with
    _record(session, 0.5)
    take = session.finish()
    assert take is not None and [s.index for s in take.segments] == [1, 3]
    # the track really played again from the rewound point
    assert take.segments[1].stamps[0] == pytest.approx(second.track_start, abs=0.1)


def test_two_times_speed_records_half_as_much_track(
    camera: CameraSource, player: SoundtrackPlayer, takes: Path, tmp_path: Path
) -> None:
    session = _session(camera, player, takes, speed=2.0)
    _record(session, 1.6)
    take = session.finish()
    assert take is not None
    [segment] = take.segments
    assert segment.track_end - segment.track_start == pytest.approx(0.8, abs=0.1)
    # camera frames 1/30 s apart while the track moved at half speed: 1/60 s of track each
    assert np.median(np.diff(segment.stamps)) == pytest.approx(1 / 60, abs=0.003)
    output = assemble_take(take, tmp_path / "fast.mp4", 270, 480)
    info = probe(output)
    assert info.duration == pytest.approx(take.duration, abs=0.05)
    assert info.fps == 30


def test_countdown_then_automatic_stop_at_the_maximum_length(
    camera: CameraSource, player: SoundtrackPlayer, takes: Path
) -> None:
    session = _session(camera, player, takes, countdown=0.4, max_seconds=0.7)
    session.start()
    assert session.state == "countdown" and 0 < session.countdown_left <= 0.4
    started = time.monotonic()
    while session.state == "countdown":
        session.tick()
        time.sleep(0.01)
    assert time.monotonic() - started >= 0.35
    while session.state == "recording":
        session.tick()
        time.sleep(0.01)
    assert session.state == "done"
    assert session.segments[0].track_end == pytest.approx(4.7, abs=0.01)
    session.start()
    assert session.state == "done"  # nothing more to record


def test_a_camera_that_stops_mid_take_keeps_the_segment(player: SoundtrackPlayer,
                                                        takes: Path) -> None:  # fmt: skip
    # a camera unplugged mid-take, simulated by a test source that ends after 1.5 s
    camera = CameraSource("lavfi:testsrc2=size=320x240:rate=30:duration=1.5", player)
    try:
        session = _session(camera, player, takes)
        _record(session, 3.0)
        take = session.finish()
    finally:
        camera.close()
    assert take is not None and len(take.segments) == 1
    assert 0.5 < take.duration < 1.6  # what arrived after the camera opened
    assert session.notices == ["the camera stopped sending pictures; the segment so far is kept"]


def test_no_camera_is_a_clear_error(player: SoundtrackPlayer) -> None:
    with pytest.raises(CameraError, match="cannot open the camera 7"):
        CameraSource(7, player)


def test_the_recording_is_mirrored_only_when_asked(player: SoundtrackPlayer, takes: Path) -> None:
    from tests.media_factory import decode_frames

    # testsrc2's left half is not its right half mirrored: compare a recorded frame both ways
    firsts = []
    for mirror in (False, True):
        camera = CameraSource("lavfi:testsrc2=size=320x240:rate=30", player)
        try:
            session = _session(camera, player, takes / str(mirror), mirror=mirror)
            _record(session, 0.5)
            take = session.finish()
        finally:
            camera.close()
        assert take is not None
        firsts.append(decode_frames(take.segments[0].video, (320, 240))[0].astype(int))
    plain, mirrored = firsts
    assert np.abs(plain - mirrored[:, ::-1]).mean() < np.abs(plain - mirrored).mean() / 3
