"""The one lint every tool runs: `studio template lint`, `studio template pack` and the workbench
window all call `lint_with_media`, so a template the lint command passes is one pack accepts.

Core lint is pure; the checks that need the media layer are passed in here: exact text boxes
measured with the real fonts, soundtrack and preview lengths, picture headers, opening assets as a
render does, and filters checked against the registry.
"""

from __future__ import annotations

from pathlib import Path

from studio.core.errors import Problem
from studio.core.template.lint import lint_template
from studio.media.filters.check import filter_problems
from studio.media.template_assets import asset_problems, picture_size, track_duration
from studio.media.text_measure import measure_text_layer


def lint_with_media(path: str | Path) -> list[Problem]:
    """Every error and warning of a template folder (or its template.json), with every check."""
    return lint_template(
        path,
        measure=measure_text_layer,
        probe_duration=track_duration,
        picture_size=picture_size,
        check_assets=asset_problems,
        check_filter=filter_problems,
    )
