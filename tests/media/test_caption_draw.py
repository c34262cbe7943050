"""Captions drawn by the studio's own text renderer: the looks as a viewer sees them, inside
the platforms' safe zone, the same in the preview and the export."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.core.captions.cues import CaptionBox, CaptionCue, CueWord, PlannedCaptions
from studio.core.captions.looks import CAPTION_LOOKS
from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.timeline import Span
from studio.media.caption_draw import CaptionPainter
from studio.media.compositor import Compositor
from tests.media_factory import solid_clip

W, H = 540, 960
CUE = CaptionCue(1.0, 3.0, (CueWord("one", 1.0, 1.4), CueWord("two", 1.5, 1.9),
                            CueWord("three", 2.0, 2.6)))  # fmt: skip


def _drawn(look: str, t: float, background: int = 0) -> np.ndarray:
    frame = np.full((H, W, 3), background, np.uint8)
    CaptionPainter(PlannedCaptions((CUE,), CAPTION_LOOKS[look]), W, H).draw(frame, t)
    return frame


def _yellow(frame: np.ndarray) -> np.ndarray:
    r, g, b = (frame[..., i].astype(int) for i in range(3))
    return (r > 200) & (g > 200) & (b < 80)


def test_karaoke_boxes_the_word_being_said_and_the_box_moves_with_the_words() -> None:
    first = np.argwhere(_yellow(_drawn("karaoke", 1.2)))
    last = np.argwhere(_yellow(_drawn("karaoke", 2.2)))
    assert first.size and last.size
    assert last[:, 1].mean() > first[:, 1].mean() + 40  # "three" is right of "one"
    # a box, not only a colour: a solid run of yellow taller than a stroke
    assert np.ptp(first[:, 0]) > 20


def test_word_by_word_pop_shows_only_the_words_said_so_far() -> None:
    early = (_drawn("pop", 1.45) > 0).any(axis=2).sum()
    later = (_drawn("pop", 2.5) > 0).any(axis=2).sum()
    assert 0 < early < later


def test_boxed_lines_sit_on_a_dark_box_and_outline_draws_a_thick_stroke() -> None:
    boxed = _drawn("boxed", 1.2, background=255)
    dark = (boxed.max(axis=2) < 110).sum()
    assert dark > 40 * 200  # a box round the whole line, not just glyph edges
    outline = _drawn("outline", 1.2, background=128)
    assert (outline.max(axis=2) < 20).sum() > 2000  # black outline pixels


def test_nothing_is_drawn_before_or_after_the_line() -> None:
    for t in (0.5, 3.1):
        assert not _drawn("karaoke", t).any()


def test_captions_stay_inside_their_box_in_the_safe_zone() -> None:
    frame = _drawn("outline", 2.2)
    ys, xs = np.nonzero(frame.any(axis=2))
    box = CaptionBox()
    assert ys.max() <= box.bottom * H + 2
    assert ys.min() >= (box.bottom - box.height) * H - 2
    assert (
        xs.min() >= (box.x - box.width / 2) * W - 2 and xs.max() <= (box.x + box.width / 2) * W + 2
    )


def test_the_preview_draws_what_the_export_draws(tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "grey.mp4", "gray", seconds=3.0, size="108x192")
    captions = PlannedCaptions((CUE,), CAPTION_LOOKS["karaoke"])
    plan = RenderPlan(540, 960, 30, 3.0, (PlannedSlot("a", clip, Span(0, 3)),), captions=captions)
    export, preview = Compositor(plan), Compositor(plan, scale=0.5)
    try:
        full = export.frame_at(1.2)
        half = preview.frame_at(1.2)
    finally:
        export.close()
        preview.close()
    shrunk = full[::2, ::2]
    assert _yellow(full).any()
    # the same caption in the same place at half size (small differences at glyph edges)
    assert abs(int(_yellow(shrunk).sum()) - int(_yellow(half).sum())) < 0.2 * _yellow(half).sum()
    assert np.mean(np.abs(shrunk.astype(int) - half.astype(int))) < 6
