"""Which build of the studio is running: a source checkout or wheel, or the packaged app."""

from __future__ import annotations

import sys

from studio import __version__


def is_packaged() -> bool:
    """True inside the PyInstaller bundle (the installers' build), False from source or a wheel."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def version_line() -> str:
    """What `studio --version` prints, naming the packaged build so support knows which it is."""
    suffix = " (packaged build)" if is_packaged() else ""
    return f"Crossumer Studio {__version__}{suffix}"
