"""One version for the studio (studio/__init__.py, which the wheel and the .deb read), and every
bundled template, and the documentation's example, ask for no newer studio than this one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio import __version__
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.package_manifest import studio_is_at_least, template_studio_version
from studio.core.template.v2 import TemplateV2

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(
    p.name for p in bundled_templates_dir().iterdir() if (p / "template.json").is_file()
)


@pytest.mark.parametrize("name", BUNDLED)
def test_a_bundled_template_renders_in_this_studio(name: str) -> None:
    template = load_template(bundled_templates_dir() / name).template
    needed = template_studio_version(template)
    if isinstance(template, TemplateV2):
        assert needed is not None
    assert needed is None or studio_is_at_least(needed), (
        f"{name} asks for studio {needed}, this is {__version__}"
    )


def test_the_documented_examples_ask_for_this_studio_or_older() -> None:
    for page in ("templates.md", "templates-v2.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        for needed in re.findall(r'"min_studio_version":\s*"([0-9.]+)"', text):
            assert studio_is_at_least(needed), f"docs/{page} asks for {needed}"


def test_the_version_is_written_in_one_place() -> None:
    hatch = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in hatch and 'path = "studio/__init__.py"' in hatch
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    stray = [
        path
        for path in (ROOT / "studio").rglob("*.py")
        if path.name != "__init__.py" or path.parent != ROOT / "studio"
        if re.search(r"""['"]\d+\.\d+\.\d+['"]""", path.read_text(encoding="utf-8"))
        and "__version__ =" in path.read_text(encoding="utf-8")
    ]
    assert stray == []
