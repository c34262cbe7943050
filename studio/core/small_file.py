"""Read a file the creator or designer names (a draft, a rows file, a LUT) within a bound.

A name can point at anything: `/dev/zero` read as a draft grew the process to 23 GB, and a
named pipe as a LUT waited for ever. Only a regular file is opened, and no more than `limit`
bytes are read from it, whatever its size said a moment before.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotASmallFile(OSError):
    """The path is not a regular file, or is larger than the reader takes; `strerror` says."""


def read_small(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; OSError otherwise
    (FileNotFoundError and PermissionError as usual, NotASmallFile for the rest)."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise NotASmallFile(errno.EISDIR, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise NotASmallFile(errno.EINVAL, "is a device or pipe, not a file")
    if info.st_size > limit:
        raise NotASmallFile(errno.EFBIG, f"is too large ({info.st_size} bytes; at most {limit})")
    # not blocking: a file swapped for a pipe since the question opens without waiting
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as file:  # buffered: reads until EOF or limit
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise NotASmallFile(errno.EINVAL, "is a device or pipe, not a file")
        data = file.read(limit + 1) or b""
    if len(data) > limit:
        raise NotASmallFile(errno.EFBIG, f"is too large (over {limit} bytes)")
    return data
