"""The editor's timeline and instant preview, driven through the real widgets (offscreen).

The clip counts its frames in its grey level, so every picture says which frame of the clip it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from studio.core.template import load_template
from studio.media.preview_proxy import proxies_dir
from studio.media.proxy_source import ProxySource
from studio.ui.pages.edit_page import EditPage
from tests.media_factory import counting_clip, decode_frames, frame_number, small_template
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


def _number(image: QImage | None) -> int:
    """Which frame of the counting clip a preview picture shows (-1: none yet)."""
    if image is None:
        return -1
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, stride)
    picture = rows[:, : width * 3].reshape(height, width, 3)
    return frame_number(picture[height * 3 // 4 :])  # below the text


@pytest.fixture
def page(qtbot: Any, tmp_path: Path) -> Iterator[EditPage]:
    """The Edit page on a one-slot template (1 s of a 2 s counting clip), the clip in its slot."""
    folder = small_template(tmp_path / "t", {
        "slots": [{"id": "one", "label": "One", "duration": 1}],
        "blanks": [{"id": "word", "prompt": "A word"}],
        "texts": [{"id": "caption", "text": "{blank:word}", "y": 0.1, "width": 0.3}],
    })  # fmt: skip
    clip = counting_clip(tmp_path / "count.mp4", frames=60, size=(64, 64))
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(900, 700)
    edit.show()
    edit.open_template(load_template(folder))
    edit.choose_media("one", str(clip))
    settle(qtbot, edit)
    yield edit
    edit.shutdown()


def _click(qtbot: Any, page: EditPage, seconds: float, lane: str = "ruler") -> None:
    timeline = page.timeline
    y = round(getattr(timeline.lanes(), lane).center().y())
    qtbot.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(timeline.x_of(seconds)), y)
    )


def _shows(qtbot: Any, page: EditPage, frame: int) -> None:
    qtbot.waitUntil(lambda: _number(page.last_frame) == frame, timeout=20_000)


def test_clicking_and_dragging_on_the_timeline_shows_that_frame(qtbot: Any, page: EditPage) -> None:
    _click(qtbot, page, 0.5)
    assert page.preview_time == pytest.approx(0.5)
    assert page.scrub.value() == 15 and page.clock.text() == "0.5 / 1.0 s"
    _shows(qtbot, page, 15)
    timeline = page.timeline
    y = round(timeline.lanes().wave.center().y())
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(timeline.x_of(0.2)), y))
    qtbot.mouseMove(timeline, QPoint(round(timeline.x_of(0.8)), y))
    assert page.preview_time == pytest.approx(0.8)
    qtbot.mouseRelease(
        timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(timeline.x_of(0.8)), y)
    )
    _shows(qtbot, page, 24)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # one frame on
    _shows(qtbot, page, 25)
    qtbot.keyClick(timeline, Qt.Key.Key_End)  # the export's last frame
    assert page.scrub.value() == page.scrub.maximum() == 29
    _shows(qtbot, page, 29)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    _shows(qtbot, page, 0)


def test_dragging_the_clip_sets_the_part_that_plays_and_the_export_shows_it(
    qtbot: Any, page: EditPage
) -> None:
    timeline = page.timeline
    block = timeline.slot_rect("one")
    start = block.center().toPoint()
    half_second = round(timeline.lanes().pixels_per_second * 0.5)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # the strip follows the mouse to the left: a later part plays
        qtbot.mouseMove(timeline, start - QPoint(half_second * step // 5, 0))
    assert timeline.dragged_in_point is not None
    with qtbot.waitSignal(timeline.in_point_changed):
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start - QPoint(half_second, 0))
    assert page.draft is not None
    in_point = page.draft.slots["one"].in_point
    assert in_point == pytest.approx(0.5, abs=1.5 / 30)
    assert page.cards["one"].in_point.value() == pytest.approx(in_point)  # the card agrees
    first = round(in_point * 30)
    _click(qtbot, page, 0.0)
    _shows(qtbot, page, first)  # the preview shows the chosen part at once

    page.type_blank("word", "hi")  # the template needs its word to export
    with qtbot.waitSignal(page.exported, timeout=120_000) as exported:
        assert page.export() is not None
    frames = decode_frames(Path(exported.args[0]), (270, 480))
    assert [frame_number(frames[0]), frame_number(frames[-1])] == [first, first + 29]
    page.undo()
    page.undo()  # one undo step puts the old in-point back
    assert page.draft.slots["one"].in_point == 0.0


def test_the_preview_reads_the_proxy_made_in_the_background(qtbot: Any, page: EditPage) -> None:
    assert page.timeline.clips["one"].progress == 0.0  # the slot says its preview is coming
    seen: list[float] = []
    page.feed.preparer.progress.connect(lambda _, fraction: seen.append(fraction))
    qtbot.waitUntil(lambda: not page.feed.preparer.busy(), timeout=60_000)
    assert seen and seen[-1] == 1.0
    clip = page.timeline.clips["one"]
    proxy = page.feed.preparer.proxies[clip.media]
    assert proxy.parent == proxies_dir() and clip.progress is None
    qtbot.waitUntil(lambda: bool(page.timeline.clips["one"].thumbnails), timeout=20_000)

    def source() -> object:
        compositor = page.renderer._compositor
        return compositor.sources["one"] if compositor is not None else None  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: isinstance(source(), ProxySource), timeout=20_000)
    assert source().path == proxy  # type: ignore[attr-defined]
    _click(qtbot, page, 0.7)
    _shows(qtbot, page, 21)  # the proxy's frame for 0.7 s is the clip's frame 21
    plan = page.preview_plan
    assert plan is not None and plan.slots[0].media == clip.media  # exports read the original


def test_typing_a_blank_redraws_the_text_without_restarting_decoders(
    qtbot: Any, page: EditPage
) -> None:
    qtbot.waitUntil(lambda: not page.feed.preparer.busy(), timeout=60_000)
    _click(qtbot, page, 0.5)
    _shows(qtbot, page, 15)
    qtbot.wait(500)  # the proxy swap and the resting full-size frame are done
    restarts = page.renderer.restarts
    compositor = page.renderer._compositor
    before = page.last_frame
    assert page.blanks is not None
    qtbot.keyClicks(page.blanks.edits["word"], "WOW")
    qtbot.waitUntil(lambda: page.last_frame is not before and page.last_frame != before,
                    timeout=10_000)  # fmt: skip
    assert page.renderer.restarts == restarts
    assert page.renderer._compositor is compositor


def test_a_click_on_the_scrub_bar_jumps_there(qtbot: Any, page: EditPage) -> None:
    bar = page.scrub
    assert bar.maximum() == 29  # the export's 30 frames
    point = QPoint(round(bar.width() * 0.75), bar.height() // 2)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=point)
    assert abs(bar.value() - 0.75 * 29) <= 2  # where clicked, not one page step
    assert page.timeline.playhead == pytest.approx(bar.value() / 30)
    _shows(qtbot, page, bar.value())


def test_the_sound_is_mixed_before_play_is_pressed(qtbot: Any, page: EditPage) -> None:
    qtbot.waitUntil(lambda: page.sound._samples is not None, timeout=30_000)
    assert not page.play_button.isChecked()
