"""Record answers at once: a picked song and a duet's other clip are probed and decoded by jobs
off the window's thread; what they find shows when they finish, the one picked last wins, and a
file that cannot be used is said in one line. Real files made by ffmpeg, a real RecordPage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import resource_path
from studio.ui.pages.record_page import RecordPage
from tests.media_factory import solid_clip


@pytest.fixture
def page(qtbot: Any, tmp_path: Path) -> Any:
    """The record page alone (not shown: no camera, no sound device needed)."""
    record = RecordPage(tmp_path / "takes")
    qtbot.addWidget(record)
    yield record
    record.shutdown()


def _broken(path: Path) -> Path:
    path.write_bytes(b"ID3 not really a song\n" * 20)
    return path


def test_a_picked_song_shows_its_length_when_decoded_and_a_broken_one_says_why(
    qtbot: Any, page: Any, tmp_path: Path
) -> None:
    song = resource_path("music", "sunny-pop.m4a")
    page.choose_track(song)
    # the page answers at once: the song's length reaches the window through the event loop,
    # which has not run yet
    assert page.track_path == song and page.waveform.duration == 0.0
    qtbot.waitUntil(lambda: page.waveform.duration > 30, timeout=30_000)
    broken = _broken(tmp_path / "broken.mp3")
    page.choose_track(broken)
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=30_000)
    line = page.status.text()
    assert line.startswith("Cannot use that music: ") and str(broken) in line
    assert "\n" not in line and "Traceback" not in line


def test_the_song_picked_last_wins_over_a_slower_earlier_one(qtbot: Any, page: Any,
                                                              tmp_path: Path) -> None:  # fmt: skip
    page.choose_track(resource_path("music", "night-drive.m4a"))  # long: decoded for a while
    short = solid_clip(tmp_path / "short.mp4", "black", 1.0, size="64x64", tone_hz=440)
    page.choose_track(short)
    qtbot.waitUntil(lambda: page.jobs.settled, timeout=30_000)
    assert page.track_path == short
    assert page.waveform.duration == pytest.approx(1.0, abs=0.1)  # not the earlier song's


def test_a_duet_clip_is_opened_off_the_window_and_a_broken_one_is_one_line(
    qtbot: Any, page: Any, tmp_path: Path
) -> None:
    original = solid_clip(tmp_path / "original.mp4", "red", 1.0, size="90x160", tone_hz=440)
    page.set_duet_clip(original)
    assert page.track_path is None  # returns at once: probed and opened by a job
    qtbot.waitUntil(lambda: page.track_path == original, timeout=30_000)  # its own sound
    qtbot.waitUntil(lambda: page.waveform.duration > 0.5, timeout=30_000)
    broken = _broken(tmp_path / "other.mp4")
    page.set_duet_clip(broken)
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=30_000)
    assert page.status.text().startswith(str(broken)) and "\n" not in page.status.text()
    assert page.track_path == original  # the broken clip brought no sound of its own


def _camera_threads() -> int:
    """Cameras reading frames now (each has a thread of that name)."""
    import threading

    return sum(thread.name == "camera" for thread in threading.enumerate())


def test_the_camera_opens_off_the_window_and_one_left_behind_is_closed(
    qtbot: Any, studio: Any
) -> None:
    page = studio.record
    before = _camera_threads()  # none, unless another test left one
    studio.tabs.setCurrentWidget(page)
    # the window answers while the camera opens: it arrives through the event loop
    assert page.camera is None and page.view.message == "Opening the camera…"
    qtbot.waitUntil(lambda: page.view.image is not None, timeout=30_000)
    assert page.view.message == "" and _camera_threads() == before + 1
    studio.tabs.setCurrentWidget(studio.home)
    assert _camera_threads() == before
    studio.tabs.setCurrentWidget(page)
    studio.tabs.setCurrentWidget(studio.home)  # left before the camera was open
    qtbot.waitUntil(lambda: page.jobs.settled, timeout=30_000)
    assert page.camera is None and _camera_threads() == before  # not left on, unseen
