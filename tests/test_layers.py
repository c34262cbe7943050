"""The one rule of ARCHITECTURE.md, read from the source: lower layers never import upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "studio"
QT = ("PySide6", "shiboken6")
DEVICES = ("sounddevice", "cv2")

# layer -> module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": (*QT, *DEVICES, "moviepy", "PIL", "studio.media", "studio.capture", "studio.ui"),
    "media": (*QT, "sounddevice", "studio.capture", "studio.ui"),
    "capture": (*QT, "studio.ui"),
    "cli": (*QT, "studio.ui", "studio.capture"),
    "batch": (*QT, "sounddevice", "studio.capture", "studio.ui", "studio.cli"),
}
# The CLI's `devices` command only lists what the capture layer finds; `gui_main` starts the UI,
# and `studio template preview` opens its window (both import the UI inside the handler).
ALLOWED = {
    ("cli/devices_cmd.py", "studio.capture.devices"),
    ("cli/__init__.py", "studio.ui.app"),
    ("cli/template_view_cmd.py", "studio.ui.template_preview.window"),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in imports_of(path):
            bad = any(name == p or name.startswith(p + ".") for p in FORBIDDEN[layer])
            if bad and (relative, name) not in ALLOWED:
                found.append(f"{relative} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert violations(layer) == []


def test_only_ui_imports_qt() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}"
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in QT for name in imports_of(path))
    ]
    assert outside == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("from PySide6.QtWidgets import QWidget\nimport studio.ui.app\n")
    assert imports_of(sneaky) == ["PySide6.QtWidgets", "studio.ui.app"]


def test_only_the_dask_engine_imports_dask() -> None:
    """Dask is the optional `cluster` extra: nothing else may need it to import."""
    users = [
        f"{path.relative_to(PACKAGE)}"
        for path in PACKAGE.rglob("*.py")
        if any(name.split(".")[0] in ("dask", "distributed") for name in imports_of(path))
    ]
    assert users == ["batch/dask_engine.py"]
