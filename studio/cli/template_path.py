"""Where a template named on the command line is: a folder path, or the id of an installed or
bundled template. Shared by `render`, `post` and `batch` (a module of its own, so none of them
imports another command's module)."""

from __future__ import annotations

from pathlib import Path


def resolve_template_path(value: Path) -> Path:
    """A folder path as given, or the id of an installed or bundled template."""
    from studio.core.resources import bundled_templates_dir
    from studio.core.template.catalogue import installed_templates_dir

    if value.exists() or len(value.parts) > 1:
        return value
    installed = installed_templates_dir() / value.name
    return installed if installed.is_dir() else bundled_templates_dir() / value.name
