"""The bundled ffmpeg binary (shipped by imageio-ffmpeg, so every platform has the same build)."""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from functools import cache
from pathlib import Path

from studio.core.errors import Cancelled, Problem, StudioError


class MediaError(StudioError):
    """A clip or output could not be handled; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(Problem(Path(path), "", problem))


class FfmpegStopped(Cancelled):
    """ffmpeg was stopped on request."""


class FfmpegTimeout(StudioError, RuntimeError):
    """ffmpeg ran past its time limit."""


class FfmpegFailed(RuntimeError):
    """ffmpeg ended with an error: its last line is the message, all it printed is `stderr`."""

    def __init__(self, message: str, stderr: bytes) -> None:
        super().__init__(message)
        self.stderr = stderr


# an input's own decoder or demuxer reporting an error: `[aist#2:1/aac @ 0x…] … Decode error …`
_INPUT_ERROR = re.compile(r"^\[(?:aist|vist|in)#(\d+)\b.*(?:rror|nvalid|exceeds)")
_THREAD_END = re.compile(r"Task finished with error|Terminating thread with return code")


def failing_input(args: list[str], stderr: bytes) -> tuple[str, str] | None:
    """Which of the `-i` inputs in `args` ffmpeg's `stderr` blames, and its reason: a mix of
    several files that fails names the file at fault rather than the first one."""
    sources = [args[index + 1] for index, arg in enumerate(args[:-1]) if arg == "-i"]
    blamed: tuple[str, str] | None = None
    for line in stderr.decode("utf-8", "replace").splitlines():
        match = _INPUT_ERROR.match(line.strip())
        if match and int(match.group(1)) < len(sources) and not _THREAD_END.search(line):
            blamed = sources[int(match.group(1))], plain_line(line)  # the last says the most
    return blamed


@cache
def ffmpeg_exe() -> str:
    """Path of ffmpeg: $STUDIO_FFMPEG, else the packaged app's, else imageio-ffmpeg's."""
    override = os.environ.get("STUDIO_FFMPEG")
    if override:
        return override
    from studio.media.bundled_ffmpeg import frozen_ffmpeg

    packaged = frozen_ffmpeg()
    if packaged is not None:
        return str(packaged)
    import imageio_ffmpeg  # deferred: finding the binary touches the disk

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def run_ffmpeg(
    args: list[str],
    timeout: float = 600,
    loglevel: str = "error",
    stop: threading.Event | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg to completion, quietly; raise RuntimeError with its last error line.

    Setting `stop` kills it within a fifth of a second (FfmpegStopped, a Cancelled).
    """
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", loglevel, "-y", *args]
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + timeout
    while True:
        try:
            stdout, stderr = process.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            stopped = stop is not None and stop.is_set()
            if stopped or time.monotonic() > deadline:
                process.kill()
                process.communicate()
                if stopped:
                    raise FfmpegStopped() from None
                raise FfmpegTimeout(f"ffmpeg took longer than {timeout:g} s") from None
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    if result.returncode != 0:
        message = last_error_line(result.stderr) or f"ffmpeg exited {result.returncode}"
        raise FfmpegFailed(message, result.stderr)
    return result


def last_error_line(stderr: bytes) -> str:
    """The last non-empty line ffmpeg printed, which is nearly always the reason."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    return plain_line(lines[-1]) if lines else ""


_INTERNALS = re.compile(r"^(?:\[[^\]]*@ 0x[0-9a-f]+\]\s*)+")


def plain_line(line: str) -> str:
    """An ffmpeg line without its internal prefixes (`[in#0 @ 0x55...] `): a creator reads it."""
    return _INTERNALS.sub("", line).strip()
