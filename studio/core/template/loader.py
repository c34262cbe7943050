"""Load a template folder: parse, validate, check every asset it names. Nothing is executed."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from studio.core.resources import resource_path
from studio.core.template.did_you_mean import allowed_keys, closest, did_you_mean, folder_files
from studio.core.template.errors import Problem, TemplateError, describe_pydantic_error
from studio.core.template.references import reference_problems
from studio.core.template.schema import FILTER_FILE_SUFFIXES, FilterRef, Slot, Template
from studio.core.template.v2 import TemplateV2
from studio.core.template.v2_checks import v2_problems

TEMPLATE_FILE = "template.json"
MAX_TEMPLATE_BYTES = 1_000_000  # a hostile template must not make us read gigabytes
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif"}  # an animated one plays
AUDIO_SUFFIXES = {".wav", ".m4a", ".mp3", ".aac", ".flac", ".ogg", ".opus"}
BUNDLED_PREFIX = "bundled:"
EXAMPLE_SUFFIXES = IMAGE_SUFFIXES | {".mp4", ".mov", ".m4v", ".webm", ".mkv"}
MOVING_PREVIEW_SUFFIXES = {".mp4", ".webm"}  # a short muted loop the gallery plays on hover
PREVIEW_SUFFIXES = IMAGE_SUFFIXES | MOVING_PREVIEW_SUFFIXES


@dataclass(frozen=True)
class LoadedTemplate:
    """A validated template and the folder its assets are resolved against."""

    template: Template
    folder: Path

    @property
    def slug(self) -> str:
        return self.folder.name

    @property
    def file(self) -> Path:
        return self.folder / TEMPLATE_FILE

    def asset(self, relative: str) -> Path:
        """Absolute path of an asset; loading already proved it exists inside the folder."""
        return (self.folder / relative).resolve()

    def soundtrack_path(self) -> Path | None:
        """The template's own soundtrack file, bundled or in its folder, or None."""
        track = self.template.soundtrack.track
        if track is None:
            return None
        if track.startswith(BUNDLED_PREFIX):
            return bundled_track_path(track.removeprefix(BUNDLED_PREFIX))
        return self.asset(track)


def bundled_track_path(name: str) -> Path:
    """The audio file of a bundled soundtrack by name (`resources/music/<name>.*`)."""
    for suffix in (".m4a", ".wav", ".mp3", ".ogg", ".flac"):
        candidate = resource_path("music", name + suffix)
        if candidate.is_file():
            return candidate
    return resource_path("music", name + ".m4a")


def bundled_track_names() -> list[str]:
    """The names `bundled:` takes (each track's audio beside its `.json`)."""
    return sorted(meta.stem for meta in resource_path("music").glob("*.json"))


def load_template(path: str | Path, preview_needed: bool = True) -> LoadedTemplate:
    """Load `templates/<slug>/` (or its template.json); TemplateError lists every problem.

    Without `preview_needed` (`studio template frame` and `render` on a folder) the preview
    picture may be missing: a designer's new template has none yet, and `frame` is how one is
    made. The gallery, lint and pack still need it."""
    path = Path(path)
    folder = path.parent if path.name == TEMPLATE_FILE else path
    file = folder / TEMPLATE_FILE
    _refuse_links_out(folder, file)
    raw = _read_json(file)
    # a v2 template is validated by the v2 models; everything else (v1) exactly as before
    # v2 is strict: "10" where a number belongs is an error, not silently converted
    v2 = isinstance(raw, dict) and raw.get("version") == 2
    try:
        template = (
            TemplateV2.model_validate(raw, strict=True) if v2 else Template.model_validate(raw)
        )
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        model = TemplateV2 if v2 else Template
        described = [_with_suggestion(describe_pydantic_error(e), e, model) for e in errors]
        # a value in a union (a filter parameter) fails once per member: say it once
        problems = [Problem(file, where, message) for where, message in _one_per_place(described)]
        problems = [_versioned(p) for p in problems]
        raise TemplateError(problems) from None
    problems = reference_problems(template, file)
    problems += _asset_problems(template, folder, file, preview_needed)
    if isinstance(template, TemplateV2):
        problems += v2_problems(template, folder, file, _asset_problem)
    if problems:
        raise TemplateError(problems)
    return LoadedTemplate(template, folder.resolve())


def _refuse_links_out(folder: Path, file: Path) -> None:
    """A template is its folder: a template.json (or a template folder) that is a link to
    somewhere else would read a system file or pass another template off as this one."""
    folder = folder.absolute()
    if folder.is_symlink() and not folder.resolve().is_relative_to(folder.parent.resolve()):
        raise TemplateError([Problem(file, "", "the template folder is a link to elsewhere")])
    if file.is_symlink() and file.resolve().parent != folder.resolve():
        raise TemplateError([Problem(file, "", "is a link to a file outside the template folder")])


def _not_a_file(file: Path) -> Problem:
    """Why `file` (a template.json that is not a regular file) cannot be read, in words that
    point at the fix: "no such file" was said of a folder, a pipe, and a file given as the
    template's folder."""
    folder = file.parent
    if folder.is_file():
        return Problem(folder, "", "is a file, not a template folder (the folder holding "
                       "template.json)")  # fmt: skip
    if not folder.exists():
        return Problem(folder, "", "no such folder")
    if file.is_dir():
        return Problem(file, "", "is a folder, not a file")
    if file.exists():
        return Problem(file, "", "is not a regular file (a device or pipe)")
    return Problem(file, "", "no such file")


def _with_suggestion(
    described: tuple[str, str], error: Mapping[str, Any], model: type[Template]
) -> tuple[str, str]:
    """A misspelt key's problem with the field it was probably meant to be."""
    where, message = described
    location = error["loc"]
    if error["type"] != "extra_forbidden" or not location or not isinstance(location[-1], str):
        return described
    hint = did_you_mean(location[-1], allowed_keys(model, location[:-1]))
    return where, message.replace(" (check the spelling)", hint) if hint else message


def _one_per_place(described: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One message per place: a value in a union fails once per member. `must be a number` and
    `must be 'media'` become `must be a number or 'media'`."""
    by_place: dict[str, list[str]] = {}
    for where, message in described:
        by_place.setdefault(where, []).append(message)
    merged = []
    for where, messages in by_place.items():
        literal = [m for m in messages if m.startswith("must be '")]
        others = [m for m in messages if m not in literal]
        if literal and others and others[0].startswith("must be "):
            head, got = others[0].split(" (got ", 1) if " (got " in others[0] else (others[0], "")
            choices = " or ".join(m.removeprefix("must be ") for m in literal)
            merged.append((where, f"{head} or {choices}" + (f" (got {got}" if got else "")))
        else:
            merged.append((where, messages[0]))
    return merged


def _versioned(problem: Problem) -> Problem:
    """A wrong `version` names both formats, not only the one it was checked against."""
    if problem.json_path == "version" and problem.message.startswith("must be"):
        return Problem(problem.file, "version", "must be 1 or 2")
    return problem


class DuplicateKey(ValueError):
    """A JSON object names one key twice."""


def _one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused when it gives a key twice: JSON readers differ on which value
    wins (Python's takes the last), so `"version": 2, ..., "version": 1` was read as format 1
    here and may be read as format 2 by the designer's editor."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(f"the key '{key[:40]}' is given twice in one object")
        found[key] = value
    return found


def _read_json(file: Path) -> object:
    if not file.is_file():
        raise TemplateError([_not_a_file(file)])
    size = file.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError([Problem(file, "", f"{size} bytes is too large for a template")])
    try:
        # a byte-order mark (Windows Notepad writes one) is not part of the JSON
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError([Problem(file, "", f"not UTF-8 text ({exc.reason})")]) from None
    try:
        return json.loads(text, object_pairs_hook=_one_value_per_key)
    except DuplicateKey as exc:
        raise TemplateError([Problem(file, "", str(exc))]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise TemplateError([Problem(file, "", f"invalid JSON at {where}: {exc.msg}")]) from None
    except RecursionError:
        raise TemplateError([Problem(file, "", "JSON nested too deeply")]) from None


def _asset_problems(
    template: Template, folder: Path, file: Path, preview_needed: bool = True
) -> list[Problem]:
    """Every asset must be a relative path to an existing file inside the template folder."""
    assets: list[tuple[str, str, set[str]]] = []
    if preview_needed or (folder / template.preview).exists():
        assets.append(("preview", template.preview, PREVIEW_SUFFIXES))
    track = template.soundtrack.track
    if track is not None and not track.startswith(BUNDLED_PREFIX):
        assets.append(("soundtrack.track", track, AUDIO_SUFFIXES))
    assets += [
        (f"stickers[{i}].image", sticker.image, IMAGE_SUFFIXES)
        for i, sticker in enumerate(template.stickers)
    ]
    assets += [
        (f"slots[{i}].example", slot.example, EXAMPLE_SUFFIXES)
        for i, slot in enumerate(template.slots)
        if slot.example is not None
    ]
    assets += [
        (f"slots[{i}].{where}.params.{key}", value, set(FILTER_FILE_SUFFIXES))
        for i, slot in enumerate(template.slots)
        for where, ref in _slot_filters(slot)
        for key, value in ref.file_params().items()
    ]
    problems = _font_problems(template, file)
    if track is not None and track.startswith(BUNDLED_PREFIX):
        name = track.removeprefix(BUNDLED_PREFIX)
        if not name or not bundled_track_path(name).is_file():
            hint = did_you_mean(name, bundled_track_names())
            said = f"no bundled track named '{name}'{hint}"
            problems.append(Problem(file, "soundtrack.track", said))
    root = folder.resolve()
    for where, relative, suffixes in assets:
        message = _asset_problem(root, relative, suffixes)
        if message is None:
            continue
        if (
            where == "preview"
            and "did you mean" not in message
            and "\\" not in relative
            and not (folder / relative).exists()
        ):
            # a new template's first frame is the usual preview picture, and `frame` makes it
            made = folder / relative
            message += f" (make one: studio template frame '{folder}' --at 1 -o '{made}')"
        problems.append(Problem(file, where, message))
    return problems


def _slot_filters(slot: Slot) -> list[tuple[str, FilterRef]]:
    """Each filter of a slot with its JSON path inside the slot."""
    named = [("filter", slot.filter)] if slot.filter else []
    return named + [(f"more_filters[{i}]", ref) for i, ref in enumerate(slot.more_filters)]


def _font_problems(template: Template, file: Path) -> list[Problem]:
    fonts = resource_path("fonts")
    bundled = sorted(p.stem for p in fonts.glob("*.[ot]tf") if "Emoji" not in p.stem)
    own = template.font_names() if isinstance(template, TemplateV2) else []
    known = bundled + own  # a v2 template may use the fonts it ships
    shipped = f"; the template's: {', '.join(own)}" if own else ""
    used = [(f"texts[{i}].style.font", layer.style.font) for i, layer in enumerate(template.texts)]
    if isinstance(template, TemplateV2) and template.captions and template.captions.font:
        used.append(("captions.font", template.captions.font))
    return [
        Problem(
            file,
            where,
            f"unknown font '{font}'{did_you_mean(font, known)} "
            f"(bundled: {', '.join(bundled)}{shipped})",
        )
        for where, font in used
        if font not in known
    ]


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _asset_problem(root: Path, relative: str, suffixes: set[str]) -> str | None:
    candidate = Path(relative)
    if candidate.is_absolute() or relative.startswith(("/", "\\")) or ":" in relative:
        return f"'{relative}' must be a path relative to the template folder"
    if "\\" in relative:  # a Windows designer's path: every other computer reads '\' as a letter
        written = relative.replace("\\", "/")
        if not (root / written).resolve().is_relative_to(root):
            return f"'{relative}' is outside the template folder"
        return (f"'{relative}' has '\\' in it: write the path with '/' ('{written}'), which "
                "every computer reads")  # fmt: skip
    resolved = (root / candidate).resolve()
    if not resolved.is_relative_to(root):  # `..` or a symlink pointing out
        return f"'{relative}' is outside the template folder"
    if candidate.suffix.lower() not in suffixes:
        allowed = ", ".join(sorted(suffixes))
        return f"'{relative}' has an unsupported type (use {allowed})"
    if not resolved.is_file():
        # by file name, so a shared folder or suffix alone does not make two names alike
        near = {Path(f).name: f for f in folder_files(root) if Path(f).suffix.lower() in suffixes}
        same = [f for name, f in near.items() if _nfc(name) == _nfc(candidate.name)]
        if same:  # they look the same: say how they differ, not "did you mean" the same name
            return (f"'{relative}' does not exist: '{same[0]}' in the folder spells it with "
                    "other Unicode characters (an accent stored apart from its letter, as "
                    "macOS names files); type the name again in one of the two")  # fmt: skip
        best = closest(candidate.name, near)
        hint = f" (did you mean '{near[best]}'?)" if best is not None else ""
        return f"'{relative}' does not exist{hint}"
    return None
