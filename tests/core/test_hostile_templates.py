"""Hostile templates are contained: non-finite numbers, runaway beat grids, budgets, links out."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from studio.core.draft import Draft
from studio.core.fill import CreatorInput, SlotInput, fill
from studio.core.platforms import PlatformError, load_platforms
from studio.core.template import TemplateError, load_template
from studio.core.template.lint import lint_template
from studio.core.terminal_text import escape_controls, without_controls
from tests.media_factory import small_template

STAR = Path(__file__).parents[2] / "templates" / "pov" / "star.png"  # 300x300


def template(tmp_path: Path, data: dict[str, Any], name: str = "t") -> Path:
    """A small template with one 15 s slot, then `data` on top; the pov star sticker beside."""
    folder = small_template(
        tmp_path / name, {"slots": [{"id": "a", "label": "A", "duration": 15}], **data}
    )
    shutil.copy(STAR, folder / "star.png")
    return folder


def raw_template(tmp_path: Path, text: str) -> Path:
    """A template folder whose template.json is exactly `text` (JSON with NaN, 1e309...)."""
    folder = small_template(tmp_path / "raw", {"slots": []})
    (folder / "template.json").write_text(text, encoding="utf-8")
    return folder


def errors(folder: Path) -> list[tuple[str, str]]:
    return [(p.json_path, p.message) for p in lint_template(folder) if p.severity == "error"]


# 1. Non-finite numbers


@pytest.mark.parametrize(
    ("field", "value"),
    [("duration", "1e309"), ("duration", "NaN"), ("duration", "-Infinity")],
)
def test_a_non_finite_number_is_a_schema_error_at_its_path(
    tmp_path: Path, field: str, value: str
) -> None:
    text = (
        f'{{"version": 1, "name": "X", "slots": [{{"id": "a", "label": "A", "{field}": {value}}}]}}'
    )
    assert errors(raw_template(tmp_path, text)) == [
        (f"slots[0].{field}", "must be a finite number")
    ]


def test_a_nan_filter_parameter_is_said_once(tmp_path: Path) -> None:
    text = (
        '{"version": 1, "name": "X", "slots": [{"id": "a", "label": "A", "duration": 2, '
        '"filter": {"name": "vintage", "params": {"grain": NaN}}}]}'
    )
    assert errors(raw_template(tmp_path, text)) == [
        ("slots[0].filter.params.grain", "must be a finite number")
    ]


def test_a_draft_with_infinity_is_refused_at_its_field() -> None:
    text = '{"template": "pov", "slots": {"scene": {"media": "a.mp4", "in_point": 1e309}}}'
    with pytest.raises(ValidationError) as caught:
        Draft.model_validate_json(text)
    assert caught.value.errors()[0]["loc"] == ("slots", "scene", "in_point")


def test_a_creators_presets_file_with_nan_names_the_file_and_field(tmp_path: Path) -> None:
    mine = tmp_path / "platforms.json"
    mine.write_text('{"platforms": {"tiktok": {"max_duration": NaN}}}', encoding="utf-8")
    with pytest.raises(PlatformError, match=r"platforms.json: tiktok\.max_duration: .*finite"):
        load_platforms(user_file=mine)


# 2. Beat grids


def test_a_tiny_bpm_is_refused_by_the_schema(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "soundtrack": {"track": None, "beats": {"bpm": 1e-9}},
        "slots": [{"id": "a", "label": "A", "duration_beats": 4}],
    })  # fmt: skip
    assert errors(folder) == [("soundtrack.beats.bpm", "must be at least 20")]


def test_a_huge_duration_in_beats_is_refused_where_it_is(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "soundtrack": {"track": None, "beats": {"bpm": 60}},
        "slots": [{"id": "a", "label": "A", "duration": 2},
                  {"id": "b", "label": "B", "duration_beats": 4000}],
    })  # fmt: skip
    [(where, message)] = errors(folder)
    assert where == "slots[1].duration_beats"
    assert message.startswith("ends at 4002 s; a video lasts at most 600 s")


def test_beats_beyond_any_video_are_refused_by_the_schema(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "soundtrack": {"track": None, "beats": {"bpm": 120}},
        "slots": [{"id": "a", "label": "A", "duration_beats": 1e12}],
    })  # fmt: skip
    assert errors(folder) == [("slots[0].duration_beats", "must be at most 4800")]


@pytest.mark.parametrize("times", [[], [1.0]])
def test_fewer_than_two_beat_times_are_refused(tmp_path: Path, times: list[float]) -> None:
    """Every beat fell on the one time: slots counted in beats lasted nothing, and an empty
    list rendered a one-frame video."""
    folder = template(tmp_path, {
        "soundtrack": {"track": None, "beats": {"times": times}},
        "slots": [{"id": "a", "label": "A", "duration_beats": 4}],
    })  # fmt: skip
    assert errors(folder) == [("soundtrack.beats", "give at least two beat times")]


def test_an_infinite_beat_time_is_refused(tmp_path: Path) -> None:
    text = (
        '{"version": 1, "name": "X", "soundtrack": {"beats": {"times": [0, 1e309]}}, '
        '"slots": [{"id": "a", "label": "A", "duration_beats": 4}]}'
    )
    assert errors(raw_template(tmp_path, text)) == [
        ("soundtrack.beats.times[1]", "must be a finite number")
    ]


# 3. The budget of memory and time per frame


def test_a_sticker_grown_far_past_the_canvas_is_allowed(tmp_path: Path) -> None:
    """Grown and turned, only the part the frame shows is drawn (`posed_rgba`), so a 2048 px
    sticker at scale 10 costs a canvas of pixels, not the 3.2 GB of its whole turned picture
    (the budget refused it while the compositor drew it whole)."""
    folder = template(tmp_path, {
        "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "stickers": [{"id": "s", "image": "big.png", "scale": 10, "rotation": 30}],
    })  # fmt: skip
    (folder / "big.png").write_bytes(png_header(2048, 2048))  # judged by its header alone
    assert errors(folder) == []


def test_a_sticker_too_large_to_hold_is_refused_naming_its_picture(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "stickers": [{"id": "s", "image": "big.png", "scale": 0.5, "rotation": 30}],
    })  # fmt: skip
    (folder / "big.png").write_bytes(png_header(9000, 9000))
    assert errors(folder) == [(
        "stickers[0].image",
        "a 9000 px sticker ('big.png') at scale 0.5 rotated would need 358 MB per frame (limit 256 MB)",
    )]  # fmt: skip


def test_thirty_spinning_stickers_and_thirty_typewriters_are_refused(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "stickers": [{"id": f"s{i}", "image": "star.png", "animation": "spin"} for i in range(30)],
        "texts": [{"id": f"t{i}", "text": "The quick brown fox jumps over",
                   "animation_in": "typewriter", "animation_duration": 3} for i in range(30)],
    })  # fmt: skip
    [(where, message)] = errors(folder)
    assert where.startswith(("stickers[", "texts["))
    assert "30 stickers (30 moving) and 30 texts (30 typewriter) on screen together" in message
    assert "per frame to draw (limit 0.5 s)" in message


def test_layers_shown_one_after_another_are_not_added_up(tmp_path: Path) -> None:
    stickers = [
        {"id": f"s{i}", "image": "star.png", "animation": "spin", "start": i * 0.5, "duration": 0.5}
        for i in range(30)
    ]
    folder = template(tmp_path, {"canvas": {"width": 1080, "height": 1920, "fps": 30},
                                 "stickers": stickers})  # fmt: skip
    assert errors(folder) == []


def test_an_hour_long_canvas_at_the_largest_size_is_refused(tmp_path: Path) -> None:
    folder = template(tmp_path, {"canvas": {"width": 4096, "height": 4096, "fps": 30},
                                 "duration": 3600})  # fmt: skip
    [(where, message)] = errors(folder)
    assert (where, message) == ("duration", "makes the video 3600 s long; a video lasts at most "
                                "600 s (10 minutes, the platforms' longest)")  # fmt: skip


def test_too_many_pixels_a_second_is_refused(tmp_path: Path) -> None:
    folder = template(tmp_path, {"canvas": {"width": 4096, "height": 4096, "fps": 120}})
    assert errors(folder) == [
        ("canvas", "4096x4096 at 120 fps is more pixels a second than 4096x4096 at 30 fps")
    ]


def test_ten_minutes_of_4k_is_refused_but_fifteen_seconds_is_not(tmp_path: Path) -> None:
    four_k = {"width": 2160, "height": 3840, "fps": 60}
    long = template(tmp_path, {"canvas": four_k, "duration": 600}, "long")
    [(where, message)] = errors(long)
    assert where == "canvas"
    assert "more than 10 minutes of 1080x1920 at 60 fps" in message
    assert errors(template(tmp_path, {"canvas": four_k}, "short")) == []


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width` x `height` (one IDAT row of data: a decompression bomb
    is judged by what it declares, and must never be decoded to find out)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# 5. Control characters


def test_control_characters_are_shown_escaped() -> None:
    assert escape_controls("a\x1b]0;pwned\x07b\x00c\rd\u202ee") == (
        "a\\x1b]0;pwned\\x07b\\x00c\\x0dd\\u202ee"
    )
    assert escape_controls("Grüße 😀 #fyp") == "Grüße 😀 #fyp"


def test_a_nul_in_a_caption_or_blank_does_not_reach_the_plan(tmp_path: Path) -> None:
    folder = template(tmp_path, {
        "blanks": [{"id": "who", "prompt": "Who?"}],
        "texts": [{"id": "t", "text": "hi {blank:who}"}],
        "post": {"caption": "caption\u0000 with {blank:who}", "hashtags": ["#a\u0000b"]},
    })  # fmt: skip
    given = CreatorInput(slots={"a": SlotInput(Path("clip.mp4"))}, blanks={"who": "me\x1b[2J"})
    plan = fill(load_template(folder), given, None, None, None)
    assert plan.caption == "caption with me[2J"
    assert plan.hashtags == ("#ab",)
    assert plan.texts[0].text == "hi me[2J"
    assert without_controls("a\r\nb\tc") == "a\nb\tc"


# 6. Links out of the template folder


def test_a_template_json_linked_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "passwd"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    folder = template(tmp_path, {})
    (folder / "template.json").unlink()
    (folder / "template.json").symlink_to(outside)
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert caught.value.lines == [f"{folder / 'template.json'}: is a link to a file outside "
                                  "the template folder"]  # fmt: skip


def test_a_template_json_linked_to_another_template_is_refused(tmp_path: Path) -> None:
    other = template(tmp_path, {}, "other")
    folder = template(tmp_path, {}, "mine")
    (folder / "template.json").unlink()
    os.symlink(other / "template.json", folder / "template.json")
    assert load_template(other).template.name == "Test"
    with pytest.raises(TemplateError, match="is a link to a file outside the template folder"):
        load_template(folder)


def test_a_linked_template_folder_pointing_elsewhere_is_refused(tmp_path: Path) -> None:
    real = template(tmp_path / "elsewhere", {})
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "linked").symlink_to(real, target_is_directory=True)
    with pytest.raises(TemplateError, match="the template folder is a link to elsewhere"):
        load_template(templates / "linked")


def test_a_link_inside_the_folder_is_still_fine(tmp_path: Path) -> None:
    folder = template(tmp_path, {})
    (folder / "real.json").write_text((folder / "template.json").read_text())
    (folder / "template.json").unlink()
    (folder / "template.json").symlink_to("real.json")
    assert load_template(folder).template.name == "Test"
    assert json.loads((folder / "real.json").read_text())["name"] == "Test"


@pytest.mark.parametrize(("count", "refused"), [(5, False), (30, True)])
def test_full_frame_shapes_count_against_the_frame_budget(
    tmp_path: Path, count: int, refused: bool
) -> None:
    """Shapes were not counted: 30 full-frame bordered shapes passed lint and took 95 s to
    render one second. Five compose in about 0.2 s a frame and pass."""
    folder = template(tmp_path, {
        "version": 2, "canvas": {"width": 1080, "height": 1920, "fps": 30}, "duration": 1,
        "slots": [{"id": "a", "label": "A", "kind": "video", "duration": 1}],
        "shapes": [{"id": f"s{i}", "fill": "#FF000010", "layer": i,
                    "border": {"width": 40, "color": "#00FF00"}} for i in range(count)],
    })  # fmt: skip
    found = errors(folder)
    if not refused:
        assert found == []
        return
    assert found == [(
        "shapes[0].region",
        "30 shapes on screen together would take about 1.3 s per frame to draw (limit 0.5 s); "
        "the costliest is a 1080x1920 px shape",
    )]  # fmt: skip
