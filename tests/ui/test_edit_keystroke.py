"""A keystroke in a blank on the Edit page, in a beat-cut template with a song of the creator's
own: the new words are planned on the spot from what planning measured (no planning job, the
decoders kept), exactly as planning would make them; an edit that moves time plans again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.core.project import SetMusic, SoundtrackChoice
from studio.core.render_plan import RenderPlan
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.ui.edit_planning import plan_preview
from studio.ui.main_window import MainWindow
from tests.media_factory import solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def _song(path: Path) -> Path:
    """14 s with a beat every half second, as a creator's own file (AAC)."""
    beat = "aevalsrc='0.6*sin(2*PI*60*t)*exp(-30*mod(t,0.5))':s=44100:d=14"
    run_ffmpeg(["-f", "lavfi", "-i", beat, "-c:a", "aac", str(path)], timeout=120)
    return path


def _label(plan: RenderPlan | None) -> str | None:
    return next((t.text for t in plan.texts if t.id == "label"), None) if plan else None


def test_typing_fills_the_plan_at_once_and_moving_time_plans_again(
    qtbot: Any, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    try:
        window.open_template(load_template(bundled_templates_dir() / "transition-challenge"))
        page = window.edit
        assert page.project is not None and page.blanks is not None
        song = _song(tmp_path / "own.m4a")
        page.project.execute(SetMusic(SoundtrackChoice(path=str(song), origin="creator")))
        page.choose_media("before", str(solid_clip(tmp_path / "red.mp4", "red", seconds=6)))
        page.choose_media("after", str(solid_clip(tmp_path / "blue.mp4", "blue", seconds=8)))
        qtbot.waitUntil(lambda: page.plain_plan is not None and len(
            [s for s in page.plain_plan.slots if s.media]) == 2, timeout=60_000)  # fmt: skip
        qtbot.waitUntil(lambda: not page.feed.preparer.busy(), timeout=60_000)  # proxies made
        settle(qtbot, page)
        assert page.plain_plan is not None and page.plain_plan.audio.soundtrack == song
        # the preview reads the proxies (its decoders start again once, for them), then rests
        qtbot.waitUntil(lambda: len(page.renderer._proxies) == 2, timeout=30_000)
        shown = page.last_frame
        page.transport.seek(3.0)
        qtbot.waitUntil(lambda: page.last_frame is not shown, timeout=30_000)
        restarts = page.renderer.restarts
        submitted: list[str] = []  # the keys of the jobs the page starts from now on
        submit = page.jobs.submit

        def noted(key: str, *args: Any, **kwargs: Any) -> Any:
            submitted.append(key)
            return submit(key, *args, **kwargs)

        page.jobs.submit = noted  # type: ignore[method-assign]

        edit = page.blanks.edits["label"]
        for typed in ("g", "go", "go!"):
            qtbot.keyClick(edit, typed[-1])
            assert _label(page.preview_plan) == typed  # planned on the spot, not by a job
        assert "plan" not in submitted
        # exactly the plan that planning the same input makes
        given = page.project.creator_input()
        planned, _, _ = plan_preview(page.project.loaded, given)
        assert page.plain_plan == planned
        # the renderer redraws the words with its decoders kept
        qtbot.waitUntil(lambda: _label(page.transport.last_drawn_plan) == "go!", timeout=30_000)  # type: ignore[arg-type]
        assert page.renderer.restarts == restarts

        # a new in-point moves what plays: planned again, off the window's thread
        page.timeline.in_point_changed.emit("after", 1.0)
        assert "plan" in submitted
        settle(qtbot, page)
        after = next(s for s in page.plain_plan.slots if s.id == "after")
        assert after.in_point == pytest.approx(1.0)
        assert _label(page.plain_plan) == "go!"
    finally:
        window.close()
