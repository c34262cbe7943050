"""Probing tells video from photo from audio and knows a phone's rotated video is upright."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.core.resources import resource_path
from studio.media.ffmpeg import run_ffmpeg
from studio.media.probe import probe
from studio.media.slot_source import fit_image
from tests.media_factory import solid_clip, stream_summary


def test_sample_kinds() -> None:
    assert probe(resource_path("samples", "dance-portrait.mp4")).kind == "video"
    assert probe(resource_path("samples", "portrait-photo.jpg")).kind == "photo"
    track = probe(resource_path("music", "hype-beat.m4a"))
    assert (track.kind, track.audio_rate) == ("audio", 48_000)


def test_rotated_phone_video_reports_its_upright_size(tmp_path: Path) -> None:
    plain = solid_clip(tmp_path / "plain.mp4", "red", seconds=0.5, size="320x240")
    rotated = tmp_path / "rotated.mp4"
    run_ffmpeg(["-display_rotation", "90", "-i", str(plain), "-c", "copy", str(rotated)])
    info = probe(rotated)
    assert (info.width, info.height, info.rotation) == (240, 320, 90)


def test_fit_cover_and_contain() -> None:
    wide = np.zeros((100, 200, 3), np.uint8)
    wide[:, 90:110] = 255  # a white stripe in the centre
    cover = fit_image(wide, 90, 160, "cover")
    assert cover.shape == (160, 90, 3)
    assert cover[:, 45].min() == 255  # the centre survives the crop
    contain = fit_image(wide, 90, 160, "contain")
    assert contain.shape == (160, 90, 3)
    assert contain[80, 45].min() > 200  # the whole picture is inside, centred


def test_a_replaced_file_is_probed_again(tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "take.mp4", "red", seconds=0.5, size="320x240")
    assert (probe(clip).width, probe(clip).height) == (320, 240)
    solid_clip(tmp_path / "take.mp4", "red", seconds=0.5, size="640x360")  # same name, new take
    assert (probe(clip).width, probe(clip).height) == (640, 360)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ("yuv420p", "", False)),
        (["-colorspace", "bt709"], ("yuv420p", "bt709", False)),
        (["-colorspace", "bt709", "-color_range", "pc", "-pix_fmt", "yuvj420p"],
         ("yuvj420p", "bt709", True)),
    ],
)  # fmt: skip
def test_a_clips_colour_tags_are_read(
    tmp_path: Path, args: list[str], expected: tuple[str, str, bool]
) -> None:
    """The preview proxy converts a BT.709 clip's colours on a faster path: it must know them."""
    clip = tmp_path / "tags.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=64x64:r=30:d=0.2", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", *args, str(clip)])  # fmt: skip
    info = probe(clip)
    assert (info.pixel_format, info.colour_matrix, info.full_range) == expected


@pytest.mark.parametrize("name", ["song.mp3", "song.m4a"])
def test_a_song_with_album_art_is_a_song(tmp_path: Path, name: str) -> None:
    """Its cover is an attached picture, not a video: in a slot it was read as a clip that gave
    one frame or none, and the slot waited a third of a second a frame for more."""
    cover = tmp_path / "cover.jpg"
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=red:s=300x400", "-frames:v", "1", str(cover)])
    song = tmp_path / name
    audio = ["-c:a", "libmp3lame"] if name.endswith(".mp3") else ["-c:a", "aac"]
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=300:duration=3", "-i", str(cover),
                "-map", "0", "-map", "1", *audio, "-c:v", "mjpeg",
                "-disposition:v", "attached_pic", str(song)])  # fmt: skip
    assert "(attached pic)" in stream_summary(song)
    info = probe(song)
    assert (info.kind, info.duration) == ("audio", pytest.approx(3.0, abs=0.1))


@pytest.mark.parametrize(("size", "sar", "shown"), [
    ("5x7", "1", (5, 7)),  # square pixels keep an odd width (`studio check` said 4x7)
    ("3x3", "1", (3, 3)),
    ("720x576", "64/45", (1024, 576)),  # PAL widescreen, shown stretched
])  # fmt: skip
def test_a_clips_size_is_its_shown_size(
    tmp_path: Path, size: str, sar: str, shown: tuple[int, int]
) -> None:
    clip = tmp_path / "clip.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", f"color=red:s={size}:r=30:d=0.2", "-vf", f"setsar={sar}",
                "-c:v", "libx264", "-pix_fmt", "yuv444p", str(clip)])  # fmt: skip
    info = probe(clip)
    assert (info.width, info.height) == shown
