"""The `studio` command: no arguments opens the app; subcommands work without a display.

A package rather than one `cli.py`: each subcommand family is its own small module, and only the
one that runs is imported, so `studio --help` never loads Qt, OpenCV or PortAudio.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from studio import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (a bad template, a failed render)
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Crossumer Studio: record to music, fill a template, export a vertical video. "
        "Run with no command to open the studio window.",
    )
    parser.add_argument("--version", action="version", version=f"Crossumer Studio {__version__}")
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
    from studio.cli import devices_cmd

    devices_cmd.register(commands)


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
        return handler(args)
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


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


def fail(message: str) -> int:
    """Print a one-line error on stderr and return the problems exit code."""
    say(f"studio: {message}", sys.stderr)
    return EXIT_PROBLEMS


def say(line: str, stream: TextIO | None = None) -> None:
    """Print a line that may quote untrusted text (a template's keys, a file name) with its
    control characters escaped, so it cannot drive the terminal."""
    from studio.core.terminal_text import escape_controls

    print(escape_controls(line), file=stream or sys.stdout)
