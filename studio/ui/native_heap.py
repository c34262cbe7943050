"""The C heap of the studio's own process (glibc on Linux): few arenas, free memory handed back.

Every thread that allocates gets a glibc malloc arena of its own (up to eight per core), and the
studio starts many short-lived ones (a decoder's reader, job workers). Frames of a few MB freed in
one arena are kept there for that arena's next allocations rather than returned, so a window left
open grows by what every arena once held. Two arenas and a trim after the big jobs keep what is
resident close to what is in use. Elsewhere (macOS, Windows, musl) these do nothing.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer

from studio.ui.jobs import JobRunner

M_ARENA_MAX = -8  # mallopt parameter numbers, from glibc's malloc.h
ARENAS = 2  # the window's thread plus one shared by every worker
TRIM_EVERY_S = 60  # between exports too: playing and scrubbing free frames all the time


class HeapFigures(NamedTuple):
    """What glibc's allocator holds, in MB: handed out to the program, and free but kept."""

    in_use_mb: float
    free_mb: float


class _MallInfo2(ctypes.Structure):
    _FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
    _fields_ = [(name, ctypes.c_size_t) for name in _FIELDS.split()]


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018 (glibc has both; musl has no malloc_trim)
    except (OSError, AttributeError):
        return None
    if hasattr(libc, "mallinfo2"):  # glibc 2.33 and later
        libc.mallinfo2.restype = _MallInfo2
    return libc


def limit_arenas(count: int = ARENAS) -> bool:
    """At most `count` malloc arenas from now on (call before threads start); True if set."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, count) == 1)


def release_free_memory() -> bool:
    """Hand the heap's free pages back to the system (after an export); True if some went."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)


def heap_figures() -> HeapFigures | None:
    """The allocator's in-use and free-but-kept MB (glibc 2.33 and later), or None."""
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        return None
    info = libc.mallinfo2()
    return HeapFigures((info.uordblks + info.hblkhd) / 1e6, info.fordblks / 1e6)


class HeapTrimmer(QObject):
    """Hands the heap's free pages back every `TRIM_EVERY_S`, on a job thread (a trim of 100 MB
    can take a fifth of a second on a busy machine); its owner calls `close()`."""

    def __init__(self, parent: QObject | None = None, every_s: float = TRIM_EVERY_S) -> None:
        super().__init__(parent)
        self.jobs = JobRunner(self, {"quick": 1})
        self.timer = QTimer(self)
        self.timer.setInterval(round(every_s * 1000))
        self.timer.timeout.connect(self.trim)
        self.timer.start()

    def trim(self) -> None:
        """Trim now, off the window's thread."""
        self.jobs.submit("trim", lambda _: release_free_memory())

    def close(self) -> None:
        self.timer.stop()
        self.jobs.close()
