"""The PyInstaller spec and the installer scripts, checked where they cannot be run.

A module in the spec's `excludes` that the studio starts importing would make the packaged app
fail where the source checkout works; this catches it before a release does. The Windows and
macOS branches name icons, an Info.plist, entitlements and folders that must exist.
"""

from __future__ import annotations

import ast
import os
import plistlib
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from studio import __version__

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


# --- the Windows and macOS parts, which cannot be built here ------------------------------------
# PyInstaller only builds for the system it runs on, so the spec's darwin and win32 branches are
# run with PyInstaller's spec objects replaced by recorders (stand-ins: no macOS or Windows here).
# What they were given is then checked against the files in the repository and PyInstaller's
# rule that a BUNDLE places every EXECUTABLE of its COLLECT in Contents/MacOS (PyInstaller's
# building/osx.py), where the smoke test and make-dmg.sh look for them.
WINDOWS = ROOT / "packaging" / "windows" / "crossumer-studio.iss"
MACOS = ROOT / "packaging" / "macos"


class _Recorded:
    made: ClassVar[list[_Recorded]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[tuple[str, str, str]] = []
        _Recorded.made.append(self)


class Analysis(_Recorded):
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__(scripts, **kwargs)
        self.scripts = [(Path(s).stem, s, "PYSOURCE") for s in scripts]


class PYZ(_Recorded): ...


class EXE(_Recorded): ...


class COLLECT(_Recorded): ...


class BUNDLE(_Recorded): ...


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[_Recorded]]:
    """The spec executed as PyInstaller would on `platform`; what it built, by kind."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    hooks.collect_dynamic_libs = lambda package: []  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda package: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda package: []  # type: ignore[attr-defined]
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks)):  # fmt: skip
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    _Recorded.made = []
    objects = {"Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE}
    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), **objects}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return {kind: [r for r in _Recorded.made if type(r).__name__ == kind] for kind in objects}


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The icons as packaging/icons/make_icons.py renders them before PyInstaller runs.

    Rendered in a child process: the renderer makes a QGuiApplication, and one left in this
    process would stop every later Qt widget test (a QWidget needs a QApplication)."""
    out = tmp_path_factory.mktemp("icons")
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import make_icons\n"
        "assert make_icons.OUT == Path(sys.argv[1]) / 'build'  # where the spec looks\n"
        "make_icons.OUT = Path(sys.argv[2]); sys.exit(make_icons.main())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script, str(ROOT / "packaging" / "icons"), str(out)],
                   check=True, env=env, timeout=120)  # fmt: skip
    return out


def built_icon(path: str, icons: Path) -> Path:
    """Where a path the spec names in packaging/icons/build/ was rendered by this test."""
    named = Path(path)
    assert named.parent == ROOT / "packaging" / "icons" / "build"
    return icons / named.name


def test_the_macos_app_has_both_executables_in_contents_macos(
    monkeypatch: pytest.MonkeyPatch, icons: Path
) -> None:
    built = run_spec("darwin", monkeypatch)
    [collect], [app] = built["COLLECT"], built["BUNDLE"]
    assert app.args == (collect,) and app.kwargs["name"] == "Crossumer Studio.app"
    # a BUNDLE puts the EXECUTABLE entries of its COLLECT in Contents/MacOS, the first one is
    # what the Dock starts (CFBundleExecutable)
    executables = [arg.kwargs["name"] for arg in collect.args if isinstance(arg, EXE)]
    assert executables == ["crossumer-studio", "studio"]
    [studio] = [exe for exe in built["EXE"] if exe.kwargs["name"] == "studio"]
    assert [script[0] for script in studio.args[1]] == ["command_entry"]  # the command line
    info = app.kwargs["info_plist"]
    assert info["CFBundleExecutable"] == executables[0]
    assert info["CFBundleShortVersionString"] == __version__
    assert info["NSCameraUsageDescription"] and info["NSMicrophoneUsageDescription"]
    icon = built_icon(app.kwargs["icon"], icons)
    assert icon.is_file() and icon.name == info["CFBundleIconFile"]
    assert {exe.kwargs["icon"] for exe in built["EXE"]} == {app.kwargs["icon"]}
    # the app make-dmg.sh signs, the entitlements it signs with, the executable the smoke test runs
    dmg = (MACOS / "make-dmg.sh").read_text(encoding="utf-8")
    assert 'app="$root/dist/Crossumer Studio.app"' in dmg
    assert '--entitlements "$here/entitlements.plist"' in dmg
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.device.camera"] is True
    assert entitlements["com.apple.security.device.audio-input"] is True
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "Crossumer Studio.app/Contents/MacOS/studio" in workflow


def iss_defines(text: str) -> dict[str, str]:
    """The .iss preprocessor defaults (`#define Name "value"`)."""
    return dict(re.findall(r'#define (\w+) "([^"]*)"', text))


def test_the_windows_installer_names_what_the_spec_builds(
    monkeypatch: pytest.MonkeyPatch, icons: Path
) -> None:
    built = run_spec("win32", monkeypatch)
    [collect] = built["COLLECT"]
    assert built["BUNDLE"] == []
    names = {exe.kwargs["name"]: exe for exe in built["EXE"]}
    assert names["crossumer-studio"].kwargs["console"] is False
    assert names["studio"].kwargs["console"] is True
    text = WINDOWS.read_text(encoding="utf-8")
    defines = iss_defines(text)
    here = WINDOWS.parent

    def inno_path(value: str) -> Path:  # relative to the script's folder, as ISCC reads it
        return (here / value.replace("\\", "/")).resolve()

    # the installer packs the folder PyInstaller writes (dist/<COLLECT name>, --distpath dist)
    assert inno_path(defines["SourceDir"]) == ROOT / "dist" / collect.kwargs["name"]
    assert 'Source: "{#SourceDir}\\*"' in text
    assert defines["AppExe"] == "crossumer-studio.exe"  # the window, with no console
    [setup_icon] = re.findall(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    icon = built_icon(str(inno_path(setup_icon)), icons)
    assert icon.is_file() and {exe.kwargs["icon"] for exe in built["EXE"]} == {
        str(inno_path(setup_icon))
    }
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "packaging\\windows\\crossumer-studio.iss" in workflow
    assert 'test -f "$installed/studio.exe"' in workflow
