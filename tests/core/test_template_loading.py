"""Template format v1: bundled templates load and round-trip; broken ones say exactly what is wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import bundled_templates_dir
from studio.core.template import TemplateError, load_template
from studio.core.template.schema import template_json_schema
from tests.conftest import TemplateEditor

BUNDLED = sorted(p.name for p in bundled_templates_dir().iterdir() if p.is_dir())


def test_at_least_three_bundled_templates_of_different_shapes() -> None:
    templates = [load_template(bundled_templates_dir() / slug).template for slug in BUNDLED]
    assert len(templates) >= 3
    shapes = {
        (len(t.slots), len(t.blanks), len(t.texts), bool(t.stickers),
         tuple((s.kind, getattr(s, "layout", None), getattr(s, "layer", 0)) for s in t.slots))
        for t in templates
    }  # fmt: skip
    assert len(shapes) == len(templates)


@pytest.mark.parametrize("slug", BUNDLED)
def test_bundled_template_round_trips(slug: str) -> None:
    loaded = load_template(bundled_templates_dir() / slug)
    dumped = loaded.template.model_dump(mode="json", exclude_unset=True, by_alias=True)
    again = type(loaded.template).model_validate(json.loads(json.dumps(dumped)))
    assert again == loaded.template
    assert (loaded.folder / loaded.template.preview).is_file()


def test_schema_is_generated_with_descriptions() -> None:
    schema = template_json_schema()
    assert schema["$schema"].endswith("2020-12/schema")  # type: ignore[union-attr]
    assert "slots" in schema["required"]  # type: ignore[operator]
    slot = schema["$defs"]["Slot"]  # type: ignore[index]
    assert "when_short" in slot["properties"]


def _set(path: str, value: Any) -> Any:
    """A mutation that sets `a.b.0.c` in the template JSON."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


MALFORMED = [
    ("canvas.fps", "fast", "canvas.fps: must be a whole number (got 'fast')"),
    ("slots.0.duration", -2, "slots[0].duration: must be greater than 0"),
    ("texts.0.text", "hi {blank:mood}", "texts[0].text: uses unknown blank 'mood' (declared: activity, day)"),
    ("stickers.0.image", "../../etc/passwd", "stickers[0].image: '../../etc/passwd' is outside the template folder"),
    ("stickers.0.image", "/etc/passwd", "stickers[0].image: '/etc/passwd' must be a path relative to the template folder"),
    ("stickers.0.image", "gone.png", "stickers[0].image: 'gone.png' does not exist"),
    ("slots.0.durations", 3, "slots[0].durations: is not a field of this object (did you mean 'duration'?)"),
    ("slots.0.zzz", 3, "slots[0].zzz: is not a field of this object (check the spelling)"),
    ("version", 3, "version: must be 1 or 2"),
    ("texts.0.style.color", "red", "texts[0].style.color: must be a colour like #FF3366 or #FF336680"),
    ("texts.0.style.font", "Comic", "texts[0].style.font: unknown font 'Comic' (bundled: Inter-Black, Inter-Bold, Inter-Regular)"),
    ("slots.0.id", "Scene One", "slots[0].id: must be a lower-case id of letters, digits, - and _"),
    ("soundtrack.track", "bundled:nope", "soundtrack.track: no bundled track named 'nope'"),
    ("soundtrack.track", "song.exe", "soundtrack.track: 'song.exe' has an unsupported type (use .aac, .flac, .m4a, .mp3, .ogg, .opus, .wav)"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "expected"), MALFORMED)
def test_malformed_template_names_file_and_json_path(
    edited_template: TemplateEditor, path: str, value: Any, expected: str
) -> None:
    folder = edited_template("pov", _set(path, value))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert [str(p) for p in caught.value.problems] == [f"{folder / 'template.json'}: {expected}"]


def test_every_problem_is_reported_at_once(edited_template: TemplateEditor) -> None:
    def two_faults(data: dict[str, Any]) -> None:
        data["slots"][0]["duration"] = 0
        data["canvas"]["width"] = 10

    with pytest.raises(TemplateError) as caught:
        load_template(edited_template("pov", two_faults))
    paths = sorted(p.json_path for p in caught.value.problems)
    assert paths == ["canvas.width", "slots[0].duration"]


def test_duplicate_ids_point_at_the_second_use(edited_template: TemplateEditor) -> None:
    def duplicate(data: dict[str, Any]) -> None:
        data["blanks"][1]["id"] = "activity"

    with pytest.raises(TemplateError) as caught:
        load_template(edited_template("pov", duplicate))
    assert next((p.json_path, p.message) for p in caught.value.problems) == (
        "blanks[1].id",
        "'activity' is used twice",
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"version": 1, "name": ', "invalid JSON at line 1 column 24: Expecting value"),
        (b"\xff\xfe\x00junk", "not UTF-8 text (invalid start byte)"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    ],
)
def test_unreadable_template_file(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "template.json").write_bytes(content)
    with pytest.raises(TemplateError) as caught:
        load_template(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'template.json'}: {expected}"


def test_huge_template_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "template.json").write_bytes(b" " * 2_000_000)
    with pytest.raises(TemplateError, match="too large for a template"):
        load_template(tmp_path)


def test_symlink_out_of_the_folder_is_refused(edited_template: TemplateEditor) -> None:
    folder = edited_template("pov", _set("stickers.0.image", "link.png"))
    (folder / "link.png").symlink_to(Path("/etc/hostname"))
    with pytest.raises(TemplateError, match=r"'link\.png' is outside the template folder"):
        load_template(folder)


@pytest.mark.parametrize("case", ["a file", "template.json a folder", "no folder"])
def test_a_template_path_that_is_not_a_template_folder_says_what_it_is(
    tmp_path: Path, case: str
) -> None:
    """Each was "template.json: no such file", whatever it was."""
    given = {"a file": tmp_path / "my-template.json", "template.json a folder": tmp_path / "t",
             "no folder": tmp_path / "missing"}[case]  # fmt: skip
    if case == "a file":
        given.write_text("{}")
    elif case == "template.json a folder":
        (given / "template.json").mkdir(parents=True)
    expected = {"a file": f"{given}: is a file, not a template folder",
                "template.json a folder": f"{given / 'template.json'}: is a folder, not a file",
                "no folder": f"{given}: no such folder"}[case]  # fmt: skip
    with pytest.raises(TemplateError) as caught:
        load_template(given)
    assert caught.value.first_line.startswith(expected)


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    """Python's reader kept the last value: a template saying "version": 2 and then 1 was
    read as format 1, where a designer's editor may read it as format 2."""
    folder = tmp_path / "twice"
    folder.mkdir()
    (folder / "template.json").write_text(
        '{"version": 2, "name": "Twice", "version": 1, "slots": []}', encoding="utf-8"
    )
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert caught.value.first_line.endswith(
        "template.json: the key 'version' is given twice in one object"
    )


def test_a_template_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    """Windows Notepad starts a UTF-8 file with a byte-order mark; it was refused with
    Python's words ('Unexpected UTF-8 BOM (decode using utf-8-sig)')."""
    folder = tmp_path / "pov"
    folder.mkdir()
    for source in (bundled_templates_dir() / "pov").iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    text = (folder / "template.json").read_text(encoding="utf-8")
    (folder / "template.json").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert (
        load_template(folder).template.name
        == load_template(bundled_templates_dir() / "pov").template.name
    )


def test_a_misspelt_bundled_track_is_named_with_the_one_meant(
    edited_template: TemplateEditor,
) -> None:
    def typo(data: dict[str, Any]) -> None:
        data["soundtrack"]["track"] = "bundled:hype_beat"

    with pytest.raises(TemplateError) as caught:
        load_template(edited_template("pov", typo))
    [problem] = caught.value.problems
    assert (problem.json_path, problem.message) == (
        "soundtrack.track",
        "no bundled track named 'hype_beat' (did you mean 'hype-beat'?)",
    )


def test_an_example_of_spaces_previews_as_the_prompt(edited_template: TemplateEditor) -> None:
    """`frame` failed with "blank 'activity' is empty", naming neither file nor field."""
    from studio.media.template_example import example_plan

    def spaces(data: dict[str, Any]) -> None:
        data["blanks"][0]["example"] = "   "

    loaded = load_template(edited_template("pov", spaces))
    blank = loaded.template.blanks[0]
    texts = [text.text for text in example_plan(loaded).texts]
    assert any(blank.prompt in text for text in texts)


def test_a_file_name_spelt_with_other_unicode_characters_is_told_as_such(
    edited_template: TemplateEditor,
) -> None:
    """'étoile.png' written with é as one character and saved with e + accent (macOS does):
    "does not exist (did you mean 'étoile.png'?)" named two names that look the same."""
    import unicodedata

    def french(data: dict[str, Any]) -> None:
        data["stickers"][0]["image"] = unicodedata.normalize("NFC", "étoile.png")

    folder = edited_template("pov", french)
    (folder / "star.png").rename(folder / unicodedata.normalize("NFD", "étoile.png"))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    [problem] = caught.value.problems
    assert problem.json_path == "stickers[0].image"
    assert "spells it with other Unicode characters" in problem.message
    assert "did you mean" not in problem.message
