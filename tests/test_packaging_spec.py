"""The PyInstaller spec leaves out only what the studio never imports at run time.

A module in the spec's `excludes` that the studio starts importing would make the packaged app
fail where the source checkout works; this catches it before a release does.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "crossumer-studio.spec"
# Optional extras, deliberately not in the packaged app (the command that needs them says so).
OPTIONAL = {"dask", "distributed"}


def spec_excludes() -> set[str]:
    """The names in the spec's `excludes = [...]` list."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets
        ):
            assert isinstance(node.value, ast.List)
            return {ast.literal_eval(element) for element in node.value.elts}
    raise AssertionError(f"{SPEC}: no excludes list")


def studio_imports() -> dict[str, set[str]]:
    """Every module name the studio's code imports (anywhere, lazy ones too) -> files importing it."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_spec_excludes_nothing_the_studio_imports() -> None:
    excludes = spec_excludes()
    assert {"tkinter", "moviepy", "pytest"} <= excludes  # what the bundle must never carry
    clashes = {
        name: files
        for name, files in studio_imports().items()
        for excluded in excludes - OPTIONAL
        if name == excluded or name.startswith(excluded + ".")
    }
    assert clashes == {}


def test_the_two_executables_share_one_folder() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'name="studio"' in text and "name=APP_NAME" in text and "COLLECT(" in text
    assert "console=False" in text  # the window opens no console on Windows
