"""Rendered files probed as a platform would: codec, size, fps, duration, audio, sync, pixels."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.probe import probe
from studio.media.render import RenderCancelled, RenderProgress, caption_sidecar, prepare, render
from tests.media_factory import (
    decode_audio,
    decode_frames,
    flash_clip,
    small_template,
    solid_clip,
    stream_summary,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pov_render(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled POV template filled with a sample clip, rendered once at full size."""
    out = tmp_path_factory.mktemp("pov") / "pov.mp4"
    loaded = load_template(bundled_templates_dir() / "pov")
    given = CreatorInput(
        slots={"scene": SlotInput(resource_path("samples", "city-landscape.mp4"))},
        blanks={"activity": "finally clean your room", "day": "Sunday"},
    )
    render(prepare(loaded, given), out)
    return out


def test_output_is_what_the_platforms_ask_for(pov_render: Path) -> None:
    info = probe(pov_render)
    assert (info.kind, info.video_codec, info.width, info.height) == ("video", "h264", 1080, 1920)
    assert info.fps == 30
    assert abs(info.duration - 8.0) <= 1 / 30
    assert (info.audio_codec, info.audio_rate) == ("aac", 48_000)
    summary = stream_summary(pov_render)
    assert "h264 (High)" in summary
    assert "yuv420p(tv, bt709, progressive)" in summary
    assert "stereo" in summary


def test_moov_atom_comes_first(pov_render: Path) -> None:
    head = pov_render.read_bytes()[:4096]
    assert 0 <= head.find(b"moov") < head.find(b"mdat") or b"mdat" not in head


def test_caption_in_metadata_and_sidecar(pov_render: Path) -> None:
    expected = "POV: you finally clean your room on a Sunday #pov #relatable #fyp"
    summary = stream_summary(pov_render)
    assert re.search(r"comment\s+: " + re.escape(expected), summary)
    assert re.search(r"description\s+: " + re.escape(expected), summary)
    assert caption_sidecar(pov_render).read_text(encoding="utf-8") == expected + "\n"


def test_text_box_has_text_pixels_only_while_shown(pov_render: Path, tmp_path: Path) -> None:
    frames = decode_frames(pov_render, (1080, 1920))
    # headline: centred at (0.48, 0.3), from 0.3 s; white fill with a black stroke
    box = (slice(480, 680), slice(200, 840))
    before, during = frames[2][box], frames[90][box]
    assert (before.min(axis=-1) > 240).sum() == 0
    white = (during.min(axis=-1) > 240).sum()
    black = (during.max(axis=-1) < 20).sum()
    assert white > 5_000 and black > 2_000


def test_loudness_is_normalised(pov_render: Path) -> None:
    audio = decode_audio(pov_render)
    assert np.abs(audio).max() < 10 ** (-0.5 / 20)  # true peak held under about -1 dBTP
    rms_db = 20 * np.log10(np.sqrt(np.mean(audio**2)))
    assert -20 < rms_db < -10  # -14 LUFS integrated is about -14 dB RMS for this music


def _two_slot_template(folder: Path, transition: str = "crossfade") -> Path:
    return small_template(
        folder,
        {
            "slots": [
                {"id": "one", "label": "One", "duration": 1.0,
                 "transition": {"kind": transition, "duration": 0.4}},
                {"id": "two", "label": "Two", "duration": 1.0},
            ]
        },
    )  # fmt: skip


def _red_then_blue(folder: Path) -> CreatorInput:
    return CreatorInput(slots={
        "one": SlotInput(solid_clip(folder / "red.mp4", "red")),
        "two": SlotInput(solid_clip(folder / "blue.mp4", "blue")),
    })  # fmt: skip


def test_each_slot_shows_its_clip_in_its_time_range(tmp_path: Path) -> None:
    folder = _two_slot_template(tmp_path / "t")
    given = _red_then_blue(tmp_path)
    out = render(prepare(load_template(folder), given), tmp_path / "out.mp4")
    frames = decode_frames(out, (270, 480)).astype(int)
    assert len(frames) == 60
    red, blue, middle = frames[10].mean((0, 1)), frames[50].mean((0, 1)), frames[30].mean((0, 1))
    assert red[0] > 200 and red[2] < 40
    assert blue[2] > 200 and blue[0] < 40
    assert 80 < middle[0] < 180 and 80 < middle[2] < 180  # the crossfade's midpoint mixes both


def test_audio_and_video_stay_in_sync(tmp_path: Path) -> None:
    fps, flash = 30, 45
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 3}]}
    )
    clip = flash_clip(tmp_path / "flash.mp4", flash, seconds=3.0, fps=fps)
    out = render(prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)})),
                 tmp_path / "out.mp4")  # fmt: skip
    frames = decode_frames(out, (270, 480))
    flash_at = int(np.argmax(frames.mean(axis=(1, 2, 3)))) / fps
    audio = decode_audio(out)
    beep_at = int(np.argmax(np.abs(audio) > 0.05)) / 48_000
    assert abs(flash_at - flash / fps) < 1 / fps
    assert abs(beep_at - flash_at) < 1 / fps


def test_in_point_and_speed_pick_the_right_media_time(tmp_path: Path) -> None:
    folder = small_template(
        tmp_path / "t", {"slots": [{"id": "one", "label": "One", "duration": 1}]}
    )
    clip = flash_clip(tmp_path / "flash.mp4", 60, seconds=3.0)  # flash at 2.0 s of the clip
    given = CreatorInput(slots={"one": SlotInput(clip, in_point=1.0, speed=2.0)})
    out = render(prepare(load_template(folder), given), tmp_path / "out.mp4")
    frames = decode_frames(out, (270, 480))
    assert int(np.argmax(frames.mean(axis=(1, 2, 3)))) == 15  # (2.0 - 1.0) / 2x = 0.5 s


def test_progress_reports_every_frame_with_an_eta(tmp_path: Path) -> None:
    folder = _two_slot_template(tmp_path / "t", transition="slide_left")
    given = CreatorInput(slots={
        "one": SlotInput(solid_clip(tmp_path / "a.mp4", "green")),
        "two": SlotInput(resource_path("samples", "portrait-photo.jpg")),
    })  # fmt: skip
    seen: list[RenderProgress] = []
    render(prepare(load_template(folder), given), tmp_path / "out.mp4", progress=seen.append)
    assert [p.frame for p in seen] == list(range(1, 61))
    assert seen[-1].fraction == 1.0
    assert seen[-1].eta == 0.0


def test_cancel_halfway_leaves_nothing(tmp_path: Path) -> None:
    folder = _two_slot_template(tmp_path / "t")
    given = _red_then_blue(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    cancel = threading.Event()

    def stop_halfway(progress: RenderProgress) -> None:
        if progress.fraction >= 0.5:
            cancel.set()

    with pytest.raises(RenderCancelled):
        render(prepare(load_template(folder), given), out_dir / "out.mp4",
               progress=stop_halfway, cancel=cancel)  # fmt: skip
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("case", ["its own clip", "a folder", "a name too long"])
def test_an_output_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path, case: str
) -> None:
    """Writing over the clip it was made from replaced the creator's original without a word;
    a folder, or a name whose caption file is too long, failed only after the whole render
    (the latter with a traceback, the video written but reported as failed)."""
    from studio.media.ffmpeg import MediaError

    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=1)
    original = clip.read_bytes()
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 1}]})
    plan = prepare(load_template(folder), CreatorInput(slots={"a": SlotInput(clip)}))
    output = {"its own clip": clip, "a folder": tmp_path,
              "a name too long": tmp_path / ("o" * 246 + ".mp4")}[case]  # fmt: skip
    words = {"its own clip": "is one of the files this video is made from",
             "a folder": "is a folder", "a name too long": "the file name is too long"}[case]  # fmt: skip
    with pytest.raises(MediaError, match=words):
        render(plan, output)
    assert clip.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mp4", "t"]
