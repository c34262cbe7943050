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
