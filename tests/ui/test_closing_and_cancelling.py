"""Closing the window mid-work and cancelling: nothing half-written is left, nothing crashes,
a cancel is never reported as a failure; typing with a long song of one's own never plans on
the window's thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from studio.capture.take import Segment, Take
from studio.core.project import SetMusic, SoundtrackChoice
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.ui.jobs import JobRunner
from studio.ui.main_window import MainWindow
from studio.ui.take_assembly import TakeAssembly
from studio.ui.widgets.record_panel import RecordPanel
from tests.media_factory import solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def test_closing_the_window_mid_export_cancels_it_and_leaves_nothing(
    qtbot: Any, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    window.open_template(load_template(bundled_templates_dir() / "pov"))
    page = window.edit
    page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
    settle(qtbot, page)
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["activity"], "close early")
    qtbot.keyClicks(page.blanks.edits["day"], "Monday")
    assert page.export() is not None
    qtbot.waitUntil(lambda: page.export_panel.bar.value() > 0, timeout=120_000)
    exporting = page.export_panel.jobs
    window.close()  # waits for the export to stop: no thread is destroyed while it runs
    assert not exporting.busy()
    assert list((tmp_path / "videos").iterdir()) == []  # the partial file is gone
    assert [p.name for p in tmp_path.rglob("*.mp4")] == []


def _take(tmp_path: Path) -> Take:
    """A take of one 6-second segment (long enough to be cancelled while it is assembled)."""
    folder = tmp_path / "take-1"
    folder.mkdir()
    video = solid_clip(folder / "segment-0.mp4", "blue", seconds=6, size="180x320")
    segment = Segment(0, video, 0.0, 6.0, 1.0, np.arange(180) / 30, False)
    return Take(folder, None, 0.0, (segment,))


def test_a_cancelled_take_assembly_is_not_a_failure(qtbot: Any, tmp_path: Path) -> None:
    panel = RecordPanel()
    qtbot.addWidget(panel)
    runner = JobRunner()
    assembly = TakeAssembly(panel, tmp_path, runner, lambda: None)
    said: list[str] = []
    ready: list[str] = []
    assembly.said.connect(said.append)
    assembly.ready.connect(ready.append)
    take = _take(tmp_path)
    try:
        assembly.assemble(take)
        key = f"take:{take.folder}"
        qtbot.waitUntil(lambda: (job := runner.job(key)) is not None and job.state == "running",
                        timeout=30_000)  # fmt: skip
        runner.cancel(key)
        qtbot.waitUntil(lambda: runner.settled, timeout=60_000)
    finally:
        runner.close()
    assert ready == []
    assert said[-1].startswith("Stopped putting the take together")
    assert not any("Cannot assemble" in line for line in said)
    assert not (take.folder / "take.mp4").exists()


def test_typing_with_a_long_song_of_ones_own_plans_off_the_windows_thread(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a creator notices as a freeze: planning (and the song's beats) on the window's
    thread. A spy on the real `prepare` notes the thread each keystroke's plan was made on."""
    import studio.media.render as render

    song = tmp_path / "own-song.m4a"
    run_ffmpeg(
        [
            "-f",
            "lavfi",
            "-i",
            "aevalsrc='sin(2*PI*60*t)*exp(-30*mod(t,0.5))':d=180",
            "-c:a",
            "aac",
            str(song),
        ]
    )  # fmt: skip  (3 minutes with a beat)
    planned_on: list[threading.Thread] = []
    real_prepare = render.prepare

    def spy(*args: Any, **kwargs: Any) -> Any:
        planned_on.append(threading.current_thread())
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(render, "prepare", spy)
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    window.show()
    window.open_template(load_template(bundled_templates_dir() / "transition-challenge"))
    page = window.edit
    assert page.project is not None and page.blanks is not None
    page.project.execute(SetMusic(SoundtrackChoice(path=str(song), origin="creator")))
    clip = resource_path("samples", "dance-portrait.mp4")
    page.choose_media("before", str(clip))
    page.choose_media("after", str(clip))
    settle(qtbot, page, timeout=120_000)
    planned_on.clear()
    qtbot.keyClicks(page.blanks.edits["label"], "sweats then a suit")
    settle(qtbot, page, timeout=120_000)
    plan = page.preview_plan
    assert plan is not None and plan.audio.soundtrack == song
    assert [t.text for t in plan.texts if t.id == "label"] == ["sweats then a suit"]
    # words alone are filled into the last plan without planning; what moves time is planned
    assert threading.main_thread() not in planned_on
    page.choose_media("after", str(resource_path("samples", "garden-square.mp4")))
    settle(qtbot, page, timeout=120_000)
    assert planned_on and threading.main_thread() not in planned_on
    window.close()
