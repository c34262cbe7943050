"""What a designer's trial asked of format 2: slots as long as the creator's clip, numbered texts
repeated at each slot, creator inputs with a default and an example, and one slot's sound under
another's. Each is checked on the plan the renderer reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.core.fill import CreatorInput, SlotInput, fill
from studio.core.render_plan import RenderPlan
from studio.core.template import TemplateError, load_template
from studio.core.timeline import Span


def template(folder: Path, data: dict[str, Any], files: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    base = {"version": 2, "name": "Trial", "preview": "p.png", "meta": {"min_studio_version": "0.2"},
            "canvas": {"width": 270, "height": 480, "fps": 30},
            "soundtrack": {"track": None, "clip_audio_db": 0}}  # fmt: skip
    for name in ("p.png", *files):
        (folder / name).write_bytes(b"x")
    (folder / "template.json").write_text(json.dumps({**base, **data}), encoding="utf-8")
    return folder


def planned(folder: Path, chosen: dict[str, str], media_seconds: dict[str, float] | None = None,
            blanks: dict[str, str] | None = None) -> RenderPlan:  # fmt: skip
    given = CreatorInput(slots={k: SlotInput(Path(v)) for k, v in chosen.items()},
                         blanks=blanks or {})  # fmt: skip
    return fill(load_template(folder), given, None, None, None, media_seconds)


# --- "duration": "media" ------------------------------------------------------------------------
MEDIA = {"slots": [
    {"id": "intro", "label": "Intro", "duration": 1},
    {"id": "story", "label": "Story", "duration": "media", "min_duration": 2, "max_duration": 6},
    {"id": "outro", "label": "Outro", "duration": 1},
]}  # fmt: skip


@pytest.mark.parametrize(("clip", "length"), [(4.5, 4.5), (0.5, 2.0), (30.0, 6.0)])
def test_a_media_slot_is_as_long_as_the_clip_within_its_limits(
    tmp_path: Path, clip: float, length: float
) -> None:
    folder = template(tmp_path / "t", MEDIA)
    plan = planned(folder, {"intro": "a.mp4", "story": "b.mp4", "outro": "c.mp4"},
                   {"story": clip})  # fmt: skip
    spans = {slot.id: slot.visible for slot in plan.slots}
    assert spans["story"] == Span(1.0, 1.0 + length)
    assert spans["outro"] == Span(1.0 + length, 2.0 + length)  # the next slot follows it
    assert plan.duration == pytest.approx(2.0 + length)


def test_a_media_slot_before_its_clip_is_known_plans_for_the_longest(tmp_path: Path) -> None:
    plan = planned(template(tmp_path / "t", MEDIA), {"intro": "a", "story": "b", "outro": "c"})
    assert plan.duration == pytest.approx(8.0)


@pytest.mark.parametrize(("slot", "message"), [
    ({"duration": "media", "min_duration": 5, "max_duration": 2},
     "slots[0]: min_duration is longer than max_duration"),
    ({"duration": "forever"}, "slots[0].duration: must be a number or 'media' (got 'forever')"),
])  # fmt: skip
def test_a_wrong_media_duration_is_named(
    tmp_path: Path, slot: dict[str, Any], message: str
) -> None:
    folder = template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", **slot}]})
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert f"template.json: {message}" in caught.value.lines[0]


# --- {slot_index}, {slot_count}, per_slot -------------------------------------------------------


def numbered_template(folder: Path, text: dict[str, Any]) -> Path:
    slots = [{"id": f"s{i}", "label": f"S{i}", "duration": 1.5} for i in range(1, 9)]
    return template(folder, {"slots": slots, "texts": [{"id": "n", **text}]})


def test_a_per_slot_text_counts_01_08_to_08_08_at_each_slots_time(tmp_path: Path) -> None:
    folder = numbered_template(
        tmp_path / "t",
        {"text": "{slot_index:02}/{slot_count:02}", "per_slot": True, "start": 0.25, "duration": 1},
    )
    plan = planned(folder, {f"s{i}": "x.mp4" for i in range(1, 9)})
    assert [t.text for t in plan.texts] == [f"{i:02}/08" for i in range(1, 9)]
    assert [t.id for t in plan.texts] == [f"n.{i}" for i in range(1, 9)]
    assert [t.span for t in plan.texts] == [Span(1.5 * i + 0.25, 1.5 * i + 1.25) for i in range(8)]


def test_a_per_slot_text_without_a_duration_lasts_its_slot(tmp_path: Path) -> None:
    folder = numbered_template(tmp_path / "t", {"text": "step {slot_index}", "per_slot": True})
    plan = planned(folder, {f"s{i}": "x.mp4" for i in range(1, 9)})
    assert plan.texts[2].text == "step 3"
    assert plan.texts[2].span == Span(3.0, 4.5)


def test_a_plain_text_takes_the_number_of_the_slot_it_starts_in(tmp_path: Path) -> None:
    folder = numbered_template(tmp_path / "t", {"text": "#{slot_index} of {slot_count}",
                                                "start": 4.6, "duration": 1})  # fmt: skip
    plan = planned(folder, {f"s{i}": "x.mp4" for i in range(1, 9)})
    assert [t.text for t in plan.texts] == ["#4 of 8"]


# --- creator inputs: default and example --------------------------------------------------------
def keyed(tmp_path: Path, item: dict[str, Any], files: tuple[str, ...] = ()) -> Path:
    return template(tmp_path / "t", {
        "inputs": [{"id": "background", "label": "Background", **item}],
        "slots": [{"id": "me", "label": "Me", "duration": 1, "filter": {
            "name": "chroma-key", "params": {"background": "{input:background}"}}}],
    }, files)  # fmt: skip


def background_of(plan: RenderPlan) -> object:
    return plan.slots[0].filters[0].params["background"]


def test_an_empty_optional_input_uses_its_default(tmp_path: Path) -> None:
    folder = keyed(tmp_path, {"required": False, "default": "wall.jpg"}, ("wall.jpg",))
    assert background_of(planned(folder, {"me": "me.mp4"})) == str((folder / "wall.jpg").resolve())
    chosen = planned(folder, {"me": "me.mp4", "background": "/media/beach.jpg"})
    assert background_of(chosen) == "/media/beach.jpg"  # the creator's pick wins


def test_a_default_or_example_that_is_not_in_the_folder_is_named(tmp_path: Path) -> None:
    folder = keyed(tmp_path, {"required": False, "default": "wal.jpg", "example": "beach.png"},
                   ("wall.jpg",))  # fmt: skip
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert [p.json_path for p in caught.value.problems] == [
        "inputs[0].default",
        "inputs[0].example",
    ]
    assert "'wal.jpg' does not exist (did you mean 'wall.jpg'?)" in caught.value.lines[0]


# --- lint: did you mean, unused files, ducking with nothing to duck, inputs ------------------------
def lint_lines(folder: Path) -> list[str]:
    from studio.core.template.lint import lint_template

    return [str(p).removeprefix(f"{folder / 'template.json'}: ") for p in lint_template(folder)]


def test_lint_warns_about_files_nothing_uses(tmp_path: Path) -> None:
    folder = template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 1}]},
                      ("old-preview.png", "README.md", "LICENCE.txt"))  # fmt: skip
    (folder / "drafts").mkdir()
    (folder / "drafts" / "idea.mp4").write_bytes(b"x")
    (folder / ".hidden").write_bytes(b"x")
    unused = sorted(line for line in lint_lines(folder) if "nothing uses" in line)
    assert unused == [
        "warning: nothing uses 'drafts/idea.mp4' (it would be packed all the same)",
        "warning: nothing uses 'old-preview.png' (it would be packed all the same)",
    ]


@pytest.mark.parametrize(("data", "expected"), [
    ({"soundtrack": {"track": None, "replaceable": False, "clip_audio_db": 0}},
     "ducking: warning: there is no soundtrack to duck (the track is null and the creator cannot "
     "pick one)"),
    ({"soundtrack": {"track": None, "clip_audio_db": None}},
     "ducking: warning: no clip's sound is heard (soundtrack.clip_audio_db is null and no slot "
     "sets volume_db): nothing ducks the music"),
])  # fmt: skip
def test_lint_says_when_ducking_has_nothing_to_duck(
    tmp_path: Path, data: dict[str, Any], expected: str
) -> None:
    folder = template(tmp_path / "t", {"ducking": {"amount_db": 10},
                                       "slots": [{"id": "a", "label": "A", "duration": 1}],
                                       **data})  # fmt: skip
    assert expected in lint_lines(folder)


def test_duck_under_names_a_slot_that_exists_and_makes_a_sound(tmp_path: Path) -> None:
    slots = [{"id": "original", "label": "O", "duration": 2, "duck_under": "mee"},
             {"id": "me", "label": "M", "start": 0, "duration": 2, "layer": 1}]  # fmt: skip
    with pytest.raises(TemplateError) as caught:
        load_template(template(tmp_path / "t", {"slots": slots}))
    assert caught.value.lines[0].endswith(
        "slots[0].duck_under: names no slot 'mee' (did you mean 'me'?) (slots: original, me)"
    )
    slots[0]["duck_under"] = "me"
    slots[1]["volume_db"] = None
    muted = template(tmp_path / "u", {"slots": slots,
                                      "soundtrack": {"track": None, "clip_audio_db": None},
                                      })  # fmt: skip
    slots[0]["volume_db"] = 0
    assert "slots[0].duck_under: warning: slot 'me' makes no sound (its volume is muted): nothing " \
        "to duck under" in lint_lines(template(tmp_path / "v", {
            "slots": slots, "soundtrack": {"track": None, "clip_audio_db": None}}))  # fmt: skip
    assert any("'original' makes no sound" in line for line in lint_lines(muted))


def test_lint_says_what_an_empty_optional_input_does(tmp_path: Path) -> None:
    lines = lint_lines(keyed(tmp_path, {"required": False}))
    assert (
        "inputs[0]: warning: left empty, 'background' is left out of "
        'slots[0].filter.params.background (the layers below show, or black): give a "default" '
        "file to show instead"
    ) in lines
    with_default = lint_lines(keyed(tmp_path / "d", {"required": False, "default": "w.jpg"},
                                    ("w.jpg",)))  # fmt: skip
    assert not any(line.startswith("inputs[0]") for line in with_default)
    required = lint_lines(keyed(tmp_path / "r", {"default": "w.jpg"}, ("w.jpg",)))
    assert (
        'inputs[0].default: warning: a required input never uses its default (set "required": '
        "false)"
    ) in required


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("texts", 0, "style", "font"), "Inter-Blak",
     "texts[0].style.font: unknown font 'Inter-Blak' (did you mean 'Inter-Black'?)"),
    (("texts", 0, "stlye"), {}, "texts[0].stlye: is not a field of this object (did you mean "
                                "'style'?)"),
    (("slots", 0, "filter"), {"name": "mono", "params": {"background": "{input:backgrund}"}},
     "slots[0].filter.params.background: uses unknown input 'backgrund' (did you mean "
     "'background'?)"),
    (("preview",), "preveiw.png", "preview: 'preveiw.png' does not exist (did you mean "
                                  "'p.png'?)"),
])  # fmt: skip
def test_a_misspelling_gets_a_did_you_mean(
    tmp_path: Path, path: tuple[Any, ...], value: Any, expected: str
) -> None:
    data: dict[str, Any] = {
        "inputs": [{"id": "background", "label": "B", "required": False}],
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "texts": [{"id": "t", "text": "hi", "style": {}}],
    }
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    with pytest.raises(TemplateError) as caught:
        load_template(template(tmp_path / "t", data))
    assert any(expected in line for line in caught.value.lines), caught.value.lines


def test_lint_points_at_a_misspelt_placeholder(tmp_path: Path) -> None:
    odd = numbered_template(tmp_path / "odd", {"text": "{slot_index:099} {slot_count:02}"})
    assert [line for line in lint_lines(odd) if line.startswith("texts[0].text")] == [
        "texts[0].text: warning: '{slot_index:099}' shows as written: a slot number takes a "
        "width like {slot_index:02} (zeros) or {slot_index:2} (spaces)"
    ]
    folder = numbered_template(tmp_path / "t", {"text": "{slot_indx}/{slot_count} {x}"})
    assert "texts[0].text: warning: '{slot_indx}' is not a placeholder and shows as written (did " \
        "you mean 'slot_index'?)" in lint_lines(folder)  # fmt: skip


# --- a moving gallery preview ---------------------------------------------------------------------
def test_a_moving_preview_longer_or_larger_than_allowed_is_refused(tmp_path: Path) -> None:
    from studio.core.template.lint import lint_template
    from studio.core.template.lint_files import MAX_PREVIEW_BYTES

    folder = template(tmp_path / "t", {"preview": "loop.webm",
                                       "slots": [{"id": "a", "label": "A", "duration": 1}]},
                      ("loop.webm",))  # fmt: skip
    (folder / "p.png").unlink()
    assert lint_template(folder, probe_duration=lambda _: 3.0) == []
    lines = [str(p) for p in lint_template(folder, probe_duration=lambda _: 20.0)]
    assert lines == [f"{folder / 'template.json'}: preview: 'loop.webm' lasts 20.0 s; a moving "
                     "preview may last at most 8 s"]  # fmt: skip
    (folder / "loop.webm").write_bytes(b"\0" * (MAX_PREVIEW_BYTES + 1))
    lines = [str(p) for p in lint_template(folder, probe_duration=lambda _: 3.0)]
    assert lines == [f"{folder / 'template.json'}: preview: 'loop.webm' is 8.1 MB; a moving "
                     "preview may be at most 8 MB"]  # fmt: skip


def test_lint_warns_when_min_studio_version_is_older_than_the_fields_used(tmp_path: Path) -> None:
    slots = [{"id": "a", "label": "A", "duration": "media"}]
    old = template(tmp_path / "old", {"meta": {"min_studio_version": "0.1"}, "slots": slots})
    assert lint_lines(old) == [
        "meta.min_studio_version: warning: should be 0.2 (slots[0].duration new in 0.2)"
    ]
    plain = template(tmp_path / "plain", {"meta": {"min_studio_version": "0.1"},
                                          "slots": [{"id": "a", "label": "A", "duration": 1}]})  # fmt: skip
    assert lint_lines(plain) == []
    current = template(tmp_path / "new", {"meta": {"min_studio_version": "0.2"}, "slots": slots})
    assert lint_lines(current) == []
