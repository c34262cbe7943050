"""Where bundled content lives, from a source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def bundled_root() -> Path:
    """The folder holding `resources/` and `templates/` for this installation."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller unpacks data next to the code
        candidates.append(Path(frozen) / "studio" / "_bundled")
    candidates.append(_PACKAGE_DIR / "_bundled")  # installed wheel (pyproject force-include)
    candidates.append(_PACKAGE_DIR.parent)  # source checkout
    for root in candidates:
        if (root / "resources").is_dir():
            return root
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. `resource_path("fonts", "Inter-Bold.otf")`."""
    return bundled_root().joinpath("resources", *parts)


def bundled_templates_dir() -> Path:
    """The folder of bundled templates, one sub-folder per template."""
    return bundled_root() / "templates"
