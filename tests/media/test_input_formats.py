"""Creators' clips come in every codec and container: each fills a slot with the right picture."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.probe import probe
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


ALPHA_CODECS = [
    ("prores4444.mov", ["-c:v", "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuva444p10le"]),
    ("qtrle.mov", ["-c:v", "qtrle", "-pix_fmt", "argb"]),
    ("png.mov", ["-c:v", "png", "-pix_fmt", "rgba"]),
]


@pytest.mark.parametrize(("name", "codec"), ALPHA_CODECS, ids=[c[0] for c in ALPHA_CODECS])
def test_what_a_clip_makes_see_through_shows_black(
    tmp_path: Path, name: str, codec: list[str]
) -> None:
    """A clip with an alpha channel showed the colours it hides (here orange under alpha 0,
    left half): as a photo's, what it makes see-through is black; the opaque half is blue."""
    from studio.core.render_plan import PlannedSlot
    from studio.core.timeline import Span
    from studio.media.slot_source import SlotSource

    clip = tmp_path / name
    half = "geq=r='if(lt(X,W/2),230,40)':g='if(lt(X,W/2),120,80)':b='if(lt(X,W/2),20,230)'"
    alpha = ":a='if(lt(X,W/2),0,255)'"
    run_ffmpeg(["-f", "lavfi", "-i", "color=s=64x64:r=30:d=1", "-vf",
                f"format=rgba,{half}{alpha}", *codec, str(clip)])  # fmt: skip
    source = SlotSource(PlannedSlot("a", clip, Span(0, 1.0), fit="contain"), 64, 64, 30)
    try:
        frame = source.frame_at(0.5).astype(int)
    finally:
        source.close()
    assert frame[32, 8].max() <= 6  # see-through: black, not orange
    assert np.abs(frame[32, 56] - [40, 80, 230]).max() < 16


@pytest.mark.parametrize("name", ["blink.gif", "blink.png"])
def test_what_an_animation_makes_see_through_shows_black(tmp_path: Path, name: str) -> None:
    """An animated GIF's or APNG's transparent colour showed (here magenta, as GIF encoders
    often leave it); a one-frame GIF and a PNG already showed black."""
    from PIL import Image

    from studio.core.render_plan import PlannedSlot
    from studio.core.timeline import Span
    from studio.media.slot_source import SlotSource

    frames = []
    for colour in ((20, 200, 40), (20, 40, 200)):
        frame = Image.new("RGBA", (64, 64), (255, 0, 255, 0))  # magenta, see-through
        frame.paste(Image.new("RGBA", (32, 64), (*colour, 255)), (32, 0))
        frames.append(frame)
    clip = tmp_path / name
    frames[0].save(clip, save_all=True, append_images=frames[1:], duration=200, loop=0,
                   disposal=2)  # fmt: skip
    source = SlotSource(PlannedSlot("a", clip, Span(0, 0.5)), 64, 64, 30)
    try:
        shown = [source.frame_at(t).astype(int) for t in (0.1, 0.3)]
    finally:
        source.close()
    for frame, colour in zip(shown, ((20, 200, 40), (20, 40, 200)), strict=True):
        assert frame[32, 8].max() <= 6  # see-through: black, not magenta
        assert np.abs(frame[32, 56] - colour).max() < 16


@pytest.mark.parametrize("suffix", [".avif", ".jp2", ".tga", ".qoi"])
def test_photos_of_newer_and_older_formats_are_photos(tmp_path: Path, suffix: str) -> None:
    """AVIF (and JPEG 2000, TGA, QOI) went to ffmpeg, which read a one-frame video: a photo
    slot refused it ("is a video"), and `check` called it 0.0 s long."""
    from PIL import features

    if suffix == ".avif" and not features.check("avif"):
        pytest.skip("this Pillow reads no AVIF")
    path = tmp_path / f"photo{suffix}"
    Image.new("RGB", (60, 80), (200, 30, 40)).save(path)
    info = probe(path)
    assert (info.kind, info.width, info.height) == ("photo", 60, 80)


def test_a_webm_without_its_length_in_the_header_is_measured(tmp_path: Path) -> None:
    """A browser's recorder writes WebM streamed, without a length: `check` said 0.0 s."""
    path = tmp_path / "recorded.webm"
    streamed = run_ffmpeg(
        [
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=160x120:rate=30:duration=2",
            "-c:v",
            "libvpx-vp9",
            "-deadline",
            "realtime",
            "-f",
            "webm",
            "pipe:1",
        ]
    )  # fmt: skip  (to a pipe, as a recorder streams it)
    path.write_bytes(streamed.stdout)
    assert probe(path).duration == pytest.approx(2.0, abs=0.1)
