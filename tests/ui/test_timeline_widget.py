"""The timeline widget on its own: beat snapping, Shift, selection, overlapping texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from studio.core.render_plan import PlannedSlot, PlannedText, RenderPlan
from studio.core.template.schema import TextStyle
from studio.core.timeline import Span
from studio.ui.widgets.timeline import SlotClip, TimelineView


def _plan() -> RenderPlan:
    slots = (
        PlannedSlot("a", Path("a.mp4"), Span(0, 2)),
        PlannedSlot("b", Path("b.mp4"), Span(2, 4)),
    )
    texts = tuple(
        PlannedText(name, name, TextStyle(), 0.5, 0.5, 0.8, span)
        for name, span in (("title", Span(0, 2)), ("label", Span(1, 3)), ("end", Span(3, 4)))
    )
    return RenderPlan(1080, 1920, 30, 4.0, slots, texts)


@pytest.fixture
def timeline(qtbot: Any) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, view.height())
    view.show()
    view.show_plan(_plan())
    view.show_clip("b", SlotClip(Path("b.mp4"), 4.0))
    view.show_sound(np.full(100, 0.5), tuple(0.5 * i for i in range(9)))  # a beat every 0.5 s
    return view


def _drag(qtbot: Any, view: TimelineView, slot: str, seconds: float, shift: bool = False) -> float:
    """Drag a slot's strip `seconds` to the left; the in-point it sets."""
    start = view.slot_rect(slot).center().toPoint()
    end = start - QPoint(round(seconds * view.lanes().pixels_per_second), 0)
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, modifier, start)
    qtbot.mouseMove(view, start - QPoint(20, 0))
    with qtbot.waitSignal(view.in_point_changed) as changed:
        qtbot.mouseMove(view, end)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, modifier, end)
    assert changed.args[0] == slot
    return float(changed.args[1])


def test_a_drag_snaps_to_whole_beats(qtbot: Any, timeline: TimelineView) -> None:
    assert _drag(qtbot, timeline, "b", 0.96) == pytest.approx(1.0)  # two beats


def test_shift_or_snapping_off_moves_freely(qtbot: Any, timeline: TimelineView) -> None:
    free = _drag(qtbot, timeline, "b", 0.96, shift=True)
    assert free != pytest.approx(1.0) and free == pytest.approx(0.96, abs=1 / 30)
    timeline.snap = False
    timeline.show_plan(_plan())  # the page redraws the plan with the new in-point (here: 0)
    assert _drag(qtbot, timeline, "b", 0.96) == pytest.approx(free)


def test_a_drag_stops_at_the_clips_end(qtbot: Any, timeline: TimelineView) -> None:
    assert _drag(qtbot, timeline, "b", 3.5) == pytest.approx(2.0)  # 4 s clip, 2 s slot


def test_clicking_a_block_selects_it_and_moves_the_playhead(
    qtbot: Any, timeline: TimelineView
) -> None:
    lanes = timeline.lanes()
    picked: list[tuple[str, str]] = []
    timeline.selected.connect(lambda kind, item: picked.append((kind, item)))
    with qtbot.waitSignal(timeline.seek):
        point = QPoint(round(timeline.x_of(1.5)), round(lanes.text_row(1).center().y()))
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    assert picked == [("text", "label")]
    assert timeline.playhead == pytest.approx(1.5)
    point = QPoint(round(timeline.x_of(0.5)), round(lanes.slots.center().y()))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    assert picked[-1] == ("slot", "a") and timeline.selection == ("slot", "a")


def test_texts_that_overlap_go_on_separate_rows(timeline: TimelineView) -> None:
    rows = [[item.id for item in lane.items] for lane, _ in timeline.lanes().lanes
            if lane.key.startswith("texts:")]  # fmt: skip
    assert rows == [["title", "end"], ["label"]]


def test_an_own_items_end_and_whole_drag_on_its_lane(qtbot: Any, timeline: TimelineView) -> None:
    plan = _plan()
    own = PlannedText("own:text-1", "mine", TextStyle(), 0.5, 0.5, 0.8, Span(1, 2))
    timeline.show_plan(RenderPlan(1080, 1920, 30, 4.0, plan.slots, plan.texts, overlays=(own,)))
    assert timeline.lane_names()[-1] == "Yours"
    block = timeline.item_rect("own", "text-1")
    per_second = timeline.lanes().pixels_per_second
    for start, end, moved in (
        (block.topRight(), block.topRight() + QPoint(round(per_second), 0), (1.0, 3.0)),  # its end
        (block.center(), block.center() + QPoint(round(per_second / 2), 0), (1.5, 2.5)),  # whole
    ):
        begin = QPoint(round(start.x()) - (1 if start == block.topRight() else 0),
                       round(block.center().y()))  # fmt: skip
        finish = QPoint(round(end.x()), begin.y())
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=begin)
        qtbot.mouseMove(timeline, finish)
        with qtbot.waitSignal(timeline.retimed) as retimed:
            qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=finish)
        assert retimed.args[0] == "text-1"
        assert (retimed.args[1], retimed.args[2]) == (
            pytest.approx(moved[0], abs=1 / 30), pytest.approx(moved[1], abs=1 / 30))  # fmt: skip


def test_long_lane_names_are_cut_short_not_drawn_over_the_lanes(
    qtbot: Any, timeline: TimelineView
) -> None:
    plan = _plan()
    together = (
        PlannedSlot("a", Path("a.mp4"), Span(0, 4)),
        PlannedSlot("b", Path("b.mp4"), Span(0, 4)),
    )
    timeline.show_plan(RenderPlan(1080, 1920, 30, 4.0, together, plan.texts))
    timeline.show_names({"a": "A very long name for the original clip", "b": "Me"})
    assert timeline.lane_names()[1:3] == ["A very long name for the original clip", "Me"]
    picture = timeline.grab().toImage()
    lanes = timeline.lanes()
    background = picture.pixelColor(2, round(lanes.slots.center().y()))
    edge = lanes.names - 3  # the last pixels of the names column, before the lanes
    for _, rect in lanes.lanes:
        for y in range(round(rect.top()) + 1, round(rect.bottom()) - 1):
            assert picture.pixelColor(edge, y) == background, f"a name reaches the lanes at y={y}"


def _bar_rows(view: TimelineView) -> int:
    """How many pixel rows of the music lane show the song's bars (#6A6A75), at its middle."""
    image = view.grab().toImage()
    lane = view.lanes().wave
    x = round(lane.x() + lane.width() / 2)
    rows = range(round(lane.top()), round(lane.bottom()))
    return sum(1 for y in rows if image.pixelColor(x, y).name() == "#6a6a75")


def test_the_music_lane_draws_the_song_and_redraws_for_a_new_one(timeline: TimelineView) -> None:
    loud = _bar_rows(timeline)
    assert loud > 8  # half-level bars fill about half the lane
    timeline.show_sound(np.full(100, 0.1), ())  # a quieter song: shorter bars, not the old picture
    quiet = _bar_rows(timeline)
    assert 0 < quiet < loud / 2


def test_a_retyped_text_redraws_its_lane_as_a_fresh_timeline_draws_it(
    qtbot: Any, timeline: TimelineView
) -> None:
    """A keystroke redraws only its text's lane: the picture is the one a timeline drawing
    everything afresh shows, new words included, and the other lanes are not drawn again."""
    from dataclasses import replace

    timeline.grab()  # the whole picture drawn once
    plan = _plan()
    typed = replace(plan, texts=(replace(plan.texts[0], text="typed words"), *plan.texts[1:]))
    timeline.show_plan(typed)
    assert timeline._stale is not None and len(timeline._stale) == 1  # the title's lane alone
    fresh = TimelineView()
    qtbot.addWidget(fresh)
    fresh.resize(800, fresh.height())
    fresh.show()
    fresh.show_plan(typed)
    fresh.show_clip("b", SlotClip(Path("b.mp4"), 4.0))
    fresh.show_sound(timeline.peaks, timeline.beats)
    timeline.clearFocus()  # the focus frame would differ: whichever window was shown last
    fresh.clearFocus()
    assert timeline.grab().toImage() == fresh.grab().toImage()
    before = TimelineView()
    qtbot.addWidget(before)
    before.resize(800, before.height())
    before.show_plan(plan)
    before.show_clip("b", SlotClip(Path("b.mp4"), 4.0))
    before.show_sound(timeline.peaks, timeline.beats)
    before.clearFocus()
    assert timeline.grab().toImage() != before.grab().toImage()  # the new words are drawn
