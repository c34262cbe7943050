"""Rows are read from CSV and JSON Lines and every problem names its row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from studio.batch.rows import example_rows, read_rows
from studio.batch.validate import check_rows
from studio.core.errors import StudioError
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import LoadedTemplate, load_template
from studio.media.encoder import EncoderSettings
from tests.batch.conftest import sample, write_rows
from tests.media_factory import solid_clip

HEADER = ["output", "scene", "activity", "day"]


@pytest.fixture(scope="module")
def pov() -> LoadedTemplate:
    return load_template(bundled_templates_dir() / "pov")


def problems_of(
    tmp_path: Path, pov: LoadedTemplate, header: list[str], rows: list[list[str]]
) -> list[str]:
    rows_file = write_rows(tmp_path / "rows.csv", header, rows)
    checked = check_rows(read_rows(rows_file), rows_file, pov, tmp_path / "out", EncoderSettings())
    assert len(checked.jobs) + len(checked.bad_rows) == len(rows)
    return [str(problem).removeprefix(f"{rows_file}: ") for problem in checked.problems]


def good(output: str = "a.mp4") -> list[str]:
    return [output, sample("dance-portrait.mp4"), "dance", "Monday"]


def test_clean_rows_become_jobs_with_paths_relative_to_the_rows_file(
    tmp_path: Path, pov: LoadedTemplate
) -> None:
    solid_clip(tmp_path / "clip.mp4", "red", seconds=0.5, size="64x64")
    rows_file = write_rows(
        tmp_path / "rows.csv",
        [*HEADER, "hashtags", "scene.in", "scene.look"],
        [["", "clip.mp4", "cook", "Friday", "#a,#b", "0.25", "vintage:0.5"]],
    )
    checked = check_rows(read_rows(rows_file), rows_file, pov, tmp_path / "out", EncoderSettings())
    assert checked.problems == []
    (job,) = checked.jobs
    assert job.output == (tmp_path / "out" / "row-002.mp4").absolute()
    assert job.given.slots["scene"].media == (tmp_path / "clip.mp4").absolute()
    assert job.given.slots["scene"].in_point == 0.25
    assert [(f.name, f.strength) for f in job.given.slots["scene"].filters or ()] == [
        ("vintage", 0.5)
    ]
    assert job.given.blanks == {"activity": "cook", "day": "Friday"}
    assert job.given.hashtags == ("#a", "#b")


def test_unknown_column(tmp_path: Path, pov: LoadedTemplate) -> None:
    assert problems_of(
        tmp_path, pov, [*HEADER, "scnee"], [[*good(), "x.mp4"], [*good("b.mp4"), ""]]
    ) == [
        "row 2, column scnee: this template has no such column (slots: scene; blanks: activity, day)"
    ]


def test_missing_media_and_missing_slot(tmp_path: Path, pov: LoadedTemplate) -> None:
    assert problems_of(
        tmp_path, pov, HEADER, [["a", "gone.mp4", "x", "y"], ["b", "", "x", "y"]]
    ) == [
        f"row 2, column scene: {tmp_path / 'gone.mp4'}: no such file",
        "row 3, column scene: slot 'scene' (Your scene) needs a clip or photo",
    ]


def test_audio_only_file_in_a_slot_and_soundtrack_without_audio(
    tmp_path: Path, pov: LoadedTemplate
) -> None:
    silent = solid_clip(tmp_path / "silent.mp4", "blue", seconds=0.5, size="64x64")
    assert problems_of(tmp_path, pov, [*HEADER, "soundtrack"], [[*good(), "silent.mp4"]]) == [
        f"row 2, column soundtrack: {silent}: has no audio to use as a soundtrack"
    ]


def test_over_long_and_empty_blanks(tmp_path: Path, pov: LoadedTemplate) -> None:
    assert problems_of(
        tmp_path, pov, HEADER, [["a", sample("garden-square.mp4"), "x" * 41, ""]]
    ) == [
        "row 2, column activity: is 41 characters, the most is 40",
        "row 2, column day: blank 'day' is empty (When?)",
    ]


def test_two_rows_writing_the_same_output(tmp_path: Path, pov: LoadedTemplate) -> None:
    assert problems_of(tmp_path, pov, HEADER, [good("same.mp4"), good("b.mp4"), good("SAME")]) == [
        "row 4, column output: 'SAME.mp4' is also written by row 2"
    ]


def test_a_row_never_writes_over_a_file_a_row_is_made_from(
    tmp_path: Path, pov: LoadedTemplate
) -> None:
    """Rows `b.mp4,a.mp4` and `c.mp4,b.mp4` into the rows' own folder replaced b.mp4, the
    second row's clip, before the second row read it."""
    for name in ("a.mp4", "b.mp4"):
        solid_clip(tmp_path / name, "red", seconds=0.5, size="64x64")
    rows_file = write_rows(tmp_path / "rows.csv", HEADER, [
        ["b.mp4", "a.mp4", "x", "y"], ["c.mp4", "b.mp4", "x", "y"], ["a", "a.mp4", "x", "y"],
    ])  # fmt: skip
    checked = check_rows(read_rows(rows_file), rows_file, pov, tmp_path, EncoderSettings())
    assert [str(p).removeprefix(f"{rows_file}: ") for p in checked.problems] == [
        "row 2, column output: 'b.mp4' is a file row 3 is made from; give the video another name",
        "row 4, column output: 'a.mp4' is a file row 2 is made from; give the video another name",
    ]
    assert [job.row for job in checked.jobs] == [3]


def test_output_must_be_a_plain_mp4_name(tmp_path: Path, pov: LoadedTemplate) -> None:
    assert problems_of(tmp_path, pov, HEADER, [good("../up.mp4"), good("clip.mov")]) == [
        "row 2, column output: '../up.mp4' must be a file name, without a folder",
        "row 3, column output: 'clip.mov' must end in .mp4",
    ]


def test_bad_numbers_and_looks(tmp_path: Path, pov: LoadedTemplate) -> None:
    found = problems_of(
        tmp_path,
        pov,
        [*HEADER, "scene.in", "scene.look"],
        [
            [*good("a"), "soon", "warm"],
            [*good("b"), "-1", "warm:2"],
            [*good("c"), "nan", "sparkle"],
            [*good("d"), "1.5", "none"],
        ],
    )
    assert [line.split(":")[0] for line in found] == [
        "row 2, column scene.in",
        "row 3, column scene.in",
        "row 3, column scene.look",
        "row 4, column scene.in",
        "row 4, column scene.look",
    ]
    assert found[0] == "row 2, column scene.in: 'soon' is not a number of seconds (e.g. 2.5)"
    assert found[2].startswith(
        "row 3, column scene.look: 'warm:2' is not NAME or NAME:STRENGTH (0 to 1) with NAME one of: none, "
    )


def test_json_lines_rows_are_numbered_by_line(tmp_path: Path) -> None:
    rows_file = tmp_path / "rows.jsonl"
    rows_file.write_text(
        '{"scene": "a.mp4", "scene.in": 1.5, "hashtags": ["#a", "#b"]}\n\n{"day": null}\n'
    )
    rows = read_rows(rows_file)
    assert [(row.number, row.values) for row in rows] == [
        (1, {"scene": "a.mp4", "scene.in": "1.5", "hashtags": "#a #b"}),
        (3, {"day": ""}),
    ]


@pytest.mark.parametrize(("name", "text", "message"), [
    ("rows.jsonl", '{"a": 1}\n[1]\n', "rows.jsonl: row 2: must be a JSON object {...}"),
    ("rows.jsonl", '{"a": 1\n', "rows.jsonl: row 1: is not JSON (Expecting ',' delimiter)"),
    ("rows.csv", "", "rows.csv: is empty; the first row names the columns"),
    ("rows.csv", "a,a\n1,2\n", "rows.csv: row 1: column 'a' appears twice"),
    ("rows.csv", "a\n1,2\n", "rows.csv: row 2: has 2 cells; the header names 1 columns"),
])  # fmt: skip
def test_unreadable_rows_files_give_one_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    (tmp_path / name).write_text(text)
    with pytest.raises(StudioError) as caught:
        read_rows(tmp_path / name)
    assert caught.value.first_line == f"{tmp_path}/{message}"


def test_example_rows_have_the_columns_and_the_blanks_examples(pov: LoadedTemplate) -> None:
    lines = example_rows(pov).splitlines()
    assert lines[0] == "output,scene,activity,day,caption,hashtags"
    assert (
        lines[1]
        == "video-1.mp4,media/scene-1.mp4,finally clean your room,Sunday,,#pov #relatable #fyp"
    )


def test_a_json_file_may_hold_a_list_of_rows(tmp_path: Path) -> None:
    rows_file = tmp_path / "rows.json"
    rows_file.write_text('[\n  {"scene": "a.mp4", "day": "Monday"},\n  {"scene": "b.mp4"}\n]\n')
    assert [(row.number, row.values) for row in read_rows(rows_file)] == [
        (1, {"scene": "a.mp4", "day": "Monday"}),
        (2, {"scene": "b.mp4"}),
    ]


def test_only_stale_temporary_files_of_the_studio_are_removed(tmp_path: Path) -> None:
    import os
    import time

    from studio.batch.job import STALE_SECONDS, remove_stale_partials

    names = [".studio-0a1b2c3d.mp4", ".studio-99ffee00.txt", ".studio-0a1b2c3e.mp4",
             ".batch-manifest.json", ".studio-notmine.mp4", "video.mp4"]  # fmt: skip
    for name in names:
        (tmp_path / name).write_text("x")
    old = time.time() - STALE_SECONDS - 5
    for name in names:
        if name != ".studio-0a1b2c3e.mp4":  # one a live render is still muxing
            os.utime(tmp_path / name, (old, old))
    assert remove_stale_partials(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".batch-manifest.json", ".studio-0a1b2c3e.mp4", ".studio-notmine.mp4", "video.mp4",
    ]  # fmt: skip


def test_own_texts_and_stickers_come_from_their_columns(tmp_path: Path, pov: LoadedTemplate
                                                        ) -> None:  # fmt: skip
    solid_clip(tmp_path / "clip.mp4", "red", seconds=0.5, size="64x64")
    heart = resource_path("stickers", "heart.png")
    rows_file = write_rows(
        tmp_path / "rows.csv",
        [*HEADER, "add_text", "add_sticker"],
        [["", "clip.mp4", "cook", "Friday", "Sale!@0.5,0.2@1-4 | @bestie@0.5,0.8", str(heart)
          + "@0.8,0.3,0.5"]],
    )  # fmt: skip
    checked = check_rows(read_rows(rows_file), rows_file, pov, tmp_path / "out", EncoderSettings())
    assert checked.problems == []
    first, second, sticker = checked.jobs[0].given.overlays
    assert (first.kind, first.x, first.y, first.start, first.end) == ("text", 0.5, 0.2, 1.0, 4.0)
    assert (second.kind, second.y) == ("text", 0.8) and second.text == "@bestie"  # type: ignore[union-attr]
    assert (sticker.kind, sticker.x, sticker.scale) == ("sticker", 0.8, 0.5)


def test_a_bad_own_text_or_sticker_names_its_row_and_column(tmp_path: Path, pov: LoadedTemplate
                                                            ) -> None:  # fmt: skip
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000)).save(bomb)  # a few kB declaring 400 million pixels
    row = [*good(), "@0.5,0.5", "bomb.png@0.5,0.5"]
    found = problems_of(tmp_path, pov, [*HEADER, "add_text", "add_sticker"], [row])
    assert found[0].startswith("row 2, column add_text: '@0.5,0.5' has no words")
    assert found[1].startswith("row 2, column add_sticker: ") and "too large" in found[1]
