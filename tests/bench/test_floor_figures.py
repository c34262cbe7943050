"""`bench/export.py --floor --sources`: one source that cannot be rendered does not lose the line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import bench._floor as floor
from bench._tree import sampled


def test_a_failing_source_gets_an_error_and_the_others_their_peaks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # each real source render takes minutes (4K, 8K, 12 minutes of sound): here each is a tiny
    # command run by the same sampler, the 8K photo's failing as a broken render does
    def render_pov(media: Path, out: Path, extra: list[str] | None = None) -> tuple[float, float]:
        code = "raise SystemExit('photo-8k.jpg: cannot decode')" if media.suffix == ".jpg" else ""
        wall, peak, _ = sampled([sys.executable, "-c", code])
        return wall, peak

    monkeypatch.setattr(floor, "render_pov", render_pov)
    for maker, name in (("uhd_clip", "uhd.mp4"), ("photo_8k", "photo-8k.jpg"),
                        ("phone_clip", "phone.mp4"), ("long_song", "song.m4a")):  # fmt: skip
        monkeypatch.setattr(floor, maker, lambda *_, name=name: tmp_path / name)

    peaks = floor.sources_tree_mb()

    assert peaks["photo_8k"] == {"error": "photo-8k.jpg: cannot decode"}
    assert isinstance(peaks["uhd_portrait"], int) and peaks["uhd_portrait"] > 0
    assert isinstance(peaks["song_12min"], int) and peaks["song_12min"] > 0
