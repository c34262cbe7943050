"""The `studio` command: no arguments opens the app; subcommands work without a display.

A package rather than one `cli.py`: each subcommand family is its own small module, and only the
one that runs is imported, so `studio --help` never loads Qt, OpenCV or PortAudio.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Callable, Sequence

# Re-exported: callers written before output.py existed import these from `studio.cli`.
from studio.cli.output import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    fail,
    say,
)
from studio.core.build_info import version_line

__all__ = [
    "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "fail", "main",
    "say",
]  # fmt: skip


# Each command's module, imported when the command is registered. Registering one imports what
# its arguments need (a render's slot options load the template models), so a run registers
# only the command it was given; `studio --help` and a mistyped command register them all.
COMMANDS = {
    "render": "render_cmd",
    "template": "template_cmd",
    "filters": "filters_cmd",
    "check": "post_cmd",  # post_cmd registers check, hashtags and platforms
    "hashtags": "post_cmd",
    "platforms": "post_cmd",
    "devices": "devices_cmd",
    "captions": "captions_cmd",
    "batch": "batch_cmd",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The `studio` parser with every command, or with `only` that one (a faster start)."""
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Crossumer Studio: record to music, fill a template, export a vertical video. "
        "Run with no command to open the studio window.",
    )
    parser.add_argument("--version", action="version", version=version_line())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[only]] if only else list(dict.fromkeys(COMMANDS.values()))
    for module in modules:
        importlib.import_module(f"studio.cli.{module}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `studio` console script and `python -m studio`."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 1 and given[0].lower().endswith(".crossumer"):  # opened from a file manager
        return gui_main(given[0])
    asked = next((word for word in given[:1] if word in COMMANDS), None)
    args = build_parser(asked).parse_args(given)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return gui_main()
    from studio.core.scratch import sweep_scratch

    sweep_scratch()  # what a killed render left behind
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the try, not at exit
        return code
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _reader_went_away()
    except OSError as exc:
        if exc.errno in _REFUSED_BY_THE_SYSTEM:
            return _refused_by_the_system(exc)
        return _internal_error(exc)
    except Exception as exc:  # a fault of the studio's own: one line, the traceback in the log
        return _internal_error(exc)


# what the computer refuses, not a fault of the studio: said as such, with the file it concerns
_REFUSED_BY_THE_SYSTEM = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM,
                          errno.EIO, errno.EFBIG, errno.ENAMETOOLONG}  # fmt: skip


def _refused_by_the_system(exc: OSError) -> int:
    """A full disk, a read-only drive or a file it may not write: one line naming the file (a
    full disk after the video was written ended in "unexpected error", exit 70)."""
    words = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror
    where = f"{exc.filename}: " if exc.filename is not None else ""
    say(f"studio: {where}{words or exc}", sys.stderr)
    return EXIT_PROBLEMS


def _internal_error(exc: Exception) -> int:
    """What a bug prints: one line naming what failed and the log that has its traceback."""
    import logging

    from studio.core.app_log import start_logging

    log_path = start_logging()
    logging.getLogger("studio.cli").critical("uncaught exception", exc_info=exc)
    reason = str(exc).strip().splitlines()
    what = f"{type(exc).__name__}: {reason[-1]}" if reason else type(exc).__name__
    where = f"the details are in {log_path}" if log_path else "no log file could be written"
    say(f"studio: unexpected error ({what[:300]}); {where}", sys.stderr)
    return EXIT_INTERNAL


def _reader_went_away() -> int:
    """`studio filters | head`: the reader closed the pipe; stop quietly like any Unix tool.

    Python would print a BrokenPipeError traceback when it flushes stdout at exit, so stdout is
    pointed at the null device first.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def gui_main(package: str | None = None) -> int:
    """Open the studio window; given a .crossumer file (`crossumer-studio FILE`), offer it."""
    if package is None:
        package = next((a for a in sys.argv[1:] if a.lower().endswith(".crossumer")), None)
    try:
        from studio.ui.app import run_app
    except ImportError as exc:  # e.g. Qt's system libraries missing on a bare machine
        print(f"studio: cannot start the window: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if package is None:
        return int(run_app(sys.argv[:1]))
    from pathlib import Path

    return int(run_app(sys.argv[:1], Path(package)))
