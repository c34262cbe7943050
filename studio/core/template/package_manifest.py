"""The manifest of a `.crossumer` template package: who made it, which version, and a checksum.

A package is a zip holding `crossumer-package.json` (this manifest) and the template folder's
files under `template/`. The checksum covers every content file's path and bytes, so a package
altered after packing (or damaged on the way) is refused.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from studio import __version__
from studio.core.template.schema import Template

MANIFEST_NAME = "crossumer-package.json"
CONTENT_FOLDER = "template/"
PACKAGE_SUFFIX = ".crossumer"
PACKAGE_FORMAT = 1
DEFAULT_TEMPLATE_VERSION = "1.0.0"
VERSION_PATTERN = r"^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$"
_VERSION = re.compile(VERSION_PATTERN)

Version = Annotated[str, Field(pattern=VERSION_PATTERN, description="dotted numbers, e.g. 1.2.0")]
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,39}$"


def folder_id_problem(name: str) -> str | None:
    """Why a template folder's name cannot be its package's id (the installed folder's name),
    with a name that can; None when it can. Lint says it, so a folder lint passes, pack packs."""
    if re.fullmatch(ID_PATTERN, name):
        return None
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9_-]+", "-", plain).strip("-_")[:40].strip("-_") or "my-template"
    return (f"the folder's name '{name}' is the package's id, which takes lower-case letters, "
            f"digits, '-' and '_' (40 at most): rename the folder, e.g. to '{slug}'")  # fmt: skip


class PackageManifest(BaseModel):
    """What a package says about itself; checked against its content when installed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: int = Field(default=PACKAGE_FORMAT, description="package format version")
    id: Annotated[str, Field(pattern=ID_PATTERN)] = Field(
        description="the template's id: the name of its folder once installed"
    )
    name: Annotated[str, Field(min_length=1, max_length=80)] = Field(
        description="the template's name, as the gallery shows it"
    )
    version: Version = Field(description="the template's own version")
    author: Annotated[str, Field(max_length=120)] = Field(default="", description="who made it")
    licence: Annotated[str, Field(max_length=120)] = Field(
        default="", description="the licence creators use it under, e.g. CC-BY-4.0"
    )
    studio_version: Version = Field(description="the oldest Crossumer Studio that can use it")
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the lines `path NUL sha256-of-file` of every content file, "
        "sorted by path"
    )


def version_key(version: str) -> tuple[int, ...]:
    """`"1.10.0"` -> `(1, 10, 0)`, so versions compare as numbers, not text."""
    if not _VERSION.match(version):
        return (0,)
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 1.0 and 1.0.0 are the same version
        parts.pop()
    return tuple(parts)


def studio_is_at_least(version: str) -> bool:
    """True when this studio is `version` or newer."""
    return version_key(__version__) >= version_key(version)


def content_checksum(files: Iterable[tuple[str, bytes | Path]]) -> str:
    """SHA-256 of (relative path, bytes) pairs in path order; paths use forward slashes."""
    total = hashlib.sha256()
    for relative, content in sorted(files, key=lambda item: item[0]):
        digest = hashlib.sha256()
        if isinstance(content, Path):
            with content.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        else:
            digest.update(content)
        total.update(f"{relative}\0{digest.hexdigest()}\n".encode())
    return total.hexdigest()


def declared(template: Template, *names: str) -> str | None:
    """A metadata field the template declares (template format v2), or None in format v1.

    Read by name, because v1 has no such fields: the package's options fill the gaps.
    """
    for name in names:
        value = getattr(template, name, None)
        if isinstance(value, str) and value:
            return value
    return None


def template_version(template: Template) -> str | None:
    """The template's own version when it declares one."""
    return declared(template, "template_version", "own_version")


def template_author(template: Template) -> str | None:
    """The template's author when it declares one."""
    return declared(template, "author")


def template_licence(template: Template) -> str | None:
    """The template's licence when it declares one."""
    return declared(template, "licence", "license")


def template_studio_version(template: Template) -> str | None:
    """The oldest studio version the template declares it needs."""
    return declared(template, "studio_version", "min_studio_version", "requires_studio")
