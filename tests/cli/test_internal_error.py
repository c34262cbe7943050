"""A fault of the studio's own (a bug) is one line on the command line, not a traceback: what
failed, and the log file that holds the traceback for a bug report."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.cli import EXIT_INTERNAL, main
from studio.core.app_log import log_file
from studio.core.resources import resource_path


@pytest.fixture(autouse=True)
def root_logger_restored() -> Iterator[None]:
    """The error starts the log file on the root logger; later tests must not write to it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_an_unexpected_error_is_one_line_naming_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import studio.media.render as render_module

    # a bug cannot be made on purpose, so one is planted: the only stand-in in this file
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("OpenCV(4.x) resize.cpp:4065: error:\n(-215:Assertion failed) !dsize")

    monkeypatch.setattr(render_module, "render", broken)
    code = main(["render", "pov", "-o", str(tmp_path / "pov.mp4"), "--quiet",
                 "--media", f"scene={resource_path('samples', 'portrait-photo.jpg')}",
                 "--text", "activity=bake", "--text", "day=Monday"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL
    assert "Traceback" not in err
    assert err.splitlines()[-1:] == [  # after the platforms' warnings on the plan
        "studio: unexpected error (RuntimeError: (-215:Assertion failed) !dsize); the details"
        f" are in {log_file()}"
    ]
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "resize.cpp:4065" in logged
    assert not (tmp_path / "pov.mp4").exists()
