"""`lint_template`: clean bundled templates; warnings for text under buttons and slots past the track."""

from __future__ import annotations

from typing import Any

import pytest

from studio.core.resources import bundled_templates_dir
from studio.core.template.lint import lint_template
from studio.media.text_measure import measure_text_layer
from tests.conftest import TemplateEditor

BUNDLED = sorted(p.name for p in bundled_templates_dir().iterdir() if p.is_dir())


@pytest.mark.parametrize("slug", BUNDLED)
def test_bundled_templates_lint_clean_with_real_fonts(slug: str) -> None:
    assert lint_template(bundled_templates_dir() / slug, measure=measure_text_layer) == []


def test_text_at_the_bottom_is_under_every_platforms_buttons(
    edited_template: TemplateEditor,
) -> None:
    def low(data: dict[str, Any]) -> None:
        data["texts"][0]["y"] = 0.95

    problems = lint_template(edited_template("pov", low), measure=measure_text_layer)
    assert {p.severity for p in problems} == {"warning"}
    assert all(p.json_path == "texts[0]" for p in problems)
    names = " ".join(p.message for p in problems)
    for platform in ("TikTok", "Instagram Reels", "YouTube Shorts"):
        assert f"reaches under {platform}'s buttons at the bottom" in names


def test_slot_running_past_the_soundtrack_is_a_warning(edited_template: TemplateEditor) -> None:
    def long(data: dict[str, Any]) -> None:
        data["duration"] = 40
        data["slots"][0]["duration"] = 40

    problems = lint_template(edited_template("pov", long), measure=measure_text_layer)
    assert [(p.json_path, p.message) for p in problems] == [
        ("slots[0]", "ends at 40.00 s, after the soundtrack ends (33.00 s)")
    ]


def test_lint_returns_load_errors(edited_template: TemplateEditor) -> None:
    def broken(data: dict[str, Any]) -> None:
        data["slots"][0]["duration"] = 0

    problems = lint_template(edited_template("pov", broken))
    assert [p.severity for p in problems] == ["error"]


def _where(problems: list[Any]) -> list[tuple[str, str]]:
    """What a lint warning says apart from its box's pixels, which follow the canvas."""
    return sorted((p.json_path, p.message.split(" reaches ")[-1]) for p in problems)


@pytest.mark.parametrize("width", [540, 720, 2160])
@pytest.mark.parametrize("y", [0.25, 0.5, 0.95])
def test_a_canvas_of_another_width_is_linted_as_it_is_drawn(
    edited_template: TemplateEditor, width: int, y: float
) -> None:
    """Text sizes are pixels of a 1080-wide canvas and the compositor scales them; lint measured
    them unscaled, so a 540-wide template was warned of buttons its text never reached (and
    pack refused it), and a 2160-wide one's real collisions were missed."""

    def placed(data: dict[str, Any]) -> None:
        data["texts"][0]["y"] = y

    def resized(data: dict[str, Any]) -> None:
        placed(data)
        data["canvas"]["width"], data["canvas"]["height"] = width, width * 16 // 9

    first = edited_template("pov", placed)
    at_1080 = lint_template(first.rename(first.with_name("pov-1080")), measure=measure_text_layer)
    other = lint_template(edited_template("pov", resized), measure=measure_text_layer)
    assert _where(other) == _where(at_1080)
    assert bool(at_1080) == (y == 0.95)


def test_slot_numbers_are_measured_as_they_are_drawn(tmp_path: Any) -> None:
    """`{slot_index:02}/{slot_count:02}` draws 01/04, not its 29 characters as written: measured
    as written it reached under the buttons at both sides and pack refused the template."""
    import json
    import shutil

    folder = tmp_path / "countdown"
    folder.mkdir()
    shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder)
    text = {"id": "n", "text": "{slot_index:02}/{slot_count:02}", "per_slot": True, "y": 0.5,
            "style": {"size": 100}}  # fmt: skip
    data = {"version": 2, "name": "Countdown", "canvas": {"width": 1080, "height": 1920},
            "meta": {"min_studio_version": "0.2"},
            "slots": [{"id": f"s{i}", "label": f"S{i}", "duration": 1} for i in range(4)],
            "texts": [text]}  # fmt: skip
    (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
    assert lint_template(folder, measure=measure_text_layer) == []


def test_an_odd_canvas_is_said_to_be_made_even(edited_template: TemplateEditor) -> None:
    """721x1281 lints clean, and `frame` and the export were 720x1280 without a word."""

    def odd(data: dict[str, Any]) -> None:
        data["canvas"]["width"], data["canvas"]["height"] = 721, 1281

    found = [(p.json_path, p.message) for p in lint_template(edited_template("pov", odd))]
    assert ("canvas", "721x1281 is made 720x1280: video pictures have even sizes (their colour "
            "is stored for 2x2 pixels)") in found  # fmt: skip
