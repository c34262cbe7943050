"""Where the studio keeps a creator's own files (drafts, tag history, their presets).

The same folder Qt's `AppDataLocation` gives the desktop app, computed without Qt so the CLI
agrees with it; `STUDIO_DATA_DIR` overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "Crossumer"
APPLICATION = "Crossumer Studio"


def user_data_dir() -> Path:
    override = os.environ.get("STUDIO_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION
