"""The preview worker, called in a fixed order on one thread so the outcome is certain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.core.template.schema import FilterRef
from studio.media.render import prepare
from studio.ui.workers import PreviewRenderer
from tests.media_factory import small_template, solid_clip


def test_a_new_plan_redraws_the_last_requested_time(qtbot: Any, tmp_path: Path) -> None:
    """Plans queued faster than the worker draws (typing, then a look) must all show up."""
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 2}]}
    )
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=2)
    loaded = load_template(folder)
    red = prepare(loaded, CreatorInput(slots={"one": SlotInput(clip)}))
    grey = prepare(
        loaded, CreatorInput(slots={"one": SlotInput(clip, filters=(FilterRef(name="mono"),))})
    )
    renderer = PreviewRenderer()
    shown: list[tuple[int, int, int]] = []
    renderer.frame_ready.connect(
        lambda t, image: shown.append(image.pixelColor(10, 10).getRgb()[:3])
    )
    try:
        renderer.request(1.0)
        renderer.set_plan(red)
        renderer.render_pending()
        renderer.set_plan(grey)  # arrives after the request was already drawn
        renderer.render_pending()
    finally:
        renderer.shutdown()
    assert len(shown) == 2
    r, g, b = shown[-1]
    assert abs(r - g) < 8 and abs(g - b) < 8  # the mono plan was drawn, not left stale


def test_a_resting_picture_is_drawn_at_full_size(qtbot: Any, tmp_path: Path) -> None:
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 2}]}
    )
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=2)
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
    renderer = PreviewRenderer()
    sizes: list[tuple[int, int]] = []
    renderer.frame_ready.connect(lambda t, image: sizes.append((image.width(), image.height())))
    try:
        renderer.set_plan(plan)
        renderer.request(0.5)  # scrubbing or playing: half size
        renderer.render_pending()
        renderer.request(0.5, full=True)  # resting: the export's own frame
        renderer.render_pending()
    finally:
        renderer.shutdown()
    assert sizes == [(134, 240), (270, 480)]  # this canvas is 270x480; half is rounded to even
