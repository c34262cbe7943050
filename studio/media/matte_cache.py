"""Person mattes kept on disk, so a second export or a scrub back does not segment again.

One file per clip, frame size and smoothing (the clip keyed by path, size and modification time,
like the preview proxies), in the data folder. Inside, each frame's smoothed mask at the model's
size (a 256-pixel short side), PNG-compressed (a few KB: masks are mostly flat), under a
fingerprint of the small picture the model was given. Fingerprints rather than times: the same
clip trimmed, sped up, reversed or re-fitted gives other pictures, and so other entries.

A file is a run of records: 16-byte fingerprint, 4-byte little-endian length, PNG bytes.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
from pathlib import Path

import cv2
import numpy as np

from studio.core.user_data import user_data_dir

MATTE_VERSION = 1  # bump when what is stored changes: old files stop matching
CACHE_LIMIT_BYTES = 512 * 1024**2
_RECORD = struct.Struct("<16sI")


def mattes_dir() -> Path:
    """Where mattes are kept (inside the data folder, so `STUDIO_DATA_DIR` moves them too)."""
    return user_data_dir() / "mattes"


def matte_path(source: Path, width: int, height: int, smoothing: float) -> Path:
    """The matte file of `source` filtered at width x height; a new size or mtime, a new name."""
    stat = source.stat()
    key = (f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{width}x{height}|"
           f"{smoothing:.3f}|{MATTE_VERSION}")  # fmt: skip
    return mattes_dir() / f"{hashlib.sha1(key.encode()).hexdigest()}.mattes"


def fingerprint(picture: np.ndarray) -> bytes:
    """16 bytes that tell the model's input pictures apart."""
    return hashlib.blake2b(np.ascontiguousarray(picture).data, digest_size=16).digest()


class MatteCache:
    """Masks of one clip at one size by fingerprint; read at open, written back by `save`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[bytes, bytes] = {}
        self._added = 0
        try:
            data = path.read_bytes()
        except OSError:
            return  # not made yet (or unreadable: it is only a cache)
        offset = 0
        while offset + _RECORD.size <= len(data):
            key, length = _RECORD.unpack_from(data, offset)
            offset += _RECORD.size
            if offset + length > len(data):
                break  # a cut-short file: keep the whole records before the cut
            self._entries[key] = data[offset : offset + length]
            offset += length

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: bytes) -> np.ndarray | None:
        """The mask stored under `key`, or None."""
        encoded = self._entries.get(key)
        if encoded is None:
            return None
        mask = cv2.imdecode(np.frombuffer(encoded, np.uint8), cv2.IMREAD_GRAYSCALE)
        return mask if isinstance(mask, np.ndarray) else None

    def put(self, key: bytes, mask: np.ndarray) -> None:
        """Keep `mask` (uint8, one channel) under `key`."""
        ok, encoded = cv2.imencode(".png", mask, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        if ok and key not in self._entries:
            self._entries[key] = encoded.tobytes()
            self._added += 1

    def save(self) -> None:
        """Write the file (under a temporary name, renamed at the end) if anything was added."""
        if not self._added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                for key, encoded in self._entries.items():
                    file.write(_RECORD.pack(key, len(encoded)))
                    file.write(encoded)
            os.replace(partial, self.path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        self._added = 0
        trim_mattes(keep=self.path)


def trim_mattes(keep: Path, limit: int = CACHE_LIMIT_BYTES) -> None:
    """Delete the least recently written matte files while the folder holds more than `limit`."""
    try:
        files = [(p.stat().st_mtime, p.stat().st_size, p) for p in mattes_dir().glob("*.mattes")]
    except OSError:
        return
    total = sum(size for _, size, _ in files)
    for _, size, path in sorted(files):
        if total <= limit:
            break
        if path != keep:
            path.unlink(missing_ok=True)
            total -= size
