"""Creators' clips come in every codec and container: each fills a slot with the right picture."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.render import prepare, render
from tests.media_factory import decode_frames, small_template

pytestmark = pytest.mark.slow

FORMATS = [
    ("h264.mp4", ["-c:v", "libx264", "-pix_fmt", "yuv420p"]),
    ("hevc.mov", ["-c:v", "libx265", "-pix_fmt", "yuv420p", "-x265-params", "log-level=error"]),
    ("vp9.webm", ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"]),
    ("prores.mov", ["-c:v", "prores_ks", "-profile:v", "0"]),
    ("h264.mkv", ["-c:v", "libx264", "-pix_fmt", "yuv420p"]),
]


@pytest.mark.parametrize(("name", "codec"), FORMATS, ids=[f[0] for f in FORMATS])
def test_codec_and_container(tmp_path: Path, name: str, codec: list[str]) -> None:
    clip = tmp_path / name
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=0x3050E0:s=640x360:r=25:d=1.2", *codec, str(clip)])
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 1}]}
    )
    out = render(prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)})),
                 tmp_path / "out.mp4")  # fmt: skip
    frames = decode_frames(out, (270, 480))
    assert len(frames) == 30  # 25 fps in, the template's 30 out
    colour = frames[15].reshape(-1, 3).mean(axis=0)
    assert np.abs(colour - [0x30, 0x50, 0xE0]).max() < 12


def test_variable_frame_rate_clip_keeps_time(tmp_path: Path) -> None:
    """Frames at uneven times (as phones record) still show at their own moments."""
    clip = tmp_path / "vfr.mkv"
    # 2 s of a counter whose brightness is its timestamp, with jittered frame times
    run_ffmpeg([
        "-f", "lavfi", "-i", "color=c=black:s=320x240:r=60:d=2",
        "-vf", "geq=lum='clip(T*120,0,255)':cb=128:cr=128,select='not(mod(n,2))+eq(mod(n,7),3)'",
        "-fps_mode", "vfr", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(clip),
    ])  # fmt: skip
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 2}]}
    )
    out = render(prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)})),
                 tmp_path / "out.mp4")  # fmt: skip
    frames = decode_frames(out, (270, 480)).astype(float)
    assert len(frames) == 60
    brightness = frames.mean(axis=(1, 2, 3))
    # at 1.0 s the source is 120 bright; frames are never reordered
    assert abs(brightness[30] - 120) < 12
    assert np.all(np.diff(brightness[:55]) >= -2)
