"""The preview worker: called step by step in a fixed order so the outcome is certain, and as
the job it is in the editor (the newest request wins, a failure is a line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.core.template.schema import FilterRef
from studio.media.render import prepare
from studio.ui.jobs import JobRunner
from studio.ui.workers import PreviewRenderer
from tests.media_factory import small_template, solid_clip


def _one_slot(tmp_path: Path) -> tuple[Any, Path]:
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 2}]}
    )
    return load_template(folder), solid_clip(tmp_path / "red.mp4", "red", seconds=2)


def test_a_new_plan_redraws_the_last_requested_time(qtbot: Any, tmp_path: Path) -> None:
    """Plans queued faster than the worker draws (typing, then a look) must all show up."""
    loaded, clip = _one_slot(tmp_path)
    red = prepare(loaded, CreatorInput(slots={"one": SlotInput(clip)}))
    grey = prepare(
        loaded, CreatorInput(slots={"one": SlotInput(clip, filters=(FilterRef(name="mono"),))})
    )
    renderer = PreviewRenderer()
    shown = []
    try:
        renderer.request(1.0)
        renderer.set_plan(red)
        shown.append(renderer.render_pending())
        renderer.set_plan(grey)  # arrives after the request was already drawn
        shown.append(renderer.render_pending())
    finally:
        renderer.shutdown()
    assert [outcome[0] for outcome in shown if outcome] == ["frame", "frame"]
    r, g, b = shown[-1][2].pixelColor(10, 10).getRgb()[:3]  # type: ignore[index]
    assert abs(r - g) < 8 and abs(g - b) < 8  # the mono plan was drawn, not left stale


def test_a_resting_picture_is_drawn_at_full_size(qtbot: Any, tmp_path: Path) -> None:
    loaded, clip = _one_slot(tmp_path)
    plan = prepare(loaded, CreatorInput(slots={"one": SlotInput(clip)}))
    renderer = PreviewRenderer()
    sizes = []
    try:
        renderer.post_plan(plan)  # for the full-size engine, which takes it when it draws
        renderer.set_plan(plan)
        renderer.request(0.5)  # scrubbing or playing: half size
        sizes.append(renderer.render_pending())
        renderer.request(0.5, full=True)  # resting: the export's own frame
        assert renderer.render_pending() is None  # not the small engine's work
        sizes.append(renderer.render_full())
    finally:
        renderer.shutdown()
    images = [outcome[2] for outcome in sizes if outcome]
    # this canvas is 270x480; half is rounded to even
    assert [(i.width(), i.height()) for i in images] == [(134, 240), (270, 480)]  # type: ignore[attr-defined]


def test_a_full_frame_overtaken_by_a_keystroke_is_dropped(qtbot: Any, tmp_path: Path) -> None:
    """The full-size frame is drawn beside the small ones; one that a newer request overtook
    while it was drawn never replaces the newer picture."""
    loaded, clip = _one_slot(tmp_path)
    plan = prepare(loaded, CreatorInput(slots={"one": SlotInput(clip)}))
    renderer = PreviewRenderer()
    try:
        renderer.post_plan(plan)
        renderer.set_plan(plan)
        renderer.request(0.5, full=True)
        renderer.request(0.75)  # the creator typed: the small frame of the newer request
        assert renderer.render_full() is None  # the full one of 0.5 s is stale
        renderer.request(0.75, full=True)
        drawn = renderer.render_full()
        assert drawn is not None and drawn[1] == 0.75
    finally:
        renderer.shutdown()


def test_an_original_deleted_after_its_proxy_is_a_line_not_a_dead_thread(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The full-size picture reads the original: gone, the preview says so and goes on."""
    from studio.media.preview_proxy import make_proxy

    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    loaded, clip = _one_slot(tmp_path)
    plan = prepare(loaded, CreatorInput(slots={"one": SlotInput(clip)}))
    proxy = make_proxy(clip)
    renderer = PreviewRenderer()
    runner = JobRunner()
    outcomes: list[tuple[object, ...]] = []
    runner.submit("preview", renderer.run, lane="preview", item=outcomes.append)
    runner.submit("sharp", renderer.run_full, lane="sharp", item=outcomes.append)
    try:
        renderer.post_proxies({clip: proxy})
        renderer.post_plan(plan)
        renderer.request(0.5)
        qtbot.waitUntil(lambda: any(o[0] == "frame" for o in outcomes), timeout=20_000)
        clip.unlink()
        renderer.request(1.0, full=True)
        qtbot.waitUntil(lambda: any(o[0] == "failed" for o in outcomes), timeout=20_000)
        renderer.request(0.25)  # the worker still answers
        count = sum(o[0] == "frame" for o in outcomes)
        qtbot.waitUntil(lambda: sum(o[0] == "frame" for o in outcomes) > count, timeout=20_000)
    finally:
        renderer.wake()
        runner.close()
    [failure] = [o for o in outcomes if o[0] == "failed"]
    assert "red.mp4" in str(failure[1]) and "\n" not in str(failure[1])


def test_the_resting_picture_is_drawn_full_size_only_when_the_canvas_shows_more(
    qtbot: Any, tmp_path: Path
) -> None:
    """Shown smaller than the small frame, the preview stays with it (the full one would look
    the same and only take a core from the next keystroke); shown larger, it sharpens."""
    from PySide6.QtWidgets import QPushButton, QWidget

    from studio.ui.preview_transport import PreviewTransport
    from studio.ui.widgets.timeline import TimelineView

    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 540, "height": 960, "fps": 30},  # the small frame is 270x480
        "slots": [{"id": "one", "label": "One", "duration": 1}]})  # fmt: skip
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
    owner = QWidget()
    qtbot.addWidget(owner)
    timeline = TimelineView()
    timeline.setParent(owner)  # every widget goes with the window, as on the Edit page
    transport = PreviewTransport(QPushButton(owner), timeline, lambda line: None, owner)
    transport.canvas.setParent(owner)
    try:
        transport.canvas.resize(180, 320)  # its smallest
        transport.show_plan(plan)
        qtbot.waitUntil(lambda: transport.last_frame is not None, timeout=20_000)
        qtbot.wait(transport.sharpen_timer.interval() + 1500)  # rested, long enough to sharpen
        assert transport.last_frame is not None and transport.last_frame.width() == 270
        transport.canvas.resize(400, 712)
        transport.request(0.5)
        qtbot.waitUntil(lambda: transport.last_frame is not None
                        and transport.last_frame.width() == 540, timeout=20_000)  # fmt: skip
    finally:
        transport.stop_playing()
        transport.shutdown()
