"""What `--resume` trusts: per output, a fingerprint of everything that went into it.

The manifest sits beside the outputs (`.batch-manifest.json`). A row is skipped only when its
output is still the file recorded (same size and modification time) and the fingerprint of its
inputs (the row's values, the template file, each media file's path, size and mtime) is unchanged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from studio.batch.job import RowJob
from studio.core.atomic import write_json_atomically
from studio.core.template.loader import TEMPLATE_FILE

MANIFEST_NAME = ".batch-manifest.json"


def fingerprint(job: RowJob) -> str:
    """A digest of the row's choices, the template and the files it reads."""
    files = [job.template / TEMPLATE_FILE, *(slot.media for slot in job.given.slots.values())]
    if job.given.soundtrack is not None:
        files.append(job.given.soundtrack)
    described = {
        "input": _plain(job.given),
        "settings": _plain(job.settings),
        "output": job.output.name,
        "files": [_file_facts(path) for path in files],
    }
    text = json.dumps(described, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


def _file_facts(path: Path) -> list[object]:
    try:
        stat = path.stat()
    except OSError:
        return [str(path), None, None]
    return [str(path), stat.st_size, stat.st_mtime_ns]


class Manifest:
    """The fingerprints of the outputs this folder holds, saved after each finished row."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.entries: dict[str, dict[str, Any]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("outputs"), dict):
                self.entries = data["outputs"]
        except (OSError, ValueError):
            pass  # no manifest, or a damaged one: nothing is trusted, everything renders

    def is_current(self, job: RowJob) -> bool:
        """True when `job.output` is the complete file rendered from these same inputs."""
        entry = self.entries.get(job.output.name)
        if entry is None:
            return False
        try:
            stat = job.output.stat()
        except OSError:
            return False
        return (entry.get("fingerprint") == fingerprint(job)
                and entry.get("size") == stat.st_size
                and entry.get("mtime_ns") == stat.st_mtime_ns)  # fmt: skip

    def record(self, job: RowJob, fingerprint_before: str) -> None:
        """Remember a finished output with the fingerprint its inputs had when it started."""
        stat = job.output.stat()
        self.entries[job.output.name] = {
            "fingerprint": fingerprint_before,
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
        }
        write_json_atomically(self.path, {"version": 1, "outputs": self.entries})

    def forget(self, job: RowJob) -> None:
        """A row that is rendering again is not finished until it records itself anew."""
        self.entries.pop(job.output.name, None)
