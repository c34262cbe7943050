"""Template format v2: the bundled v2 templates load and round-trip, the schema is generated with
a description on every field, and every malformed v2 field names its file, JSON path and problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.core.fill import CreatorInput, FillError, SlotInput, fill
from studio.core.resources import bundled_templates_dir
from studio.core.template import TemplateError, load_template
from studio.core.template.descriptions import undescribed
from studio.core.template.font_file import font_characters
from studio.core.template.v2 import TemplateV2, template_v2_json_schema
from tests.conftest import TemplateEditor

V2 = sorted(
    p.name
    for p in bundled_templates_dir().iterdir()
    if (p / "template.json").is_file() and '"version": 2' in (p / "template.json").read_text()
)


def test_the_required_v2_templates_are_bundled_with_their_slots() -> None:
    slots = {slug: [s.id for s in load_template(bundled_templates_dir() / slug).template.slots]
             for slug in ("duet", "reaction", "photo-dump", "green-screen")}  # fmt: skip
    assert slots["duet"] == ["original", "me"]
    assert slots["reaction"] == ["original", "me"]
    assert slots["photo-dump"] == [f"p{i}" for i in range(1, 9)]
    assert "me" in slots["green-screen"]


@pytest.mark.parametrize("slug", V2)
def test_v2_template_loads_and_round_trips(slug: str) -> None:
    loaded = load_template(bundled_templates_dir() / slug)
    assert isinstance(loaded.template, TemplateV2)
    dumped = loaded.template.model_dump(mode="json", exclude_unset=True, by_alias=True)
    again = TemplateV2.model_validate(json.loads(json.dumps(dumped)), strict=True)
    assert again == loaded.template


def test_schema_describes_every_field_and_enumerates_filters_and_fonts() -> None:
    schema = template_v2_json_schema(["mono", "warm"], ["Inter-Black"])
    assert undescribed(schema) == []
    assert "$schema" in schema["properties"]
    definitions = schema["$defs"]
    assert definitions["FilterRef"]["properties"]["name"]["enum"] == ["mono", "warm"]
    assert definitions["TextStyle"]["properties"]["font"]["examples"] == ["Inter-Black"]
    assert "ken-burns-in" in json.dumps(definitions["Motion"])
    assert "pip-top-right" in json.dumps(schema)


def test_duet_slots_share_one_span_side_by_side() -> None:
    loaded = load_template(bundled_templates_dir() / "duet")
    given = CreatorInput(slots={"original": SlotInput(Path("a.mp4")), "me": SlotInput(Path("b.mp4"))},
                         blanks={"who": "@me"})  # fmt: skip
    plan = fill(loaded, given, None, None, None)
    original, me = plan.slots
    assert original.visible == me.visible
    assert original.placement is not None and me.placement is not None
    assert (original.placement.x, original.placement.w) == (0.0, 0.5)
    assert (me.placement.x, me.placement.w) == (0.5, 0.5)
    assert plan.layered


def test_a_creator_input_is_picked_like_a_slot_and_reaches_the_filter() -> None:
    loaded = load_template(bundled_templates_dir() / "green-screen")
    with pytest.raises(FillError) as caught:
        fill(loaded, CreatorInput(slots={"me": SlotInput(Path("me.mp4"))},
                                  blanks={"caption": "hi"}), None, None, None)  # fmt: skip
    assert "'background' (Background) needs a picture or clip" in caught.value.lines
    given = CreatorInput(slots={"me": SlotInput(Path("me.mp4")), "background": SlotInput(Path("/b.jpg"))},
                         blanks={"caption": "hi"})  # fmt: skip
    plan = fill(loaded, given, None, None, None)
    assert plan.slots[0].filters[0].params["background"] == "/b.jpg"
    assert plan.slots[0].filters[0].params["tolerance"] == 0.45  # the designer's others stay


def test_shipped_font_covers_its_title() -> None:
    characters = font_characters(bundled_templates_dir() / "photo-dump" / "fonts" / "Lobster.otf")
    assert all(ord(ch) in characters for ch in "summer 2026 Été")


def _set(path: str, value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


MALFORMED_V2 = [
    ("duet", "slots.1.layout", "middle", "slots[1].layout: must be 'full', 'top', 'bottom', 'left', 'right', 'pip-top-left', 'pip-top-right', 'pip-bottom-left', 'pip-bottom-right', 'grid-1', 'grid-2', 'grid-3' or 'grid-4'"),
    ("duet", "slots.1.region", {"x": 0.8, "w": 0.5}, "slots[1].region: the region reaches past the canvas edge (x + w and y + h <= 1)"),
    ("duet", "slots.1.region", {"x": 0.5, "w": 0.5}, "slots[1]: give layout or region, not both"),
    ("duet", "shapes.0.region.w", 0, "shapes[0].region.w: must be greater than 0"),
    ("duet", "slots.1.mask", {"shape": "star"}, "slots[1].mask.shape: must be 'rounded' or 'circle'"),
    ("duet", "slots.1.mask", {"radius": 0.2}, "slots[1].mask.shape: is required"),
    ("duet", "slots.1.border", {"width": 0}, "slots[1].border.width: must be at least 1"),
    ("duet", "slots.1.border", {"color": "white"}, "slots[1].border.color: must be a colour like #FF3366 or #FF336680"),
    ("duet", "slots.1.layer", 1000, "slots[1].layer: must be at most 100"),
    ("duet", "slots.1.motion", {"preset": "spin"}, "slots[1].motion.preset: must be 'ken-burns-in', 'ken-burns-out', 'pan-left', 'pan-right', 'punch-in' or 'shake'"),
    ("duet", "slots.1.motion", {}, "slots[1].motion: give a preset or keyframes"),
    ("duet", "slots.1.motion", {"keyframes": [{"scale": 2}]}, "slots[1].motion.keyframes[0]: give at or at_beats"),
    ("duet", "slots.1.motion", {"keyframes": [{"at": 0, "easing": "cubic-bezier"}]}, "slots[1].motion.keyframes[0]: easing cubic-bezier goes with bezier [x1, y1, x2, y2], and only it"),
    ("duet", "slots.1.motion", {"keyframes": [{"at": 0, "easing": "cubic-bezier", "bezier": [0.1, 0.2, 0.3]}]}, "slots[1].motion.keyframes[0].bezier: must have at least 4 items"),
    ("duet", "slots.1.motion", {"keyframes": [{"at": 0, "easing": "cubic-bezier", "bezier": [2, 0, 0.5, 1]}]}, "slots[1].motion.keyframes[0]: bezier x1 and x2 must be between 0 and 1"),
    ("duet", "slots.1.motion", {"keyframes": [{"at": "1", "scale": 2}]}, "slots[1].motion.keyframes[0].at: must be a number (got '1')"),
    ("duet", "slots.1.motion", {"preset": "ken-burns-in", "amount": 3}, "slots[1].motion.amount: must be at most 1"),
    ("duet", "slots.1.volume_db", 40, "slots[1].volume_db: must be at most 12"),
    ("duet", "slots.1.duration", "15", "slots[1].duration: must be a number or 'media' (got '15')"),
    ("duet", "texts.0.box.max_lines", 0, "texts[0].box.max_lines: must be at least 1"),
    ("duet", "texts.0.box.min_size", 2, "texts[0].box.min_size: must be at least 8"),
    ("duet", "texts.0.box", {"h": 0.1}, "texts[0].box.w: is required"),
    ("duet", "shapes.0.fill", "red", "shapes[0].fill: must be a colour like #FF3366 or #FF336680"),
    ("duet", "shapes.0.shape", "star", "shapes[0].shape: must be 'rect', 'rounded' or 'circle'"),
    ("duet", "shapes.0.id", "Divider", "shapes[0].id: must be a lower-case id of letters, digits, - and _"),
    ("duet", "meta.template_version", "one", "meta.template_version: must be a version like 1.2 or 1.2.3, not 'one'"),
    ("duet", "meta.min_studio_version", 2, "meta.min_studio_version: must be text (got 2)"),
    ("duet", "$schema", 5, "$schema: must be text (got 5)"),
    ("duet", "look_on", "everything", "look_on: must be 'picture' or 'slots'"),
    ("duet", "look", [{"name": "warm", "strength": 2}], "look[0].strength: must be at most 1"),
    ("duet", "ducking", {"amount_db": -1}, "ducking.amount_db: must be at least 0"),
    ("duet", "ducking", {"attack": 0}, "ducking.attack: must be at least 0.001"),
    ("duet", "fonts", [{"file": "x.woff", "licence": "OFL.txt"}], "fonts[0].file: 'x.woff' must be a .ttf or .otf file"),
    ("duet", "fonts", [{"file": "fonts/none.ttf", "licence": "preview.png"}], "fonts[0].file: 'fonts/none.ttf' does not exist"),
    ("duet", "fonts", [{"file": "x.ttf"}], "fonts[0].licence: is required"),
    ("photo-dump", "fonts.0.licence", "fonts/LICENCE.txt", "fonts[0].licence: licence file: 'fonts/LICENCE.txt' does not exist"),
    ("photo-dump", "fonts.0.file", "preview.png", "fonts[0].file: 'preview.png' must be a .ttf or .otf file"),
    ("green-screen", "slots.0.filter.params.background", "{input:bg}", "slots[0].filter.params.background: uses unknown input 'bg' (declared: background)"),
    ("green-screen", "inputs.0.id", "me", "inputs[0].id: 'me' is already a slot or input id"),
    ("green-screen", "inputs.0.kind", "audio", "inputs[0].kind: must be 'photo', 'video' or 'any'"),
    ("duet", "spin", 1, "spin: is not a field of this object (check the spelling)"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "path", "value", "expected"), MALFORMED_V2)
def test_malformed_v2_field_names_file_and_json_path(
    edited_template: TemplateEditor, slug: str, path: str, value: Any, expected: str | None
) -> None:
    folder = edited_template(slug, _set(path, value))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    lines = [str(problem) for problem in caught.value.problems]
    assert f"{folder / 'template.json'}: {expected}" in lines, lines


def test_a_file_named_ttf_that_is_not_a_font_is_refused(edited_template: TemplateEditor) -> None:
    def ship_fake(data: dict[str, Any]) -> None:
        data["fonts"] = [{"file": "fake.ttf", "licence": "OFL.txt"}]

    folder = edited_template("duet", ship_fake)
    (folder / "fake.ttf").write_text("not a font")
    (folder / "OFL.txt").write_text("licence")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert [p.message for p in caught.value.problems] == [
        "'fake.ttf' is not a TrueType or OpenType font"
    ]


def test_a_font_cut_short_is_called_damaged(edited_template: TemplateEditor) -> None:
    """Its line read "'F.ttf' is its character map is damaged"."""

    def ship_cut(data: dict[str, Any]) -> None:
        data["fonts"] = [{"file": "cut.ttf", "licence": "OFL.txt"}]

    folder = edited_template("duet", ship_cut)
    # one table, `cmap`, whose offset points past the end of the file
    header = b"\x00\x01\x00\x00" + b"\x00\x01" + b"\x00" * 6 + b"cmap" + b"\x00" * 4
    (folder / "cut.ttf").write_bytes(header + b"\xff\xff\xff\xf0" + b"\x00" * 4)
    (folder / "OFL.txt").write_text("licence")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert [p.message for p in caught.value.problems] == [
        "'cut.ttf' is damaged: its character map cannot be read"
    ]
