"""The ffmpeg binary inside the packaged app (PyInstaller collects imageio-ffmpeg's as data).

Resolved explicitly rather than through imageio-ffmpeg's search, which may fall back to a system
ffmpeg of another version. A copy (a zip, a drag-and-drop install) can lose the executable bit: it
is restored in place, or, when the install folder is read-only, on a copy in the user's data folder.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

from studio.core.errors import Problem, StudioError
from studio.core.user_data import user_data_dir


def frozen_ffmpeg() -> Path | None:
    """The bundle's ffmpeg, made executable; None when not running from the packaged app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    binaries = Path(bundle) / "imageio_ffmpeg" / "binaries"
    found = sorted(p for p in binaries.glob("ffmpeg*") if p.is_file())
    if not found:
        return None
    return ensure_executable(found[-1])


def ensure_executable(binary: Path) -> Path:
    """`binary` if it can be run, else after restoring its executable bit (or on a user copy)."""
    if sys.platform == "win32" or os.access(binary, os.X_OK):
        return binary
    mode = binary.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH
    try:
        binary.chmod(mode)
        return binary
    except OSError:  # read-only install folder: run a private copy instead
        copy = user_data_dir() / "bin" / binary.name
        try:
            if not (copy.is_file() and copy.stat().st_size == binary.stat().st_size):
                copy.parent.mkdir(parents=True, exist_ok=True)
                partial = copy.with_suffix(".partial")
                shutil.copyfile(binary, partial)
                partial.replace(copy)
            copy.chmod(mode)
        except OSError as exc:
            problem = f"the bundled ffmpeg cannot be made runnable ({exc.strerror or exc})"
            raise StudioError(Problem(binary, "", problem)) from exc
        return copy
