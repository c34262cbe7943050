"""The `studio` command: no arguments opens the app; subcommands work without a display.

A package rather than one `cli.py`: each subcommand family is its own small module, and only the
one that runs is imported, so `studio --help` never loads Qt, OpenCV or PortAudio.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

# Re-exported: callers written before output.py existed import these from `studio.cli`.
from studio.cli.output import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    fail,
    say,
)
from studio.core.build_info import version_line

__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "fail", "main", "say"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Crossumer Studio: record to music, fill a template, export a vertical video. "
        "Run with no command to open the studio window.",
    )
    parser.add_argument("--version", action="version", version=version_line())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from studio.cli import filters_cmd, post_cmd, render_cmd, template_cmd

    render_cmd.register(commands)
    template_cmd.register(commands)
    filters_cmd.register(commands)
    post_cmd.register(commands)
    _register_lazy(commands)
    return parser


def _register_lazy(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Commands whose modules import media libraries register their arguments here, lazily run."""
    from studio.cli import batch_cmd, captions_cmd, devices_cmd

    devices_cmd.register(commands)
    captions_cmd.register(commands)
    batch_cmd.register(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `studio` console script and `python -m studio`."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 1 and given[0].lower().endswith(".crossumer"):  # opened from a file manager
        return gui_main(given[0])
    args = build_parser().parse_args(argv)
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
