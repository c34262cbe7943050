"""The editor's preview uses the same engine at 540x960; a dying encoder leaves no half file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media import ffmpeg
from studio.media.compositor import Compositor
from studio.media.ffmpeg import MediaError
from studio.media.render import prepare, render
from tests.media_factory import small_template, solid_clip


def _pov_plan() -> object:
    loaded = load_template(bundled_templates_dir() / "pov")
    given = CreatorInput(slots={"scene": SlotInput(resource_path("samples", "dance-portrait.mp4"))},
                         blanks={"activity": "dance in the kitchen", "day": "Friday"})  # fmt: skip
    return prepare(loaded, given)


def test_preview_frame_matches_the_full_frame_at_half_size() -> None:
    plan = _pov_plan()
    full, preview = Compositor(plan), Compositor(plan, scale=0.5)  # type: ignore[arg-type]
    try:
        big, small = full.frame_at(3.0), preview.frame_at(3.0)
        assert small.shape == (960, 540, 3) and big.shape == (1920, 1080, 3)
        halved = big.reshape(960, 2, 540, 2, 3).mean(axis=(1, 3))
        assert np.abs(halved - small.astype(float)).mean() < 6
    finally:
        full.close()
        preview.close()


def test_scrubbing_back_and_forth_gives_the_same_frame() -> None:
    compositor = Compositor(_pov_plan(), scale=0.5)  # type: ignore[arg-type]
    try:
        first = compositor.frame_at(4.0)
        compositor.frame_at(1.0)
        compositor.frame_at(6.5)
        again = compositor.frame_at(4.0)
        assert np.abs(first.astype(int) - again.astype(int)).max() <= 2
    finally:
        compositor.close()


@pytest.fixture
def dying_encoder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ffmpeg whose encoder dies like on a full disk (a full disk cannot be made here)."""
    real = ffmpeg.ffmpeg_exe()
    wrapper = tmp_path / "ffmpeg"
    wrapper.write_text(
        "#!/bin/sh\n"
        'case "$*" in *pipe:0*libx264*) head -c 3000000 >/dev/null; '
        'echo "Error writing trailer: No space left on device" >&2; exit 1;; esac\n'
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("STUDIO_FFMPEG", str(wrapper))
    ffmpeg.ffmpeg_exe.cache_clear()
    yield
    ffmpeg.ffmpeg_exe.cache_clear()


@pytest.mark.usefixtures("dying_encoder")
def test_dead_encoder_gives_a_clear_error_and_no_file(tmp_path: Path) -> None:
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 2}]}
    )
    clip = solid_clip(tmp_path / "c.mp4", "red")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
    with pytest.raises(MediaError, match="No space left on device"):
        render(plan, out_dir / "video.mp4")
    assert os.listdir(out_dir) == []
