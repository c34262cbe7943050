"""The CLI package itself: each module imports on its own (no cycle anywhere in the package:
tests/test_import_cycles.py), and a closed pipe ends a command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "studio" / "cli"
SUBCOMMAND_MODULES = sorted(p.stem for p in CLI.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("module", SUBCOMMAND_MODULES)
def test_each_cli_module_imports_on_its_own(module: str) -> None:
    result = subprocess.run([sys.executable, "-c", f"import studio.cli.{module}"],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")


def test_a_reader_that_went_away_gets_no_traceback() -> None:
    """`studio filters | head -1`: the reader closes the pipe before the listing is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, however small the output
    try:
        result = subprocess.run([sys.executable, "-m", "studio", "filters"], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=60, check=False)  # fmt: skip
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141  # what a shell shows for a command ended by SIGPIPE
