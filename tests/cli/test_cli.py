"""The `studio` command as a designer or a script uses it: exit codes and one-line messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from studio import __version__
from studio.cli import main
from studio.core.resources import bundled_templates_dir
from tests.conftest import TemplateEditor


def run_studio(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point in a fresh interpreter, as a user's shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_version_and_help_need_no_display_or_devices(tmp_path: Path) -> None:
    # A sounddevice that cannot find PortAudio, and no display at all.
    fake = tmp_path / "sounddevice.py"
    fake.write_text("raise OSError('PortAudio library not found')\n")
    env = {"PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "", "DISPLAY": ""}
    version = run_studio("--version", env=env)
    assert (version.returncode, version.stdout.strip()) == (0, f"Crossumer Studio {__version__}")
    helped = run_studio("--help", env=env)
    assert helped.returncode == 0
    for command in ("render", "template", "filters", "devices"):
        assert command in helped.stdout


def test_help_imports_no_heavy_library() -> None:
    probe = (
        "import sys; from studio.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('PySide6', 'cv2', 'sounddevice', 'moviepy', 'numpy') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_command_loads_only_what_it_needs() -> None:
    """`studio template frame` runs after every save of a designer's template: its parser
    registers only `template`, so the catalogue, lint and speech models stay unloaded."""
    probe = (
        "import sys; from studio.cli import build_parser; "
        "args = build_parser('template').parse_args(['template', 'frame', 'x', '-o', 'f.png']); "
        "print(args.handler.__name__, sorted(m for m in ('studio.core.template.catalogue', "
        "'studio.core.template.lint', 'studio.media.speech.models', 'studio.cli.render_cmd') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "run_frame []"


def test_devices_without_portaudio_explains_what_is_missing(tmp_path: Path) -> None:
    fake = tmp_path / "sounddevice.py"
    fake.write_text("raise OSError('PortAudio library not found')\n")
    result = run_studio("devices", env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 0
    assert "PortAudio is not installed" in result.stdout
    assert "install libportaudio2" in result.stdout


@pytest.mark.skipif(Path("/dev/snd").exists(), reason="this machine has a sound card")
def test_devices_says_so_when_portaudio_finds_no_sound_device(tmp_path: Path) -> None:
    # the real PortAudio on a machine without a sound card whose sound server is not running
    result = run_studio("devices", env={"PULSE_SERVER": f"unix:{tmp_path / 'no-server'}"})
    assert result.returncode == 0
    sound = result.stdout.split("Sound devices:\n", 1)[1]
    assert sound == "  none found: no speaker or microphone (recording runs without music)\n"


def test_template_lint_exit_codes(edited_template: TemplateEditor, capsys: Any) -> None:
    assert main(["template", "lint", str(bundled_templates_dir() / "pov")]) == 0
    assert capsys.readouterr().out.strip().endswith("pov: ok")

    def broken(data: dict[str, Any]) -> None:
        data["slots"][0]["duration"] = -1

    folder = edited_template("pov", broken)
    assert main(["template", "lint", str(folder)]) == 1
    out = capsys.readouterr().out.strip()
    assert out == f"{folder / 'template.json'}: slots[0].duration: must be greater than 0"


def test_lint_warning_fails_only_when_strict(edited_template: TemplateEditor) -> None:
    def low(data: dict[str, Any]) -> None:
        data["texts"][0]["y"] = 0.95

    folder = edited_template("pov", low)
    assert main(["template", "lint", str(folder)]) == 0
    assert main(["template", "lint", "--strict", str(folder)]) == 1


def test_unknown_command_is_a_usage_error() -> None:
    result = run_studio("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_schema_command_writes_json_schema(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert main(["template", "schema", "-o", str(out)]) == 0
    assert '"title": "Template"' in out.read_text()


def test_template_list_names_every_bundled_template(capsys: Any) -> None:
    assert main(["template", "list"]) == 0
    listed = capsys.readouterr().out
    for folder in bundled_templates_dir().iterdir():
        assert folder.name in listed


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_said_as_such_not_as_a_fault_of_the_studio() -> None:
    """Output to a full disk ended in 'unexpected error (OSError: [Errno 28]…)', exit 70."""
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "studio", "filters"], stdout=full,
                                stderr=subprocess.PIPE, text=True, check=False)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "studio: the disk is full"
