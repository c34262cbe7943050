"""The `studio` command: no arguments opens the app; subcommands work without a display.

A package rather than one `cli.py`: each subcommand family is its own small module, and only the
one that runs is imported, so `studio --help` never loads Qt, OpenCV or PortAudio.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from studio.core.build_info import version_line

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
    from studio.cli import devices_cmd

    devices_cmd.register(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `studio` console script and `python -m studio`."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return gui_main()
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def gui_main() -> int:
    """Open the studio window."""
    try:
        from studio.ui.app import run_app
    except ImportError as exc:  # e.g. Qt's system libraries missing on a bare machine
        print(f"studio: cannot start the window: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return int(run_app(sys.argv[:1]))


def fail(message: str) -> int:
    """Print a one-line error on stderr and return the problems exit code."""
    print(f"studio: {message}", file=sys.stderr)
    return EXIT_PROBLEMS
