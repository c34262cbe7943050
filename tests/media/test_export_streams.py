"""What the export pipes and mixes: frames as BT.709 YUV with the colours a player shows, and an
audio mix that never opens the clips' pictures (a 4K clip's video made the mix 1.2 GB)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.template import load_template
from studio.media.audio_mix import clips_with_audio, mix_graph
from studio.media.encoder import Encoder
from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from studio.media.render import prepare
from studio.media.yuv import rgb_to_i420
from tests.media_factory import decode_frames, small_template, solid_clip, stream_summary

# yellow and skin are what a BT.601 matrix shifts in a BT.709 player
PATCHES = [(255, 255, 0), (224, 172, 105), (20, 200, 60), (30, 60, 220), (128, 128, 128),
           (255, 255, 255), (16, 16, 16), (200, 30, 40)]  # fmt: skip
PATCH = 64


def patch_picture() -> np.ndarray:
    """Flat patches, two across, on a 128 x 256 frame."""
    frame = np.zeros((PATCH * 4, PATCH * 2, 3), np.uint8)
    for index, colour in enumerate(PATCHES):
        row, column = divmod(index, 2)
        frame[row * PATCH : (row + 1) * PATCH, column * PATCH : (column + 1) * PATCH] = colour
    return frame


def ffmpeg_i420(frame: np.ndarray) -> np.ndarray:
    """`frame` converted by ffmpeg's own BT.709 conversion (what the encoder did before)."""
    height, width = frame.shape[:2]
    command = [ffmpeg_exe(), "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-i", "-",
               "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
               "-f", "rawvideo", "-"]  # fmt: skip
    out = subprocess.run(command, input=frame.tobytes(), capture_output=True, check=True).stdout
    return np.frombuffer(out, np.uint8)


def test_the_conversion_matches_ffmpegs_bt709_one() -> None:
    frame = patch_picture()
    height, width = frame.shape[:2]
    ours, theirs = rgb_to_i420(frame).astype(int), ffmpeg_i420(frame).astype(int)
    luma = width * height
    assert ours.shape == theirs.shape
    assert np.abs(ours[:luma] - theirs[:luma]).max() <= 1  # rounding only, as in chroma below
    chroma_ours = ours[luma:].reshape(2, height // 2, width // 2)
    chroma_theirs = theirs[luma:].reshape(2, height // 2, width // 2)
    half = PATCH // 2
    for index in range(len(PATCHES)):  # inside each patch, away from its edges
        row, column = divmod(index, 2)
        inner = (slice(None), slice(row * half + 4, (row + 1) * half - 4),
                 slice(column * half + 4, (column + 1) * half - 4))  # fmt: skip
        assert np.abs(chroma_ours[inner] - chroma_theirs[inner]).max() <= 1, PATCHES[index]


def test_an_encoded_frame_shows_its_colours_in_a_bt709_player(tmp_path: Path) -> None:
    frame = patch_picture()
    height, width = frame.shape[:2]
    audio = tmp_path / "silence.wav"
    run_ffmpeg(["-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "0.5", str(audio)])
    encoder = Encoder(tmp_path / "patches.mp4", width, height, 30)
    try:
        for _ in range(10):
            encoder.write(encoder.pack(frame))
        encoder.write(frame)  # an RGB frame is packed on the way
        encoder.finish_video()
        encoder.finish(audio, {})
    finally:
        encoder.abort()
    assert "yuv420p(tv, bt709, progressive)" in stream_summary(tmp_path / "patches.mp4")
    decoded = decode_frames(tmp_path / "patches.mp4", (width, height)).astype(int)
    assert len(decoded) == 11
    for index, colour in enumerate(PATCHES):
        row, column = divmod(index, 2)
        centre = decoded[:, row * PATCH + PATCH // 2, column * PATCH + PATCH // 2]
        assert np.abs(centre - np.array(colour)).max() <= 3, (colour, centre[0])


@pytest.mark.parametrize("with_song", [True, False])
def test_the_audio_mix_opens_no_picture_of_its_inputs(tmp_path: Path, with_song: bool) -> None:
    folder = small_template(tmp_path / "t", {
        "soundtrack": {"track": "song.m4a" if with_song else None, "clip_audio_db": -12},
        "slots": [{"id": "a", "label": "A", "duration": 1, "when_short": "loop"},
                  {"id": "b", "label": "B", "duration": 1}],
    })  # fmt: skip
    if with_song:
        run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=3", str(folder / "song.m4a")])
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1.0, tone_hz=330)
    given = CreatorInput(slots={"a": SlotInput(clip), "b": SlotInput(clip)})
    plan = prepare(load_template(folder), given)
    clips = clips_with_audio(plan)
    inputs, _ = mix_graph(plan, clips)
    opened = [i for i, arg in enumerate(inputs) if arg == "-i"]
    files = [i for i in opened if not inputs[i + 1].startswith("anullsrc")]
    assert len(files) == len(clips) + with_song == 2 + with_song
    previous = 0
    for at in opened:
        if at in files:  # the input options before this -i drop its video and subtitles
            assert {"-vn", "-sn"} <= set(inputs[previous:at]), inputs[previous : at + 2]
        previous = at + 2
