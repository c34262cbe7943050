"""Lint of format v2: the filter registry, overlapping slots, unused blanks, fitted text at its
longest input, a shipped font's glyphs, and a beat-timed template without a beat grid."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import bundled_templates_dir
from studio.core.template.errors import Problem
from studio.core.template.lint import lint_template
from studio.media.filters.check import filter_problems
from studio.media.text_measure import measure_text_layer
from tests.conftest import TemplateEditor

V2 = sorted(
    p.name
    for p in bundled_templates_dir().iterdir()
    if (p / "template.json").is_file() and '"version": 2' in (p / "template.json").read_text()
)


def _lint(folder: Path) -> list[Problem]:
    return lint_template(folder, measure=measure_text_layer, check_filter=filter_problems)


def _found(problems: list[Problem]) -> list[tuple[str, str, str]]:
    return [(p.severity, p.json_path, p.message) for p in problems]


@pytest.mark.parametrize("slug", V2)
def test_bundled_v2_templates_lint_clean_with_the_filter_registry(slug: str) -> None:
    assert len(V2) >= 12
    assert _lint(bundled_templates_dir() / slug) == []


@pytest.mark.parametrize(
    ("look", "path", "message"),
    [
        ({"name": "sparkle"}, "look[0].name", "unknown filter 'sparkle' (filters: "),
        ({"name": "vignette", "params": {"radius": 2}}, "look[0].params.radius",
         "vignette has no parameter 'radius' (parameters: amount, size)"),
        ({"name": "vignette", "params": {"amount": 7}}, "look[0].params.amount",
         "must be between 0 and 1, not 7"),
        ({"name": "vignette", "params": {"amount": "lots"}}, "look[0].params.amount",
         "must be a number, not 'lots'"),
        ({"name": "vignete"}, "look[0].name",
         "unknown filter 'vignete' (did you mean 'vignette'?) (filters: "),
        ({"name": "vignette", "params": {"amuont": 0.5}}, "look[0].params.amuont",
         "vignette has no parameter 'amuont' (did you mean 'amount'?) (parameters: amount, size)"),
    ],
)  # fmt: skip
def test_filter_problems_are_errors_at_their_json_path(
    edited_template: TemplateEditor, look: dict[str, Any], path: str, message: str
) -> None:
    def add_look(data: dict[str, Any]) -> None:
        data["look"] = [look]

    problems = _lint(edited_template("duet", add_look))
    assert [(p.severity, p.json_path) for p in problems] == [("error", path)]
    assert problems[0].message.startswith(message)


def test_overlapping_slots_on_one_layer_are_reported(edited_template: TemplateEditor) -> None:
    def both_left(data: dict[str, Any]) -> None:
        data["slots"][1]["layout"] = "left"

    assert _found(_lint(edited_template("duet", both_left))) == [
        ("warning", "slots[1]", "overlaps slots[0] ('original') on layer 0 from 0.00 s to "
         "15.00 s: one hides the other (give them different regions or layers)")
    ]  # fmt: skip


def test_an_unused_blank_warns(edited_template: TemplateEditor) -> None:
    def extra(data: dict[str, Any]) -> None:
        data["blanks"].append({"id": "mood", "prompt": "Mood?", "example": "happy"})

    assert _found(_lint(edited_template("duet", extra))) == [
        ("warning", "blanks[1]", "'mood' is never used in texts or caption")
    ]


def test_fitted_text_is_checked_at_its_longest_input(edited_template: TemplateEditor) -> None:
    def long(data: dict[str, Any]) -> None:
        data["blanks"][0]["max_length"] = 200

    problems = _found(_lint(edited_template("green-screen", long)))
    assert problems == [
        ("warning", "texts[0].box", "the longest allowed input (200 characters) does not fit the "
         "box at the minimum size 30 (lower min_size, allow more lines or a bigger box)")
    ]  # fmt: skip


def test_fitted_text_box_under_the_buttons_warns(edited_template: TemplateEditor) -> None:
    def low(data: dict[str, Any]) -> None:
        data["texts"][0]["y"] = 0.9

    problems = _lint(edited_template("green-screen", low))
    assert problems and all(p.json_path == "texts[0].box" for p in problems)
    assert "the text box reaches under TikTok's buttons at the bottom" in [
        p.message for p in problems
    ]


def test_a_shipped_font_without_a_glyph_is_an_error(edited_template: TemplateEditor) -> None:
    def japanese(data: dict[str, Any]) -> None:
        data["blanks"][0]["example"] = "夏 2026 ☀️"

    assert _found(_lint(edited_template("photo-dump", japanese))) == [
        ("error", "texts[0].style.font", "the font 'Lobster' has no glyph for 夏 (in the example)")
    ]


def test_a_bundled_font_without_a_glyph_is_a_warning(edited_template: TemplateEditor) -> None:
    """The example in Arabic with Inter: lint said nothing, the frame showed what the computer's
    fonts had (or boxes); it is a warning, since a creator's computer draws them its own way."""

    def arabic(data: dict[str, Any]) -> None:
        data["blanks"][0]["example"] = "Ciao مرحبا"

    assert _found(_lint(edited_template("green-screen", arabic))) == [
        ("warning", "texts[0].style.font", "the font 'Inter-Black' has no glyph for ا ب ح ر م "
         "(in the example): they are drawn from a font of the creator's computer, or as boxes")
    ]  # fmt: skip


def test_beat_motion_on_a_track_without_a_grid_says_what_to_add(
    edited_template: TemplateEditor,
) -> None:
    def own_track(data: dict[str, Any]) -> None:
        data["soundtrack"]["track"] = "song.wav"
        data["slots"][1]["motion"] = {"preset": "punch-in"}

    folder = edited_template("duet", own_track)
    with wave.open(str(folder / "song.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(8000)
        handle.writeframes(b"\0\0" * 8000 * 16)
    assert _found(_lint(folder)) == [
        ("error", "soundtrack.beats", 'timed in beats but the track has no beat grid: add "beats": '
         '{"bpm": 120, "first_beat": 0} (or "times": [...]) to the soundtrack')
    ]  # fmt: skip


def test_a_captions_box_under_the_buttons_warns(edited_template: TemplateEditor) -> None:
    def low(data: dict[str, Any]) -> None:
        data["captions"] = {"bottom": 0.9, "look": "pop"}

    assert _found(_lint(edited_template("duet", low))) == [
        ("warning", "captions", "the captions box reaches under TikTok's buttons at the bottom"),
        ("warning", "captions", "the captions box reaches under Instagram Reels's buttons at "
         "the bottom"),
        ("warning", "captions", "the captions box reaches under YouTube Shorts's buttons at "
         "the bottom"),
    ]  # fmt: skip


def test_an_unknown_captions_font_is_an_error(edited_template: TemplateEditor) -> None:
    def placed(data: dict[str, Any]) -> None:
        data["captions"] = {"look": "outline", "font": "Comic-Sans"}

    problems = _found(_lint(edited_template("duet", placed)))
    assert problems[0][:2] == ("error", "captions.font")
    assert problems[0][2].startswith("unknown font 'Comic-Sans'")


def test_a_captions_element_in_the_safe_zone_lints_clean(edited_template: TemplateEditor) -> None:
    def good(data: dict[str, Any]) -> None:
        data["captions"] = {"look": "boxed", "font": "Inter-Bold", "max_lines": 1}

    assert _lint(edited_template("duet", good)) == []


def test_what_the_video_never_shows_or_cuts_is_warned_of(tmp_path: Path) -> None:
    """A 4 s template with a slot of 8 s, a text at 10 s and a shape at 4 s linted clean: the
    render was cut at 4 s and the text and shape never appeared."""
    import json
    import shutil

    from studio.core.resources import bundled_templates_dir

    folder = tmp_path / "short"
    folder.mkdir()
    shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder)
    data = {
        "version": 2, "name": "Short", "duration": 4,
        "slots": [{"id": "a", "label": "A", "duration": 8}],
        "texts": [{"id": "late", "text": "Hi", "start": 10, "duration": 1},
                  {"id": "fine", "text": "Hi", "start": 1, "duration": 9}],
        "shapes": [{"id": "bar", "fill": "#FFFFFF", "start": 4, "duration": 1}],
    }  # fmt: skip
    (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
    assert _found(_lint(folder)) == [
        ("warning", "slots[0]", "ends at 8 s, after the video has ended (4 s): it is cut short"),
        (
            "warning",
            "texts[0]",
            "starts at 10 s, when the video has ended (4 s): it is never shown",
        ),
        (
            "warning",
            "shapes[0]",
            "starts at 4 s, when the video has ended (4 s): it is never shown",
        ),
    ]


def test_keyframes_out_of_time_order_are_warned_of(edited_template: TemplateEditor) -> None:
    def shuffled(data: dict[str, Any]) -> None:
        data["slots"][0]["motion"] = {"keyframes": [{"at": 0}, {"at": 2, "scale": 1.2},
                                                    {"at": 1, "scale": 1.1}]}  # fmt: skip

    assert _found(_lint(edited_template("green-screen", shuffled))) == [
        ("warning", "slots[0].motion.keyframes",
         "keyframes are not in time order (0, 2, 1 s): they are played in time order"),
    ]  # fmt: skip


def test_slots_after_one_as_long_as_the_creators_clip_are_not_judged(tmp_path: Path) -> None:
    """A media slot of 2-30 s in a 15 s template was planned at 30 s by lint, which then said
    the outro after it was never shown: false for any clip under 11 s."""
    import json
    import shutil

    from studio.core.resources import bundled_templates_dir

    folder = tmp_path / "story"
    folder.mkdir()
    shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder)
    data = {"version": 2, "name": "Story", "duration": 15,
            "slots": [{"id": "intro", "label": "Intro", "duration": 2},
                      {"id": "story", "label": "Story", "duration": "media", "min_duration": 2,
                       "max_duration": 30},
                      {"id": "outro", "label": "Outro", "duration": 2}]}  # fmt: skip
    (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
    assert [p for p in _lint(folder) if "video has ended" in p.message] == []


def test_hashtags_left_out_of_the_caption_are_warned_of(edited_template: TemplateEditor) -> None:
    """`#{blank:food}`, `#day one` and `#2024` passed lint and pack, then vanished from the
    caption without a word."""

    def tags(data: dict[str, Any]) -> None:
        data["post"] = {"caption": "{blank:caption}", "hashtags": ["#{blank:caption}", "#fyp",
                                                                  "#day one", "#2024"]}  # fmt: skip

    found = [(p.json_path, p.message) for p in _lint(edited_template("green-screen", tags))]
    assert [path for path, _ in found if path.startswith("post.")] == [
        "post.hashtags[0]", "post.hashtags[2]", "post.hashtags[3]"]  # fmt: skip
    assert ("post.hashtags[0]", "'#{blank:caption}' cannot take a blank's words (put them in the "
            "caption): it is left out of the caption") in found  # fmt: skip
