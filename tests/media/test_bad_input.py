"""A creator's file can be anything: each bad one gets a one-line message naming it, and no output."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.core.fill import CreatorInput, FillError, SlotInput
from studio.core.template import load_template
from studio.media.ffmpeg import MediaError
from studio.media.render import InputError, prepare, render
from tests.media_factory import small_template, solid_clip


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return small_template(
        tmp_path / "t",
        {
            "slots": [{"id": "one", "label": "One", "duration": 1}],
            "blanks": [{"id": "who", "prompt": "Who?", "max_length": 10}],
            "texts": [{"id": "line", "text": "hi {blank:who}"}],
        },
    )


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(exist_ok=True)
    zero = folder / "zero.mp4"
    zero.touch()
    good = solid_clip(folder / "good.mp4", "red", seconds=1.0)
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(good.read_bytes()[-2000:])  # the tail: no header, no moov
    audio_only = folder / "song.m4a"
    shutil.copy(Path(__file__).parents[2] / "resources" / "music" / "sunny-pop.m4a", audio_only)
    photo = folder / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    # a phone photo copied part way: its header is whole, so only decoding it finds the end
    # (the export failed half way through, at that photo)
    picture = np.random.default_rng(1).integers(0, 255, (600, 800, 3), np.uint8)
    Image.fromarray(picture).save(folder / "whole.jpg", quality=90)
    cut_photo = folder / "cut.jpg"
    cut_photo.write_bytes((folder / "whole.jpg").read_bytes()[:-40_000])
    return {
        "zero": (zero, "the file is empty (0 bytes)"),
        "truncated": (truncated, "is not a video or photo"),  # no header left to tell
        "audio_only": (audio_only, "is audio only; slot 'one' needs a video or photo"),
        "photo": (photo, "is not a video or photo (the picture cannot be read)"),
        "cut photo": (cut_photo, "the picture is cut short (its data ends early); copy it again"),
    }


@pytest.mark.parametrize("case", ["zero", "truncated", "audio_only", "photo", "cut photo"])
def test_unusable_file_is_named_with_its_problem(template: Path, tmp_path: Path, case: str) -> None:
    path, expected = _bad_files(tmp_path / "media")[case]
    given = CreatorInput(slots={"one": SlotInput(path)}, blanks={"who": "me"})
    with pytest.raises(InputError) as caught:
        prepare(load_template(template), given)
    [line] = caught.value.lines
    assert line.startswith(f"{path}: ") and expected in line
    assert "\n" not in line


def test_missing_slot_and_blank_are_listed_together(template: Path) -> None:
    with pytest.raises(FillError) as caught:
        prepare(load_template(template), CreatorInput())
    assert caught.value.lines == [
        "slot 'one' (One) needs a clip or photo",
        "blank 'who' is empty (Who?)",
    ]


def test_blank_longer_than_its_maximum(template: Path, tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=1.0)
    given = CreatorInput(slots={"one": SlotInput(clip)}, blanks={"who": "my whole family"})
    with pytest.raises(FillError) as caught:
        prepare(load_template(template), given)
    assert caught.value.lines == ["blank 'who' is 15 characters, the most is 10"]


def test_unwritable_output_folder_fails_before_work(template: Path, tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=1.0)
    plan = prepare(load_template(template), CreatorInput(slots={"one": SlotInput(clip)},
                                                         blanks={"who": "me"}))  # fmt: skip
    # /proc refuses new files even to root, like a read-only or full disk would.
    with pytest.raises(MediaError, match=r"^/proc: "):
        render(plan, Path("/proc/out.mp4"))
    missing = tmp_path / "nowhere" / "out.mp4"
    with pytest.raises(MediaError, match="the output folder does not exist"):
        render(plan, missing)


def test_unknown_filter_in_a_template_is_named(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [
        {"id": "one", "label": "One", "duration": 1, "filter": {"name": "sepia-dream"}}]})  # fmt: skip
    clip = solid_clip(tmp_path / "c.mp4", "red", seconds=1.0)
    with pytest.raises(
        ValueError, match="unknown filter 'sepia-dream' \\(known: adjust, chroma-key, cool"
    ):
        prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
