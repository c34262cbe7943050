"""The job runner: the newest request of a key wins, cancel is cooperative, a failure is one
line, and every result arrives on the window's thread."""

from __future__ import annotations

import threading
from typing import Any

from studio.core.errors import Cancelled
from studio.media.ffmpeg import MediaError
from studio.ui.jobs import JobContext, JobRunner


def test_results_arrive_on_the_windows_thread(qtbot: Any) -> None:
    runner = JobRunner()
    worked_on: list[threading.Thread] = []
    delivered_on: list[threading.Thread] = []

    def work(context: JobContext) -> int:
        worked_on.append(threading.current_thread())
        context.progress(0.5)
        return 42

    progress: list[float] = []
    results: list[int] = []
    runner.submit("answer", work, progress=progress.append,
                  done=lambda value: (results.append(value),
                                      delivered_on.append(threading.current_thread())))  # fmt: skip
    try:
        qtbot.waitUntil(lambda: results == [42], timeout=5000)
    finally:
        runner.close()
    assert progress == [0.5]
    assert worked_on[0] is not threading.main_thread()
    assert delivered_on == [threading.main_thread()]


def test_a_newer_request_supersedes_the_older(qtbot: Any) -> None:
    """A slow decode of the song picked first must not win over the one picked last."""
    runner = JobRunner()
    started = threading.Event()
    release = threading.Event()

    def slow(context: JobContext) -> str:
        started.set()
        release.wait(5)  # ignores its cancel token: its result must be dropped all the same
        return "first song"

    shown: list[str] = []
    runner.submit("track", slow, done=shown.append)
    assert started.wait(5)
    runner.submit("track", lambda _: "last song", done=shown.append)
    runner.submit("busy", lambda _: release.wait(5), lane="background")  # holds its lane
    ran: list[str] = []
    queued = runner.submit("track", lambda _: ran.append("queued"), lane="background")
    newest = runner.submit("track", lambda _: "the newest", done=shown.append)
    release.set()
    try:
        qtbot.waitUntil(lambda: "the newest" in shown, timeout=5000)
        assert runner.wait(timeout=5)
        qtbot.wait(50)  # anything still on its way to the window would arrive now
    finally:
        runner.close()
    assert shown == ["the newest"]
    assert queued.state == "superseded" and ran == []  # dropped before it ever ran
    assert newest.state == "done"


def test_cancel_is_cooperative_and_not_a_failure(qtbot: Any) -> None:
    runner = JobRunner()
    outcome: list[str] = []

    def waits_for_cancel(context: JobContext) -> None:
        while True:
            context.cancel.check()
            context.cancel.wait(0.01)

    runner.submit("export", waits_for_cancel, lane="export",
                  cancelled=lambda: outcome.append("cancelled"),
                  failed=lambda line: outcome.append(f"failed: {line}"))  # fmt: skip
    runner.cancel("export")
    try:
        qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    finally:
        runner.close()
    assert not runner.busy()


def test_a_failure_is_one_line(qtbot: Any, tmp_path: Any) -> None:
    runner = JobRunner()
    lines: list[str] = []

    def broken(_: JobContext) -> None:
        raise MediaError(tmp_path / "song.mp3", "not an audio file\nsecond line")

    def unforeseen(_: JobContext) -> None:
        raise ValueError("bad value\n  Traceback (most recent call last):")

    runner.submit("a", broken, failed=lines.append)
    runner.submit("b", unforeseen, failed=lines.append)
    try:
        qtbot.waitUntil(lambda: len(lines) == 2, timeout=5000)
    finally:
        runner.close()
    assert sorted(lines) == sorted([f"{tmp_path / 'song.mp3'}: not an audio file", "bad value"])


def test_closing_cancels_and_waits_and_delivers_nothing(qtbot: Any) -> None:
    runner = JobRunner()
    started, stopped = threading.Event(), threading.Event()
    outcome: list[str] = []

    def long_work(context: JobContext) -> None:
        started.set()
        try:
            while not context.cancel.wait(0.01):
                pass
            raise Cancelled()
        finally:
            stopped.set()

    runner.submit("export", long_work, lane="export", cancelled=lambda: outcome.append("x"))
    assert started.wait(5)
    assert runner.close(5)
    assert stopped.is_set() and not runner.busy()
    qtbot.wait(50)
    assert outcome == []  # the owner is going: nothing is delivered to it
    assert runner.submit("late", lambda _: 1).state == "cancelled"


def test_a_finished_job_is_on_its_way_until_its_result_is_delivered(qtbot: Any) -> None:
    """What the Edit page asks before it fills a keystroke's plan itself: a planning job whose
    result still waits in the event queue would land after it, older."""
    runner = JobRunner()
    results: list[int] = []
    try:
        runner.submit("plan", lambda _: 1, done=results.append)
        assert runner.wait("plan", 10.0)  # finished on its thread, not delivered yet
        assert not runner.busy("plan") and runner.on_its_way("plan") and results == []
        qtbot.waitUntil(lambda: results == [1], timeout=5000)
        assert not runner.on_its_way("plan")
    finally:
        runner.close()
