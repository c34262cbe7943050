"""Lint of a template folder's files: files nothing uses (they would go into the package) and the
limits of a moving gallery preview (a short muted .mp4 or .webm)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from studio.core.template.did_you_mean import folder_files
from studio.core.template.errors import Problem
from studio.core.template.loader import (
    BUNDLED_PREFIX,
    MOVING_PREVIEW_SUFFIXES,
    TEMPLATE_FILE,
    LoadedTemplate,
)
from studio.core.template.schema import Template
from studio.core.template.v2 import TemplateV2

MAX_PREVIEW_BYTES = 8 * 1024 * 1024
MAX_PREVIEW_SECONDS = 8.0
# files a designer ships on purpose though no field names them; the installed manifest
KEPT = ("readme", "licence", "license", "notice", "copying", "crossumer-package.json")
# a file -> its duration in seconds, or None when unknown
DurationProbe = Callable[[Path], float | None]


def used_files(template: Template) -> set[str]:
    """Every file of the folder the template names (relative posix paths)."""
    used = {TEMPLATE_FILE, template.preview}
    track = template.soundtrack.track
    if track is not None and not track.startswith(BUNDLED_PREFIX):
        used.add(track)
    used |= {sticker.image for sticker in template.stickers}
    used |= {slot.example for slot in template.slots if slot.example is not None}
    refs = [ref for slot in template.slots for ref in slot.filters]
    if isinstance(template, TemplateV2):
        refs += template.look
        used |= {name for font in template.fonts for name in (font.file, font.licence)}
        used |= {f for item in template.inputs for f in (item.default, item.example) if f}
    used |= {value for ref in refs for value in ref.file_params().values()}
    return {PurePosixPath(name).as_posix().removeprefix("./") for name in used}


def unused_file_warnings(loaded: LoadedTemplate) -> list[Problem]:
    """A file in the folder that nothing uses: it would go into the package for nothing."""
    used = used_files(loaded.template)
    problems = []
    for relative in folder_files(loaded.folder):
        if relative in used or PurePosixPath(relative).name.casefold().startswith(KEPT):
            continue
        message = f"nothing uses '{relative}' (it would be packed all the same)"
        problems.append(Problem(loaded.file, "", message, "warning"))
    return problems


def packing_problems(loaded: LoadedTemplate, severity: str = "warning") -> list[Problem]:
    """What the folder renders with but a package would lose: a hidden file the template uses
    (pack leaves hidden files out), and names that are one file on Windows and macOS. Lint
    warns (an installed template that works is not refused for them); pack refuses."""
    problems = []
    files = folder_files(loaded.folder)
    for relative in sorted(used_files(loaded.template) - {TEMPLATE_FILE}):
        if any(part.startswith(".") for part in PurePosixPath(relative).parts):
            message = (f"'{relative}' is hidden (a name starting with '.'): pack leaves hidden "
                       "files out, so the package would lack it; rename it")  # fmt: skip
            problems.append(Problem(loaded.file, "", message, severity))
        elif relative not in files and (same := [f for f in files if _key(f) == _key(relative)]):
            message = (f"'{relative}' is spelled '{same[0]}' in the folder: Windows and macOS "
                       "find it, Linux does not; write the name as the file has it")  # fmt: skip
            problems.append(Problem(loaded.file, "", message, severity))
    seen: dict[str, str] = {}
    for relative in files:
        if (first := seen.setdefault(_key(relative), relative)) != relative:
            message = (f"'{first}' and '{relative}' differ only in capitals or accents: Windows "
                       "and macOS keep one file for both; rename one")  # fmt: skip
            problems.append(Problem(loaded.file, "", message, severity))
    return problems


def _key(relative: str) -> str:
    """A file name as Windows and macOS compare names: capitals and accents' forms alike."""
    return unicodedata.normalize("NFC", relative).casefold()


def moving_preview_problems(loaded: LoadedTemplate, probe_duration: DurationProbe) -> list[Problem]:
    """A moving preview must stay small and short: the gallery plays it on hover."""
    preview = loaded.template.preview
    if PurePosixPath(preview).suffix.lower() not in MOVING_PREVIEW_SUFFIXES:
        return []
    path = loaded.asset(preview)
    problems = []
    size = path.stat().st_size
    if size > MAX_PREVIEW_BYTES:
        shown = math.ceil(size / 1024 / 1024 * 10) / 10  # 8 MB and a byte reads 8.1, not 8.0
        message = (f"'{preview}' is {shown:.1f} MB; a moving preview may be at most "
                   f"{MAX_PREVIEW_BYTES // 1024 // 1024} MB")  # fmt: skip
        problems.append(Problem(loaded.file, "preview", message))
    seconds = probe_duration(path)
    if seconds is not None and seconds > MAX_PREVIEW_SECONDS:
        message = (f"'{preview}' lasts {seconds:.1f} s; a moving preview may last at most "
                   f"{MAX_PREVIEW_SECONDS:g} s")  # fmt: skip
        problems.append(Problem(loaded.file, "preview", message))
    return problems
