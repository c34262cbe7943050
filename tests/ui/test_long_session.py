"""A window left open for a long session keeps only what it shows: trying many clips in a slot
does not keep every clip's thumbnails (`bench/soak.py` measures the whole window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.core.template import load_template
from studio.ui import timeline_feed
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
