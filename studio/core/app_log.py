"""The studio's log file, kept in the user's data folder (never in the install folder).

The packaged window has no console, so this file is where a crash's traceback ends up; the crash
dialog names it. Rotated so it never grows without bound.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from studio.core.user_data import user_data_dir

LOG_NAME = "studio.log"
MAX_BYTES = 1_000_000
BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the log is written: <user data>/logs/studio.log."""
    return user_data_dir() / "logs" / LOG_NAME


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the log file; returns its path, or None if it cannot be written."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:  # a read-only home must not stop the studio from starting
        print(f"studio: cannot write the log {path}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
