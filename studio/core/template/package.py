"""One-file template packages (`.crossumer`): pack a template folder, install one, remove one.

Safe by construction: the zip is checked before anything is unpacked (package_zip), images are
measured from their headers before anything decodes them, the unpacked template must pass lint,
and installing happens in a temporary folder inside the templates folder that is renamed into
place at the very end, so a refusal or a crash at any moment leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import ValidationError

from studio import __version__
from studio.core.errors import Problem, StudioError
from studio.core.scratch import process_scratch
from studio.core.template.errors import TemplateError
from studio.core.template.lint import lint_template
from studio.core.template.lint_files import packing_problems
from studio.core.template.loader import IMAGE_SUFFIXES, load_template
from studio.core.template.package_manifest import (
    CONTENT_FOLDER,
    DEFAULT_TEMPLATE_VERSION,
    MANIFEST_NAME,
    PACKAGE_FORMAT,
    PackageManifest,
    content_checksum,
    folder_id_problem,
    studio_is_at_least,
    template_author,
    template_licence,
    template_studio_version,
    template_version,
    version_key,
)
from studio.core.template.package_zip import (
    MAX_IMAGE_PIXELS,
    MAX_RATIO,
    RATIO_FLOOR,
    PackageRefused,
    entry_problem,
    open_package,
    unpack_entry,
)

# image file -> (width, height) read from its header without decoding; raises on a bad image.
# Injected (like lint's text measure) because core does not import an imaging library.
ImageSize = Callable[[Path], tuple[int, int]]
# template folder -> its lint problems. Pack, the lint command and the workbench pass the same
# function (studio.media.template_lint.lint_with_media), so they never disagree about a template.
TemplateLint = Callable[[Path], list[Problem]]
Action = Literal["new", "upgrade", "same", "older"]
_SKIPPED = {"__pycache__", ".DS_Store", "Thumbs.db"}
PACKAGE_MODE = 0o644  # readable by everyone: a package is made to be given away
STAGING_PREFIX = ".installing-"  # hidden: the catalogue never lists a half-installed template


@dataclass(frozen=True)
class InstallCheck:
    """What installing a package would do, decided before anything is written."""

    manifest: PackageManifest
    installed_version: str | None

    @property
    def action(self) -> Action:
        """new, upgrade (asks first), same or older (nothing to do)."""
        if self.installed_version is None:
            return "new"
        new, old = version_key(self.manifest.version), version_key(self.installed_version)
        return "upgrade" if new > old else "same" if new == old else "older"


def refuse(file: Path, reason: str) -> StudioError:
    """The one-line error a refused package raises: `FILE: reason`."""
    return StudioError(Problem(file, "", reason))


def installed_manifest(folder: Path) -> PackageManifest | None:
    """The manifest kept beside an installed template, or None for a folder without one."""
    try:
        text = (folder / MANIFEST_NAME).read_text(encoding="utf-8")
        return PackageManifest.model_validate_json(text)
    except (OSError, ValueError, ValidationError):
        return None


# --- pack ---------------------------------------------------------------------------------------
def template_files(folder: Path) -> list[tuple[str, Path]]:
    """(relative posix path, file) for each file a package of `folder` would hold."""
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part in _SKIPPED or part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink():
            raise refuse(path, "is a symbolic link: packages hold real files only")
        if path.is_file() and relative.as_posix() != MANIFEST_NAME:
            files.append((relative.as_posix(), path))
    return files


def pack_template(
    folder: Path,
    output: Path,
    version: str | None = None,
    author: str | None = None,
    licence: str | None = None,
    studio_version: str | None = None,
    allow_warnings: bool = False,
    *,
    lint: TemplateLint,
    image_size: ImageSize | None = None,
) -> PackageManifest:
    """Write `output` (a .crossumer zip) from a template folder that lints clean by `lint` and
    whose images pass `image_size`'s check as install checks them (a package pack wrote and
    install refused was a designer's surprise at the other end)."""
    folder = folder.resolve()
    problems = lint(folder)
    blocking = [p for p in problems if p.severity == "error" or not allow_warnings]
    if blocking:
        raise TemplateError(blocking)
    if wrong_name := folder_id_problem(folder.name):
        raise refuse(folder, wrong_name)
    loaded = load_template(folder)
    if lost := packing_problems(loaded, "error"):  # even with warnings allowed
        raise TemplateError(lost)
    template = loaded.template
    files = template_files(folder)
    for relative, path in files:
        info = zipfile.ZipInfo(CONTENT_FOLDER + relative)
        info.external_attr = (0o100644 | (path.stat().st_mode & 0o111)) << 16
        info.create_system = 3
        problem = entry_problem(info)
        if problem:
            raise refuse(path, problem.replace(f"entry '{info.filename}'", "this file"))
        if image_size is None or path.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        if problem := _image_problem(relative, path, image_size):
            raise refuse(folder, problem)
    try:
        manifest = PackageManifest(
            id=folder.name,
            name=template.name,
            version=version or template_version(template) or DEFAULT_TEMPLATE_VERSION,
            author=author or template_author(template) or "",
            licence=licence or template_licence(template) or "",
            studio_version=studio_version or template_studio_version(template) or __version__,
            sha256=content_checksum(files),
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise refuse(folder, f"package {where}: {first['msg']}") from None
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = process_scratch().beside(output, ".crossumer")  # swept if this process dies
    try:
        # a package is made to be shared, whatever the process's umask
        os.chmod(partial, PACKAGE_MODE)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_entry(MANIFEST_NAME), manifest.model_dump_json(indent=2))
            for relative, path in files:
                data = path.read_bytes()
                archive.writestr(_entry(CONTENT_FOLDER + relative, data), data)
        os.replace(partial, output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def newer_studio_warning(manifest: PackageManifest, output: Path) -> Problem | None:
    """A warning when the package asks for a newer studio than this one: it cannot be
    installed here, and this studio could not check that it renders."""
    if studio_is_at_least(manifest.studio_version):
        return None
    message = (
        f"asks for Crossumer Studio {manifest.studio_version} or newer, but this is "
        f"{__version__}: creators on {__version__} cannot install it (lower "
        "meta.min_studio_version, or pack with that studio)"
    )
    return Problem(output, "", message, "warning")


def _entry(name: str, data: bytes = b"") -> zipfile.ZipInfo:
    """A zip entry with fixed time and plain permissions: the same folder packs the same bytes.
    Stored, not deflated, when deflating would shrink it past what install takes from a zip
    bomb: a song's seconds of silence shrank 169 times and install refused the package."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16
    info.create_system = 3
    info.compress_type = zipfile.ZIP_DEFLATED
    if len(data) > RATIO_FLOOR and len(data) > MAX_RATIO * len(zlib.compress(data)) * 0.9:
        info.compress_type = zipfile.ZIP_STORED
    return info


# --- inspect and install ------------------------------------------------------------------------
def read_manifest(file: Path) -> PackageManifest:
    """The manifest of a package, after the zip-level checks; nothing is written."""
    try:
        archive, infos = open_package(file)
    except PackageRefused as exc:
        raise refuse(file, str(exc)) from None
    with archive:
        return _manifest_of(file, archive, infos)


def _manifest_of(
    file: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]
) -> PackageManifest:
    names = {info.filename for info in infos}
    if MANIFEST_NAME not in names:
        raise refuse(file, f"is not a template package (no {MANIFEST_NAME})")
    stray = [n for n in names if n != MANIFEST_NAME and not n.startswith(CONTENT_FOLDER)]
    if stray:
        raise refuse(file, f"entry '{stray[0]}' is outside the package's template folder")
    info = archive.getinfo(MANIFEST_NAME)
    if info.file_size > 64 * 1024:
        raise refuse(file, f"{MANIFEST_NAME} is too large")
    try:
        return PackageManifest.model_validate_json(archive.read(info))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "manifest"
        raise refuse(file, f"{MANIFEST_NAME}: {where}: {first['msg']}") from None
    except (zipfile.BadZipFile, ValueError) as exc:
        raise refuse(file, f"{MANIFEST_NAME} is damaged ({exc})") from None


def check_install(file: Path, templates_dir: Path) -> InstallCheck:
    """What installing `file` into `templates_dir` would do (new, upgrade, same, older)."""
    manifest = read_manifest(file)
    current = installed_manifest(templates_dir / manifest.id)
    present = (templates_dir / manifest.id / "template.json").is_file()
    version = current.version if current else (DEFAULT_TEMPLATE_VERSION if present else None)
    return InstallCheck(manifest, version)


def install_package(
    file: Path,
    templates_dir: Path,
    image_size: ImageSize,
    replace_older: bool = False,
    reserved_ids: Collection[str] = (),
    lint: TemplateLint = lint_template,
) -> InstallCheck:
    """Install a package; an older installed version is replaced only with `replace_older`.

    Returns the check that was acted on: `action` "new" or "upgrade" means it was installed,
    "same" or "older" means nothing changed. StudioError names the package and the reason
    (TemplateError, one kind of it, when the template itself fails lint).
    """
    file = file.absolute()
    check = check_install(file, templates_dir)
    manifest = check.manifest
    if manifest.format > PACKAGE_FORMAT:
        raise refuse(file, "was made for a newer Crossumer Studio (package format "
                           f"{manifest.format}); update the studio to install it")  # fmt: skip
    if manifest.id in reserved_ids:
        raise refuse(file, f"'{manifest.id}' is the id of a bundled template; pick another id")
    if not studio_is_at_least(manifest.studio_version):
        needed = f"needs Crossumer Studio {manifest.studio_version} or newer"
        raise refuse(file, f"{needed} (this is {__version__})")
    if check.action in ("same", "older"):
        # nothing to change, but a damaged or failing package is told as such, not as the
        # version already installed: checked as an install would check it, then dropped
        with tempfile.TemporaryDirectory(dir=process_scratch().folder) as checked:
            _unpack(file, Path(checked), manifest, image_size, lint)
        return check
    if check.action == "upgrade" and not replace_older:
        raise refuse(file, f"version {check.installed_version} is installed; confirm to replace it")
    templates_dir.mkdir(parents=True, exist_ok=True)
    _sweep_leftovers(templates_dir)
    # hidden, so the catalogue never lists it, and swept by the next start if this one dies
    staging = process_scratch().beside(templates_dir / manifest.id, "", folder=True)
    try:
        _unpack(file, staging, manifest, image_size, lint)
        _move_into_place(staging, templates_dir / manifest.id)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return check


def _unpack(
    file: Path, staging: Path, manifest: PackageManifest, image_size: ImageSize, lint: TemplateLint
) -> None:
    """Unpack the content into `staging`, then check checksum, images and lint."""
    try:
        archive, infos = open_package(file)
    except PackageRefused as exc:
        raise refuse(file, str(exc)) from None
    unpacked: list[tuple[str, Path]] = []
    with archive:
        for info in infos:
            if not info.filename.startswith(CONTENT_FOLDER):
                continue
            relative = PurePosixPath(info.filename.removeprefix(CONTENT_FOLDER))
            if not relative.parts:
                continue
            target = staging.joinpath(*relative.parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                unpack_entry(archive, info, target)
            except PackageRefused as exc:
                raise refuse(file, str(exc)) from None
            unpacked.append((relative.as_posix(), target))
    if content_checksum(unpacked) != manifest.sha256:
        raise refuse(file, "the content does not match its checksum (damaged or altered)")
    for name, path in unpacked:
        if path.suffix.lower() in IMAGE_SUFFIXES:
            _check_image(file, name, path, image_size)
    problems = [p for p in lint(staging) if p.severity == "error"]
    if problems:
        first = problems[0]
        inside = first.file is not None and first.file.is_relative_to(staging)
        where = [first.file.relative_to(staging).as_posix()] if first.file and inside else []
        line = ": ".join([*where, *([first.json_path] if first.json_path else []), first.message])
        raise refuse(file, f"the template does not pass lint: {line}")
    (staging / MANIFEST_NAME).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")


def _check_image(file: Path, relative: str, path: Path, image_size: ImageSize) -> None:
    problem = _image_problem(relative, path, image_size)
    if problem:
        raise refuse(file, problem)


def _image_problem(relative: str, path: Path, image_size: ImageSize) -> str | None:
    """Why an image of a package would be refused at install, or None."""
    try:
        width, height = image_size(path)
    except Exception as exc:  # any decoder complaint: the image is not usable
        return f"image '{relative}' cannot be read ({exc})"
    if width * height > MAX_IMAGE_PIXELS:
        megapixels = MAX_IMAGE_PIXELS // 1_000_000
        return f"image '{relative}' declares {width}x{height} pixels (at most {megapixels} MP)"
    return None


def _sweep_leftovers(templates_dir: Path) -> None:
    """Delete staging folders a crash or power cut left (over an hour old: none in use)."""
    cutoff = time.time() - 3600
    for prefix in (STAGING_PREFIX, ".replaced-", ".removing-"):
        for folder in templates_dir.glob(prefix + "*"):
            if folder.is_dir() and not folder.is_symlink() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)


def _move_into_place(staging: Path, target: Path) -> None:
    """Rename the staged folder to its id; an older version is moved aside and then deleted."""
    retired: Path | None = None
    if target.exists():
        # not in the scratch: if putting the old version back fails, it is kept here (hidden,
        # swept by a later install after an hour), not deleted with this process
        retired = Path(tempfile.mkdtemp(prefix=".replaced-", dir=target.parent))
        try:
            os.replace(target, retired / target.name)
        except BaseException:
            retired.rmdir()  # the old version is still in place, untouched
            raise
    try:
        os.replace(staging, target)
    except BaseException:
        if retired is not None:  # put the old version back: the creator keeps a working one
            os.replace(retired / target.name, target)
            retired.rmdir()
        raise
    # only once the new version is in place is the old one deleted; a failed rollback above
    # keeps it in `.replaced-…`, where the next install's sweep finds it after an hour
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)


def remove_template(template_id: str, templates_dir: Path) -> Path:
    """Delete an installed template; StudioError when no installed template has that id."""
    folder = templates_dir / template_id
    if not template_id or "/" in template_id or template_id.startswith(".") or not folder.is_dir():
        raise refuse(templates_dir / template_id, "no installed template has this id")
    retired = process_scratch().beside(folder, "", folder=True)
    os.replace(folder, retired / template_id)  # gone from the catalogue at once, whole
    shutil.rmtree(retired, ignore_errors=True)
    return folder


def package_summary(manifest: PackageManifest) -> str:
    """`POV 1.2.0 by Ana (CC-BY-4.0)` for prompts and listings."""
    by = f" by {manifest.author}" if manifest.author else ""
    licence = f" ({manifest.licence})" if manifest.licence else ""
    return f"{manifest.name} {manifest.version}{by}{licence}"


def manifest_json(manifest: PackageManifest) -> str:
    """The manifest as pretty JSON (for `studio template pack` to show what it wrote)."""
    return json.dumps(manifest.model_dump(), indent=2)
