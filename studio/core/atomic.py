"""Write a file so that a crash at any moment leaves the old version or the new one, whole."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from studio.core.scratch import process_scratch


def write_text_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # a short hidden name the next start removes should this process die before the rename
    partial = process_scratch().beside(path, ".part")
    try:
        with partial.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_json_atomically(path: Path, data: Any) -> None:
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2))
