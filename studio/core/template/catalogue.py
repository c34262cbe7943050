"""Every template the studio can use: bundled with the app, or installed by the creator.

Installed templates live in `user_data_dir()/templates/<id>/`, beside the package manifest
they came with, so they survive a reinstall of the app and need no write access to it. A
template that fails to load is still listed, with its name and first problem, so the gallery
and `studio template list` can say what is wrong instead of hiding it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studio.core.errors import Problem
from studio.core.resources import bundled_templates_dir
from studio.core.template.errors import TemplateError
from studio.core.template.loader import TEMPLATE_FILE, LoadedTemplate, load_template
from studio.core.template.package import installed_manifest
from studio.core.template.package_manifest import (
    DEFAULT_TEMPLATE_VERSION,
    template_version,
    version_key,
)
from studio.core.user_data import user_data_dir

Origin = Literal["bundled", "installed"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One template folder: its id, where it comes from, its version, and how it loaded."""

    template_id: str
    folder: Path
    origin: Origin
    version: str
    loaded: LoadedTemplate | None
    problem: Problem | None = None

    @property
    def name(self) -> str:
        """The template's name, or (when it cannot load) the name its JSON gives, or its id."""
        if self.loaded is not None:
            return self.loaded.template.name
        return _raw_name(self.folder) or self.template_id

    @property
    def tags(self) -> list[str]:
        """The template's tags (none for a broken template)."""
        return list(self.loaded.template.tags) if self.loaded else []


def installed_templates_dir() -> Path:
    """Where templates the creator installs go (created on first install)."""
    return user_data_dir() / "templates"


def list_templates(
    bundled: Path | None = None, installed: Path | None = None
) -> list[CatalogueEntry]:
    """Bundled templates then installed ones, each group sorted by id."""
    entries = _entries(bundled or bundled_templates_dir(), "bundled")
    return entries + _entries(installed or installed_templates_dir(), "installed")


def bundled_ids(bundled: Path | None = None) -> set[str]:
    """Ids taken by bundled templates (an installed package may not reuse them)."""
    folder = bundled or bundled_templates_dir()
    return {p.name for p in folder.iterdir() if p.is_dir()} if folder.is_dir() else set()


def find_template(
    template_id: str,
    version: str | None = None,
    bundled: Path | None = None,
    installed: Path | None = None,
) -> LoadedTemplate | None:
    """The template with this id that loads, or None when it is gone or broken.

    With `version`, a template of that version or newer is accepted (an update keeps a draft
    working); an older one is not, since the draft may use what only the newer one has.
    """
    for entry in list_templates(bundled, installed):
        if entry.template_id != template_id or entry.loaded is None:
            continue
        if version is None or version_key(entry.version) >= version_key(version):
            return entry.loaded
    return None


def entry_for(loaded: LoadedTemplate, origin: Origin = "bundled") -> CatalogueEntry:
    """The catalogue's view of a template already loaded (its id is its folder's name)."""
    return CatalogueEntry(
        loaded.slug, loaded.folder, origin, _version(loaded.folder, loaded), loaded
    )


def _entries(folder: Path, origin: Origin) -> list[CatalogueEntry]:
    if not folder.is_dir():
        return []
    entries = []
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or child.name.startswith("."):  # .installing-* is never listed
            continue
        if not (child / TEMPLATE_FILE).exists() and not any(child.iterdir()):
            continue
        try:
            loaded: LoadedTemplate | None = load_template(child)
            problem = None
        except TemplateError as exc:
            loaded, problem = None, exc.problems[0]
        entries.append(
            CatalogueEntry(child.name, child, origin, _version(child, loaded), loaded, problem)
        )
    return entries


def _version(folder: Path, loaded: LoadedTemplate | None) -> str:
    manifest = installed_manifest(folder)
    if manifest is not None:
        return manifest.version
    declared = template_version(loaded.template) if loaded else None
    return declared or DEFAULT_TEMPLATE_VERSION


def _raw_name(folder: Path) -> str | None:
    """The `name` of a template.json that does not validate, when it can be read at all."""
    try:
        file = folder / TEMPLATE_FILE
        if file.stat().st_size > 1_000_000:
            return None
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name[:80] if isinstance(name, str) and name.strip() else None
