"""A template's own fonts, look and animated stickers: lint refuses what a render cannot draw.

A designer's template that lints clean is packed, shared and installed; its first render
must not be where a damaged font or a look's broken LUT is found (a font cut short passed
lint, pack and install, then stopped the render with "unexpected error (OSError ...)").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from studio.core.errors import StudioError
from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import resource_path
from studio.core.template import load_template
from studio.media.render import prepare, render
from studio.media.template_lint import lint_with_media
from tests.media_factory import small_template, solid_clip


def _font_template(folder: Path, font: bytes) -> dict[str, Any]:
    (folder / "fonts").mkdir()
    (folder / "fonts" / "Own.otf").write_bytes(font)
    (folder / "fonts" / "OFL.txt").write_text("licence\n", encoding="utf-8")
    return {
        "fonts": [{"file": "fonts/Own.otf", "licence": "fonts/OFL.txt"}],
        "blanks": [{"id": "t", "prompt": "T?", "example": "hello"}],
        "texts": [{"id": "t", "text": "{blank:t}", "style": {"font": "Own"}}],
    }


def _cut_font(folder: Path) -> dict[str, Any]:
    whole = resource_path("fonts", "Inter-Black.otf").read_bytes()
    return _font_template(folder, whole[:100_000])  # its character map whole, its metrics gone


def _bitmap_font(folder: Path) -> dict[str, Any]:
    return _font_template(folder, resource_path("fonts", "NotoColorEmoji.ttf").read_bytes())


def _broken_look(folder: Path) -> dict[str, Any]:
    (folder / "grade.cube").write_text("LUT_3D_SIZE 2\n0 0 0\n1 1 1\n", encoding="utf-8")
    return {"look": [{"name": "lut", "params": {"file": "grade.cube"}}]}


def _long_animation(folder: Path) -> dict[str, Any]:
    frames = [Image.new("RGB", (4, 4), (i % 256, i // 256, 0)) for i in range(3001)]
    frames[0].save(folder / "many.gif", save_all=True, append_images=frames[1:], duration=20)
    return {"stickers": [{"id": "s", "image": "many.gif"}]}


def _empty_input(folder: Path) -> dict[str, Any]:
    (folder / "bg.jpg").write_bytes(b"")
    return {"inputs": [{"id": "bg", "label": "Background", "kind": "photo", "default": "bg.jpg"}]}


CASES = {
    "font cut short": (_cut_font, "fonts[0].file", "cannot be drawn with"),
    "font of bitmaps only": (_bitmap_font, "fonts[0].file", "only fixed-size bitmaps"),
    "look's LUT broken": (_broken_look, "look[0]", "LUT_3D_SIZE 2 needs 8 colours"),
    "animation too long": (_long_animation, "stickers[0].image", "3001 frames"),
    "input's file empty": (_empty_input, "inputs[0].default", "empty"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_lint_names_the_field_of_an_asset_a_render_cannot_use(tmp_path: Path, case: str) -> None:
    setup, where, words = CASES[case]
    folder = tmp_path / "t"
    folder.mkdir()
    data = {"version": 2, "slots": [{"id": "a", "label": "A", "duration": 1}], **setup(folder)}
    small_template(folder, data)
    errors = [p for p in lint_with_media(folder) if p.severity == "error"]
    assert [p.json_path for p in errors] == [where]
    assert words in errors[0].message


def test_a_render_with_a_font_cut_short_names_the_font(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    data = {"version": 2, "slots": [{"id": "a", "label": "A", "duration": 1}], **_cut_font(folder)}
    small_template(folder, data)
    clip = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    plan = prepare(load_template(folder, preview_needed=False),
                   CreatorInput(slots={"a": SlotInput(clip)}, blanks={"t": "hi"}))  # fmt: skip
    with pytest.raises(StudioError) as refused:
        render(plan, tmp_path / "out.mp4")
    assert "Own.otf: cannot be drawn with" in refused.value.first_line
    assert not (tmp_path / "out.mp4").exists()


def test_every_file_a_filter_takes_is_looked_for_in_the_template_folder() -> None:
    """A file parameter whose suffix core does not know (a chroma-key `bg.gif`) was looked
    for in the folder the studio ran from, so the template packed and then failed to install."""
    import studio.media.filters  # noqa: F401  (registers every filter)
    from studio.core.template.schema import FILTER_FILE_SUFFIXES
    from studio.media.filters.base import filter_class, filter_names, param_specs

    taken = {
        suffix
        for name in filter_names()
        for spec in param_specs(filter_class(name)).values()
        if spec.kind == "file"
        for suffix in spec.suffixes
    }
    assert taken and taken <= FILTER_FILE_SUFFIXES


def test_a_lut_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Notepad writes one; the first keyword was refused as '\\ufeffTITLE'."""
    from studio.media.filters.cube_file import read_cube

    cube = tmp_path / "grade.cube"
    body = (
        'TITLE "warm"\nLUT_3D_SIZE 2\n' + "0 0 0\n1 0 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 1\n"
    )
    cube.write_bytes(b"\xef\xbb\xbf" + body.encode())
    assert read_cube(cube).size == 2


def _two_fonts(folder: Path, files: list[str]) -> dict[str, Any]:
    whole = resource_path("fonts", "Inter-Black.otf").read_bytes()
    (folder / "fonts").mkdir()
    (folder / "fonts" / "OFL.txt").write_text("licence\n", encoding="utf-8")
    for name in ("Own.otf", "Own.ttf"):
        (folder / "fonts" / name).write_bytes(whole)
    return {
        "fonts": [{"file": f, "licence": "fonts/OFL.txt"} for f in files],
        "blanks": [{"id": "t", "prompt": "T?", "example": "hello"}],
        "texts": [{"id": "t", "text": "{blank:t}", "style": {"font": "Own"}}],
    }


@pytest.mark.parametrize(
    ("files", "where", "words"),
    [
        (["fonts\\Own.otf"], "fonts[0].file", "write the path with '/' ('fonts/Own.otf')"),
        (["fonts/Own.otf", "fonts/Own.ttf"], "fonts[1].file", "'Own' is also the name of fonts[0]"),
    ],
)
def test_a_designers_font_list_is_told_what_is_wrong_with_it(
    tmp_path: Path, files: list[str], where: str, words: str
) -> None:
    """A Windows path was told as an unknown font (did you mean 'fonts\\Own'?) listed among
    the bundled ones; two files of one name passed, and texts used one of them."""
    folder = tmp_path / "t"
    folder.mkdir()
    data = {"version": 2, "slots": [{"id": "a", "label": "A", "duration": 1}],
            **_two_fonts(folder, files)}  # fmt: skip
    small_template(folder, data)
    errors = [p for p in lint_with_media(folder) if p.severity == "error"]
    assert [p.json_path for p in errors] == [where], errors
    assert words in errors[0].message


def test_one_font_file_listed_twice_is_no_error(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    data = {"version": 2, "slots": [{"id": "a", "label": "A", "duration": 1},],
            **_two_fonts(folder, ["fonts/Own.otf", "fonts/Own.otf"])}  # fmt: skip
    small_template(folder, data)
    assert [p for p in lint_with_media(folder) if p.severity == "error"] == []


def test_a_windows_path_out_of_the_folder_is_told_as_out_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    data = {"version": 2, "slots": [{"id": "a", "label": "A", "duration": 1}],
            **_two_fonts(folder, ["..\\Own.otf"])}  # fmt: skip
    small_template(folder, data)
    errors = [p for p in lint_with_media(folder) if p.severity == "error"]
    assert [p.json_path for p in errors] == ["fonts[0].file"]
    assert errors[0].message.endswith("is outside the template folder")
