"""What every subcommand shares: exit codes and the one-line error on stderr.

Its own module so subcommand modules never import the `studio.cli` package that imports them.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (a bad template, a failed render)
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_INTERNAL = 70  # a fault of the studio's own (sysexits' EX_SOFTWARE): a bug to report
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command killed by SIGPIPE (128 + 13)


def fail(message: str) -> int:
    """Print a one-line error on stderr and return the problems exit code."""
    say(f"studio: {message}", sys.stderr)
    return EXIT_PROBLEMS


def fail_lines(lines: list[str]) -> int:
    """Print each problem as its own `studio: ...` line; returns the problems exit code."""
    for line in lines:
        say(f"studio: {line}", sys.stderr)
    return EXIT_PROBLEMS


def say(line: str, stream: TextIO | None = None) -> None:
    """Print a line that may quote untrusted text (a template's keys, a file name) with its
    control characters escaped, so it cannot drive the terminal."""
    from studio.core.terminal_text import escape_controls

    print(escape_controls(line), file=stream or sys.stdout)


@contextmanager
def set_on_interrupt(event: threading.Event) -> Iterator[None]:
    """Ctrl-C (or SIGTERM) sets `event`, so the work cleans up instead of dying mid-write; the
    handlers that were there before come back afterwards."""

    def handler(signum: int, frame: FrameType | None) -> None:
        event.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
