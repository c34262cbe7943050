"""`studio captions` and `studio render --captions auto` from a shell, with the real tiny.en."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from studio.media.ffmpeg import run_ffmpeg
from tests.media_factory import decode_frames, small_template, solid_clip
from tests.speech_factory import espeak_available, speech_wav
from tests.speech_model import tiny_en_folder

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed"),
]


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args], capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def talk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("talk")
    speech_wav(folder / "talk.wav", [("welcome", 0.3), ("to", 0.15), ("my", 0.15),
                                     ("kitchen", 0.15)], tail=0.8)  # fmt: skip
    clip = folder / "talk.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=gray:s=108x192:r=30:d=3", "-i",
                str(folder / "talk.wav"), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-t", "3", str(clip)])  # fmt: skip
    return clip


def test_a_clip_s_words_as_srt_vtt_and_json(talk: Path, tmp_path: Path) -> None:
    model = str(tiny_en_folder())
    out = tmp_path / "talk.json"
    result = studio("captions", str(talk), "-o", str(out), "--model", model, "--quiet")
    assert result.returncode == 0, result.stderr
    words = [w for line in json.loads(out.read_text())["lines"] for w in line["words"]]
    assert [w["text"].casefold().strip(".") for w in words] == ["welcome", "to", "my", "kitchen"]
    assert all(w["start"] < w["end"] for w in words)
    srt = tmp_path / "talk.srt"
    assert studio("captions", str(talk), "-o", str(srt), "--model", model, "--quiet"
                  ).returncode == 0  # fmt: skip
    assert srt.read_text().startswith("1\n00:00:00,")
    assert "kitchen" in srt.read_text().casefold()


def test_a_clip_without_sound_says_so_and_writes_nothing(tmp_path: Path) -> None:
    mute = solid_clip(tmp_path / "mute.mp4", "red", seconds=1.0, size="64x64")
    out = tmp_path / "mute.srt"
    result = studio("captions", str(mute), "-o", str(out), "--model", str(tiny_en_folder()))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"studio: {mute}: the clip has no sound, so it has no captions"]  # fmt: skip
    assert not out.exists()
    # with no model at hand: said before fetching one (it failed on the network first, and
    # online would have downloaded 145 MB to find nothing to hear)
    data = tmp_path / "data"
    fresh = subprocess.run([sys.executable, "-m", "studio", "captions", str(mute), "-o", str(out)],
                           capture_output=True, text=True, timeout=300, check=False,
                           env={**os.environ, "STUDIO_DATA_DIR": str(data)})  # fmt: skip
    assert (fresh.returncode, fresh.stderr) == (0, result.stderr)
    assert not (data / "speech-models").exists()
    folder = studio("captions", str(tmp_path), "-o", str(out))
    assert folder.stderr == f"studio: {tmp_path}: is a folder, not a video\n"
    bad = studio("captions", str(mute), "-o", str(tmp_path / "x.txt"))
    assert (
        bad.returncode == 1
        and bad.stderr == f"studio: {tmp_path / 'x.txt'}: write .srt, .vtt or .json\n"
    )


def test_render_with_auto_captions_burns_them_in_and_writes_srt_and_vtt(
    talk: Path, tmp_path: Path
) -> None:
    template = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 3}]})
    out = tmp_path / "out.mp4"
    plain = tmp_path / "plain.mp4"
    result = studio("render", str(template), "-o", str(out), "--media", f"a={talk}",
                    "--captions", "auto", "--caption-look", "karaoke", "--platform", "tiktok",
                    "--kit", str(tmp_path / "kit"),
                    "--model", str(tiny_en_folder()), "--quiet", "--preset", "ultrafast")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [str(out), str(out.with_suffix(".srt")),
                                              str(out.with_suffix(".vtt"))]  # fmt: skip
    assert "kitchen" in out.with_suffix(".srt").read_text().casefold()
    assert out.with_suffix(".vtt").read_text().startswith("WEBVTT\n")
    kit = tmp_path / "kit" / "tiktok"
    assert (kit / "video.srt").read_text() == out.with_suffix(".srt").read_text()
    assert (kit / "video.vtt").read_text() == out.with_suffix(".vtt").read_text()
    assert studio("render", str(template), "-o", str(plain), "--media", f"a={talk}", "--quiet",
                  "--preset", "ultrafast").returncode == 0  # fmt: skip
    with_captions = decode_frames(out, (270, 480))[45]
    without = decode_frames(plain, (270, 480))[45]
    yellow = ((with_captions[..., 0] > 180) & (with_captions[..., 1] > 180)
              & (with_captions[..., 2] < 90))  # fmt: skip
    assert yellow.sum() > 50  # the karaoke box of the word being said
    assert not ((without[..., 0] > 180) & (without[..., 1] > 180) & (without[..., 2] < 90)).any()
    assert not np.array_equal(with_captions, without)


def test_batch_rows_ask_for_captions_in_a_column(talk: Path, tmp_path: Path) -> None:
    template = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 3}]})
    rows = tmp_path / "rows.csv"
    rows.write_text(f"a,captions,output\n{talk},karaoke,with.mp4\n{talk},off,without.mp4\n")
    out = tmp_path / "out"
    result = studio("batch", str(template), str(rows), "-o", str(out), "--quiet", "--jobs", "1",
                    "--preset", "ultrafast", "--model", str(tiny_en_folder()))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "kitchen" in (out / "with.srt").read_text().casefold()
    assert (out / "with.vtt").is_file()
    assert (out / "without.mp4").is_file() and not (out / "without.srt").exists()
    bad = tmp_path / "bad.csv"
    bad.write_text(f"a,captions\n{talk},subtitles\n")
    refused = studio("batch", str(template), str(bad), "-o", str(out), "--quiet")
    assert refused.returncode == 1
    assert "row 2, column captions: 'subtitles' is not off, auto or a look" in refused.stderr
