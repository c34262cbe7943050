"""`studio template lint` and `studio template pack` judge a template by the same checks: what
lint passes, pack packs; what lint warns about, pack refuses with the same words."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

from studio import __version__
from studio.cli import main
from studio.core.resources import bundled_templates_dir
from studio.core.template.package import read_manifest


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def copy_bundled(name: str, target: Path) -> Path:
    shutil.copytree(bundled_templates_dir() / name, target)
    return target


def test_a_template_lint_passes_packs(capsys: Any, tmp_path: Path) -> None:
    # recipe-steps' fitted texts fit with the real font; a font-free estimate said they did not,
    # so lint said ok and pack refused
    source = copy_bundled("recipe-steps", tmp_path / "my-recipe")
    code, out, _ = run(capsys, "template", "lint", str(source))
    assert (code, out) == (0, f"{source}: ok\n")
    package = tmp_path / "my-recipe.crossumer"
    code, out, err = run(capsys, "template", "pack", str(source), "-o", str(package))
    assert (code, err) == (0, "")
    assert read_manifest(package).id == "my-recipe"


def test_a_warning_lint_shows_is_the_one_pack_refuses_over(capsys: Any, tmp_path: Path) -> None:
    source = copy_bundled("pov", tmp_path / "low-pov")
    data = json.loads((source / "template.json").read_text(encoding="utf-8"))
    data["texts"][0]["y"] = 0.97  # under every platform's caption area
    (source / "template.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "template", "lint", str(source))
    linted = out.splitlines()
    assert code == 0 and linted and all(": warning: " in line for line in linted)
    code, _, err = run(capsys, "template", "pack", str(source), "-o", str(tmp_path / "p.crossumer"))
    assert code != 0
    assert sorted(line.removeprefix("studio: ") for line in err.splitlines()) == sorted(linted)
    assert not (tmp_path / "p.crossumer").exists()


def test_a_package_is_readable_by_everyone(capsys: Any, tmp_path: Path) -> None:
    source = copy_bundled("pov", tmp_path / "shared-pov")
    package = tmp_path / "shared-pov.crossumer"
    old = os.umask(0o077)  # even a private umask: a package is made to be shared
    try:
        code, _, _ = run(capsys, "template", "pack", str(source), "-o", str(package))
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(package.stat().st_mode) == 0o644


def test_pack_warns_when_the_template_asks_for_a_newer_studio(
    capsys: Any, tmp_path: Path, private_data_folder: Path
) -> None:
    source = copy_bundled("quote-card", tmp_path / "future-card")
    data = json.loads((source / "template.json").read_text(encoding="utf-8"))
    data["meta"]["min_studio_version"] = "99.0"
    (source / "template.json").write_text(json.dumps(data), encoding="utf-8")
    package = tmp_path / "future-card.crossumer"
    code, _, err = run(capsys, "template", "pack", str(source), "-o", str(package))
    assert code == 0  # packed (a designer may target a newer studio), with a warning
    assert err == (
        f"{package}: warning: asks for Crossumer Studio 99.0 or newer, but this is "
        f"{__version__}: creators on {__version__} cannot install it (lower "
        "meta.min_studio_version, or pack with that studio)\n"
    )
    code, out, err = run(capsys, "template", "install", str(package))
    assert code != 0 and out == ""
    assert err == (
        f"studio: {package.absolute()}: needs Crossumer Studio 99.0 or newer "
        f"(this is {__version__})\n"
    )
    assert not (private_data_folder / "templates" / "future-card").exists()


def test_a_renamed_copy_of_every_bundled_template_packs_and_installs(
    capsys: Any, tmp_path: Path, private_data_folder: Path
) -> None:
    for name in ("reaction", "countdown-top-5"):
        source = copy_bundled(name, tmp_path / f"my-{name}")
        package = tmp_path / f"my-{name}.crossumer"
        code, _, err = run(capsys, "template", "pack", str(source), "-o", str(package))
        assert (code, err) == (0, "")
        code, _, err = run(capsys, "template", "install", str(package))
        assert (code, err) == (0, ""), err
        assert (private_data_folder / "templates" / f"my-{name}" / "template.json").is_file()


def test_hostile_new_fields_are_named_by_file_and_json_path(capsys: Any, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder)
    (folder / "template.json").write_text(
        '{"version": 2, "name": "H", "slots": [{"id": "a", "label": "A", "duration": "media", '
        '"max_duration": 1e309, "duck_under": "../x", "duck": {"depth_db": -5}}], '
        '"texts": [{"id": "t", "text": "x", "per_slot": "yes"}], '
        '"inputs": [{"id": "i", "label": "I", "default": "/etc/passwd", "example": "../../x.png"}]}',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "template", "lint", str(folder))
    file = folder / "template.json"
    assert code == 1
    assert out.splitlines() == [
        f"{file}: slots[0].max_duration: must be a finite number",
        f"{file}: slots[0].duck_under: must be a lower-case id of letters, digits, - and _",
        f"{file}: slots[0].duck.depth_db: must be at least 0",
        f"{file}: texts[0].per_slot: must be true or false (got 'yes')",
    ]
    data = json.loads(
        '{"version": 2, "name": "H", "slots": [{"id": "a", "label": "A", "duration": 1}], '
        '"inputs": [{"id": "i", "label": "I", "default": "/etc/passwd", "example": "../../x.png"}]}'
    )
    (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "template", "lint", str(folder))
    assert code == 1
    assert out.splitlines() == [
        f"{file}: inputs[0].default: '/etc/passwd' must be a path relative to the template folder",
        f"{file}: inputs[0].example: '../../x.png' is outside the template folder",
    ]


def test_lint_opens_a_slots_example_and_a_moving_preview(capsys: Any, tmp_path: Path) -> None:
    """Files named .mp4 that are not videos passed lint, pack and install, then failed in the
    frame command and the gallery."""
    source = copy_bundled("pov", tmp_path / "mine")
    data = json.loads((source / "template.json").read_text())
    data["slots"][0]["example"] = "ex.mp4"
    data["preview"] = "p.mp4"
    (source / "template.json").write_text(json.dumps(data))
    (source / "ex.mp4").write_bytes(b"not a video at all")
    (source / "p.mp4").write_bytes(b"not a video either")
    code, out, err = run(capsys, "template", "lint", str(source))
    assert code == 1
    assert f"slots[0].example: {source / 'ex.mp4'}: is not a video or photo" in out + err
    assert f"preview: {source / 'p.mp4'}: is not a video or photo" in out + err
