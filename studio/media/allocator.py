"""Keep freed frame buffers inside the process instead of handing them back to the OS.

glibc serves large blocks with mmap and trims its heap on free, so each new 6 MB frame buffer
is fresh memory, and touching fresh memory page-faults. On virtual machines a page fault costs
several microseconds: `cv2.split` of one 1080x1920 frame took 8.5 ms, of which 7.8 ms were
page faults, and 0.7 ms once freed blocks are reused. The thresholds below keep blocks up to
32 MB (glibc's maximum) on the heap and let up to 256 MB of free heap stay mapped, so a
render's working set is allocated once. Peak memory is unchanged; it is simply not returned
between frames. Other C libraries (macOS, Windows, musl) are left alone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 256 * 1024 * 1024

_tuned = False
_libc: ctypes.CDLL | None = None


def keep_freed_buffers() -> bool:
    """Raise glibc's mmap and trim thresholds once; False where there is no glibc."""
    global _tuned
    if _tuned or not sys.platform.startswith("linux"):
        return _tuned
    global _libc
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
        libc.malloc_trim  # noqa: B018 (glibc's, looked up now: musl has neither)
    except (OSError, AttributeError):  # musl has no mallopt
        return False
    _tuned = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
    _libc = libc if _tuned else None
    return _tuned


def give_back_freed() -> None:
    """Hand the heap's free memory back to the OS now, once a burst of frames is over (the
    frames an export composes ahead while its sound is mixed: 77 MB that the thresholds above
    kept for the whole render). The steady state's buffers are then allocated again, once."""
    if _libc is not None:
        _libc.malloc_trim(0)
