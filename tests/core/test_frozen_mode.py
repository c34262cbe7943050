"""What the packaged app does differently: it says it is packaged and logs to the user's folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from studio import __version__
from studio.core.app_log import log_file, start_logging
from studio.core.build_info import is_packaged, version_line


def test_version_line_names_the_packaged_build(monkeypatch: pytest.MonkeyPatch) -> None:
    assert version_line() == f"Crossumer Studio {__version__}"
    assert not is_packaged()
    # The two attributes PyInstaller's bootloader sets; nothing else tells a frozen build apart.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/crossumer-studio/_internal", raising=False)
    assert is_packaged()
    assert version_line() == f"Crossumer Studio {__version__} (packaged build)"


def test_log_goes_to_the_user_data_folder_once(private_data_folder: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = start_logging()
        assert path == private_data_folder / "logs" / "studio.log" == log_file()
        assert start_logging() == path  # a second start adds no second handler
        assert len(root.handlers) == len(before) + 1
        logging.getLogger("studio.test").warning("a line the user can send us")
        for handler in root.handlers:
            handler.flush()
        assert "WARNING studio.test: a line the user can send us" in path.read_text()
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()


def test_an_unwritable_data_folder_does_not_stop_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STUDIO_DATA_DIR", str(blocker))
    assert start_logging() is None
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"studio: cannot write the log {blocker}")
