"""A window left open for a long session keeps only what it shows: trying many clips in a slot
does not keep every clip's thumbnails, and frames freed by worker threads go back to the system
(`bench/soak.py` measures the whole window)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from studio.core.template import load_template
from studio.ui import timeline_feed
from studio.ui.native_heap import HeapTrimmer, heap_figures
from studio.ui.pages.edit_page import EditPage
from tests.media_factory import small_template
from tests.ui.settling import settle


def test_trying_many_photos_keeps_a_bounded_number_of_thumbnails(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    kept_clips = 4  # the real bound is larger; the same code drops the oldest past it
    monkeypatch.setattr(timeline_feed, "KEPT_CLIPS", kept_clips)
    folder = small_template(tmp_path / "t", {
        "slots": [{"id": "one", "label": "One", "duration": 1, "kind": "photo"}],
    })  # fmt: skip
    edit = EditPage(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(edit)
    edit.resize(900, 700)
    edit.show()
    edit.open_template(load_template(folder))
    tried = kept_clips + 3
    for number in range(tried):  # each photo a different grey, as a creator tries pictures
        photo = tmp_path / f"photo-{number:02}.png"
        Image.fromarray(np.full((48, 32, 3), number * 20, np.uint8)).save(photo)
        edit.choose_media("one", str(photo))
        settle(qtbot, edit)
        qtbot.waitUntil(lambda photo=photo: photo in edit.feed.thumbnails, timeout=20_000)
    try:
        kept = list(edit.feed.thumbnails)
        assert len(kept) == kept_clips
        assert kept[-1] == photo and tmp_path / "photo-00.png" not in kept  # the oldest went
        shown = edit.timeline.clips["one"]
        assert shown.media == photo and len(shown.thumbnails) == 1  # the slot's own still shows
        picture = shown.thumbnails[0].pixelColor(0, 0)
        assert picture.red() == (tried - 1) * 20
    finally:
        edit.shutdown()


def _resident_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def test_frames_a_worker_thread_freed_go_back_to_the_system_on_the_windows_timer(
    qtbot: Any,
) -> None:
    if heap_figures() is None:
        pytest.skip("glibc's allocator only (Linux); elsewhere the trim does nothing")
    kept: list[np.ndarray] = []

    def export_like() -> None:  # as the export's threads do: frames of a few MB, made and freed
        large = np.ones(16_000_000, np.uint8)
        del large  # freed at once: from now on glibc keeps frames up to this size in its heap
        frames = [np.ones(4_000_000, np.uint8) for _ in range(40)]  # 160 MB, every page touched
        kept.extend(frames[::10])  # a few stay alive: the heap cannot just shrink from its top

    worker = threading.Thread(target=export_like)
    worker.start()
    worker.join()
    before = _resident_mb()
    assert heap_figures().free_mb > 100  # type: ignore[union-attr]  # freed, but still held
    trimmer = HeapTrimmer(every_s=0.2)  # the window's, every minute
    try:
        qtbot.waitUntil(lambda: _resident_mb() < before - 100, timeout=10_000)
    finally:
        trimmer.close()
