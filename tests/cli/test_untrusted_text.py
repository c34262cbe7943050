"""Text from a template or a file name reaches the terminal escaped: it cannot drive it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.media_factory import small_template


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", "template", "lint", str(folder)],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_lint_prints_escape_sequences_from_a_template_escaped(tmp_path: Path) -> None:
    key = small_template(tmp_path / "key", {
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "\u001b[31mred": 1,
    })  # fmt: skip
    name = small_template(tmp_path / "name", {
        "slots": [{"id": "a", "label": "A", "duration": 1}],
        "stickers": [{"id": "s", "image": "\u001b]0;owned\u0007\u001b[2J.png"}],
    })  # fmt: skip
    for folder, expected in [
        (key, "\\x1b[31mred: is not a field of this object"),
        (name, "'\\x1b]0;owned\\x07\\x1b[2J.png' does not exist"),
    ]:
        linted = lint(folder)
        assert linted.returncode == 1
        assert "\x1b" not in linted.stdout and "\x07" not in linted.stdout
        assert expected in linted.stdout


def test_render_errors_quoting_a_file_name_are_escaped(tmp_path: Path) -> None:
    folder = small_template(tmp_path / "t", {"slots": [{"id": "a", "label": "A", "duration": 1}]})
    missing = tmp_path / "\u001b[2Jclip.mp4"
    done = subprocess.run([sys.executable, "-m", "studio", "render", str(folder),
                           "-o", str(tmp_path / "out.mp4"), "--media", f"a={missing}"],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 1
    assert "\x1b" not in done.stderr
    assert "\\x1b[2Jclip.mp4" in done.stderr
