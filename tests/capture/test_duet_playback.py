"""The other clip of a duet follows the soundtrack clock's position frame for frame."""

from __future__ import annotations

from pathlib import Path

from studio.capture.duet_playback import DuetPlayback
from studio.core.fill_v2 import duet_partner
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from tests.media_factory import flash_clip


def test_the_clip_shows_the_frame_of_the_track_position(tmp_path: Path) -> None:
    clip = flash_clip(tmp_path / "flash.mp4", flash_frame=45, seconds=3.0)  # white at 1.5 s
    playback = DuetPlayback(clip)
    try:
        positions = [i / 30 for i in range(0, 90, 3)] + [44 / 30, 45 / 30, 46 / 30]
        for position in sorted(positions):
            white = playback.frame_at(position).mean() > 128
            assert white == (round(position * 30) == 45), position
        assert playback.frame_at(0.5).mean() < 10  # scrubbing back restarts the decoder
        assert playback.frame_at(10.0).mean() < 10  # past its end: its last frame
    finally:
        playback.close()


def test_a_duet_or_reaction_records_beside_the_filled_slot() -> None:
    for slug in ("duet", "reaction"):
        template = load_template(bundled_templates_dir() / slug).template
        assert duet_partner(template, {"original": Path("a.mp4")}) == ("original", "me")
        assert duet_partner(template, {}) is None
        assert duet_partner(template, {"original": Path("a.mp4"), "me": Path("b.mp4")}) is None
    photo_dump = load_template(bundled_templates_dir() / "photo-dump").template
    assert duet_partner(photo_dump, {"p1": Path("a.jpg")}) is None
