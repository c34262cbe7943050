"""Template packages: hostile ones are refused in one line, naming the file, and leave nothing."""

from __future__ import annotations

import json
import shutil
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from studio import __version__
from studio.core.errors import StudioError
from studio.core.resources import bundled_templates_dir
from studio.core.template import TemplateError
from studio.core.template.catalogue import find_template, list_templates
from studio.core.template.package import install_package, pack_template, read_manifest
from studio.media.image_header import image_size
from studio.media.template_lint import lint_with_media
from tests.core.package_factory import (
    RawEntry,
    deflated_zeros,
    folder_files,
    package_entries,
    png_declaring,
    write_zip,
)


@pytest.fixture
def pov_files() -> dict[str, bytes]:
    return folder_files(bundled_templates_dir() / "pov")


def refusal(package: Path, templates: Path) -> str:
    """Install `package`, expecting a refusal; returns its one line and checks nothing was left."""
    with pytest.raises(StudioError) as caught:
        install_package(package, templates, image_size)
    assert len(caught.value.problems) == 1
    line = str(caught.value.problems[0])
    assert "\n" not in line
    assert line.startswith(f"{package.absolute()}: ")
    left = sorted(p.name for p in templates.iterdir()) if templates.exists() else []
    assert left == []
    return line.removeprefix(f"{package.absolute()}: ")


def test_a_packed_template_installs_and_is_found_by_id_and_version(tmp_path: Path) -> None:
    package = tmp_path / "pov-remix.crossumer"
    source = tmp_path / "pov-remix"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    manifest = pack_template(
        source, package, version="1.2.0", author="Ana", licence="CC-BY-4.0", lint=lint_with_media
    )
    assert (manifest.id, manifest.version, manifest.author) == ("pov-remix", "1.2.0", "Ana")
    templates = tmp_path / "installed"
    check = install_package(package, templates, image_size)
    assert check.action == "new"
    assert sorted(p.name for p in templates.iterdir()) == ["pov-remix"]  # no staging left
    entries = {e.template_id: e for e in list_templates(installed=templates)}
    assert entries["pov-remix"].origin == "installed"
    assert entries["pov-remix"].version == "1.2.0"
    assert entries["pov"].origin == "bundled"
    assert find_template("pov-remix", "1.2", installed=templates) is not None
    assert find_template("pov-remix", "1.3.0", installed=templates) is None
    assert find_template("gone", installed=templates) is None


def test_packing_refuses_a_template_that_fails_lint(tmp_path: Path) -> None:
    source = tmp_path / "broken"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    (source / "star.png").unlink()
    with pytest.raises(TemplateError) as caught:
        pack_template(source, tmp_path / "broken.crossumer", lint=lint_with_media)
    assert "stickers[0].image: 'star.png' does not exist" in str(caught.value.problems[0])
    assert not (tmp_path / "broken.crossumer").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["broken"]  # no partial package


def test_parent_folder_entry(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    entries = [*package_entries(pov_files), RawEntry.plain("template/../../evil.json", b"{}")]
    package = write_zip(tmp_path / "p.crossumer", entries)
    assert (
        refusal(package, tmp_path / "t")
        == "entry 'template/../../evil.json' leads out of its folder (..)"
    )


def test_absolute_path_entry(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    entries = [*package_entries(pov_files), RawEntry.plain("/tmp/evil.json", b"{}")]
    package = write_zip(tmp_path / "p.crossumer", entries)
    assert refusal(package, tmp_path / "t") == "entry '/tmp/evil.json' has an absolute path"


def test_symlink_entry(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    link = RawEntry.plain("template/secrets", b"/home", mode=stat.S_IFLNK | 0o777)
    package = write_zip(tmp_path / "p.crossumer", [*package_entries(pov_files), link])
    assert refusal(package, tmp_path / "t") == "entry 'template/secrets' is a symbolic link"


def test_device_entry(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    device = RawEntry.plain("template/disk", b"", mode=stat.S_IFBLK | 0o600)
    package = write_zip(tmp_path / "p.crossumer", [*package_entries(pov_files), device])
    assert refusal(package, tmp_path / "t") == "entry 'template/disk' is a device or special file"


def test_a_gigabyte_from_a_small_file(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    stream, size, crc = deflated_zeros(1)
    bomb = RawEntry("template/filler.cube", stream, size, crc, method=8)
    package = write_zip(tmp_path / "p.crossumer", [*package_entries(pov_files), bomb])
    assert package.stat().st_size < 2 * 1024 * 1024
    line = refusal(package, tmp_path / "t")
    assert line.startswith("entry 'template/filler.cube' expands ")
    assert line.endswith("x (over 100x: a zip bomb?)")


def test_a_hundred_thousand_entries(tmp_path: Path) -> None:
    entries = [RawEntry.plain(f"template/{i}.txt", b"") for i in range(100_000)]
    package = write_zip(tmp_path / "p.crossumer", entries)
    assert refusal(package, tmp_path / "t") == "has 100000 entries (at most 2000)"


@pytest.mark.parametrize(
    ("name", "mode", "reason"),
    [
        ("template/run.sh", 0o100644, "is a program or script (.sh), not template content"),
        ("template/helper.dll", 0o100644, "is a program or script (.dll), not template content"),
        ("template/notes.txt", 0o100755, "is marked executable"),
    ],
)
def test_executables(
    tmp_path: Path, pov_files: dict[str, bytes], name: str, mode: int, reason: str
) -> None:
    files = {**pov_files, name.removeprefix("template/"): b"#!/bin/sh\nrm -rf ~\n"}
    entries = [
        RawEntry.plain(e.name, e.stored, mode if e.name == name else e.mode)
        for e in package_entries(files)
    ]
    package = write_zip(tmp_path / "p.crossumer", entries)
    assert refusal(package, tmp_path / "t") == f"entry '{name}' {reason}"


def test_png_bomb(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    files = {**pov_files, "star.png": png_declaring(30000, 30000)}
    package = write_zip(tmp_path / "p.crossumer", package_entries(files))
    assert refusal(package, tmp_path / "t") == (
        "image 'star.png' declares 30000x30000 pixels (at most 40 MP)"
    )


def test_a_template_that_fails_lint(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    json_text = pov_files["template.json"].replace(b"bundled:sunny-pop", b"bundled:nothing")
    package = write_zip(
        tmp_path / "p.crossumer", package_entries({**pov_files, "template.json": json_text})
    )
    assert refusal(package, tmp_path / "t") == (
        "the template does not pass lint: template.json: soundtrack.track: "
        "no bundled track named 'nothing'"
    )


def test_altered_content_fails_its_checksum(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    entries = package_entries(pov_files)
    entries[-1] = RawEntry.plain(entries[-1].name, entries[-1].stored + b" ")
    package = write_zip(tmp_path / "p.crossumer", entries)
    assert refusal(package, tmp_path / "t") == (
        "the content does not match its checksum (damaged or altered)"
    )


def test_not_a_zip_and_no_manifest(tmp_path: Path) -> None:
    text = tmp_path / "text.crossumer"
    text.write_text("hello")
    assert refusal(text, tmp_path / "t") == "is not a template package (not a zip file)"
    plain = tmp_path / "plain.crossumer"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("template/template.json", "{}")
    assert refusal(plain, tmp_path / "t") == (
        "is not a template package (no crossumer-package.json)"
    )
    with pytest.raises(StudioError):
        read_manifest(tmp_path / "missing.crossumer")


def test_leftovers_of_an_interrupted_install_are_swept(tmp_path: Path) -> None:
    import os

    templates = tmp_path / "installed"
    stale = templates / ".installing-crashed"
    (stale / "sub").mkdir(parents=True)
    os.utime(stale, (0, 0))  # from a power cut long ago
    fresh = templates / ".installing-now"  # another install running right now
    fresh.mkdir()
    source = tmp_path / "pov-remix"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    pack_template(source, tmp_path / "p.crossumer", lint=lint_with_media)
    install_package(tmp_path / "p.crossumer", templates, image_size)
    assert sorted(p.name for p in templates.iterdir()) == [".installing-now", "pov-remix"]


def test_a_package_for_a_newer_studio(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    newer = write_zip(tmp_path / "p.crossumer", package_entries(pov_files, studio_version="99.0"))
    assert (
        refusal(newer, tmp_path / "t")
        == f"needs Crossumer Studio 99.0 or newer (this is {__version__})"
    )
    later_format = write_zip(tmp_path / "q.crossumer", package_entries(pov_files, format=2))
    assert refusal(later_format, tmp_path / "t") == (
        "was made for a newer Crossumer Studio (package format 2); update the studio to install it"
    )


@pytest.mark.parametrize("name", ["template/aux.png", "template/CON", "template/notes. "])
def test_names_windows_cannot_store(tmp_path: Path, pov_files: dict[str, bytes], name: str) -> None:
    package = write_zip(
        tmp_path / "p.crossumer", [*package_entries(pov_files), RawEntry.plain(name, b"x")]
    )
    assert refusal(package, tmp_path / "t") == (
        f"entry '{name}' uses a name Windows keeps for devices or cannot store"
    )


def test_one_file_twice_in_two_spellings(tmp_path: Path, pov_files: dict[str, bytes]) -> None:
    twice = RawEntry.plain("template/STAR.png", pov_files["star.png"])
    package = write_zip(tmp_path / "p.crossumer", [*package_entries(pov_files), twice])
    assert refusal(package, tmp_path / "t").startswith("entry 'template/STAR.png' appears twice")


def test_a_damaged_package_of_an_installed_version_is_told_as_damaged(
    tmp_path: Path, pov_files: dict[str, bytes]
) -> None:
    """With the same id and version installed, it was "already installed; nothing changed"."""
    templates = tmp_path / "t"
    whole = write_zip(tmp_path / "whole.crossumer", package_entries(pov_files))
    assert install_package(whole, templates, image_size).action == "new"
    entries = package_entries(pov_files)
    entries[-1] = RawEntry.plain(entries[-1].name, entries[-1].stored + b" ")
    damaged = write_zip(tmp_path / "damaged.crossumer", entries)
    with pytest.raises(StudioError) as caught:
        install_package(damaged, templates, image_size)
    assert caught.value.first_line.endswith(
        "the content does not match its checksum (damaged or altered)"
    )
    assert install_package(whole, templates, image_size).action == "same"


def test_pack_refuses_an_image_install_would_refuse(tmp_path: Path) -> None:
    """Pack wrote the package and install refused it at the other end."""
    from studio.core.template.lint import lint_template
    from studio.core.template.package import pack_template

    folder = tmp_path / "mine"
    shutil.copytree(bundled_templates_dir() / "pov", folder)
    (folder / "extra.png").write_bytes(png_declaring(60000, 60000))  # unused: a lint warning
    with pytest.raises(StudioError) as caught:
        pack_template(folder, tmp_path / "mine.crossumer", allow_warnings=True,
                      lint=lint_template, image_size=image_size)  # fmt: skip
    assert caught.value.first_line == (
        f"{folder}: image 'extra.png' declares 60000x60000 pixels (at most 40 MP)"
    )
    assert not (tmp_path / "mine.crossumer").exists()


@pytest.mark.parametrize(("folder", "suggested"), [("My Template", "my-template"),
                                                   ("Été 2026!", "ete-2026")])  # fmt: skip
def test_a_folder_name_that_cannot_be_an_id_is_said_by_lint_and_pack(
    tmp_path: Path, folder: str, suggested: str
) -> None:
    """The package's id is the folder's name: "My Template" linted clean, then pack failed
    with pydantic's words (`package id: String should match pattern ...`)."""
    source = tmp_path / folder
    shutil.copytree(bundled_templates_dir() / "pov", source)
    [warning] = lint_with_media(source)
    assert warning.severity == "warning"
    assert f"rename the folder, e.g. to '{suggested}'" in warning.message
    with pytest.raises(StudioError) as raised:
        pack_template(source, tmp_path / "p.crossumer", allow_warnings=True, lint=lint_with_media)
    said = str(raised.value)
    assert said.startswith(f"{source}: the folder's name '{folder}' is the package's id")
    assert "pattern" not in said and not (tmp_path / "p.crossumer").exists()


def test_a_song_of_silence_packs_into_a_package_that_installs(tmp_path: Path) -> None:
    """Deflated, 12 s of silence shrank 965 times and install refused it as a zip bomb."""
    import wave

    source = tmp_path / "quiet-pov"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    with wave.open(str(source / "quiet.wav"), "wb") as song:
        song.setnchannels(2)
        song.setsampwidth(2)
        song.setframerate(48_000)
        song.writeframes(bytes(4 * 48_000 * 12))
    data = json.loads((source / "template.json").read_text(encoding="utf-8"))
    data["soundtrack"]["track"] = "quiet.wav"
    (source / "template.json").write_text(json.dumps(data), encoding="utf-8")
    package = tmp_path / "quiet-pov.crossumer"
    pack_template(source, package, allow_warnings=True, lint=lint_with_media)
    assert install_package(package, tmp_path / "installed", image_size).action == "new"


@pytest.mark.parametrize("case", ["hidden", "two spellings"])
def test_pack_refuses_what_the_package_would_lose_and_lint_warns_of_it(
    tmp_path: Path, case: str
) -> None:
    if case == "two spellings" and sys.platform in ("win32", "darwin"):
        pytest.skip("this disk keeps one file for both names")
    source = tmp_path / "pov-own"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    data = json.loads((source / "template.json").read_text(encoding="utf-8"))
    sticker = data["stickers"][0]
    if case == "hidden":
        (source / sticker["image"]).rename(source / ".star.png")
        sticker["image"] = ".star.png"
        expected = "'.star.png' is hidden"
    else:
        shutil.copy(source / sticker["image"], source / "STAR.png")
        expected = "differ only in capitals or accents"
    (source / "template.json").write_text(json.dumps(data), encoding="utf-8")
    warned = [p.message for p in lint_with_media(source) if p.severity == "warning"]
    assert any(expected in line for line in warned), warned  # an installed one still installs
    with pytest.raises(TemplateError) as refused:  # even with warnings allowed
        pack_template(source, tmp_path / "p.crossumer", allow_warnings=True, lint=lint_with_media)
    assert expected in str(refused.value)
    assert not (tmp_path / "p.crossumer").exists()


KILLED_MIDWAY = """
import os, signal, sys, zipfile
from pathlib import Path
from studio.core.template import package
from studio.media.image_header import image_size
from studio.media.template_lint import lint_with_media

def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

source, output, templates, step = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
if step == "pack":
    zipfile.ZipFile.writestr = killed
    package.pack_template(source, output, lint=lint_with_media)
else:
    package._move_into_place = killed
    package.install_package(output, templates, image_size)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="killed with SIGKILL")
@pytest.mark.parametrize("step", ["pack", "install"])
def test_a_pack_or_install_killed_midway_leaves_nothing_after_the_next_start(
    tmp_path: Path, step: str
) -> None:
    from studio.core.scratch import sweep_scratch

    source = tmp_path / "pov-own"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    output, templates = tmp_path / "out" / "pov-own.crossumer", tmp_path / "installed"
    if step == "install":
        pack_template(source, output, lint=lint_with_media)
    died = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, str(source), str(output),
                           str(templates), step], check=False)  # fmt: skip
    assert died.returncode == -signal.SIGKILL
    left = output.parent if step == "pack" else templates
    assert [p for p in left.iterdir() if p.name.startswith(".")]  # what the kill left
    sweep_scratch()  # what the next start of the app or of any command does
    assert list(left.iterdir()) == []
