"""Temporary files in a folder the studio owns, so a killed process leaves nothing behind.

Each process that renders gets `<data folder>/scratch/<pid>-<random>/`, locked for as long as the
process lives. A file that must sit beside an output (so the final rename is atomic) gets a short
hidden name, `.studio-<8 hex>.mp4`, and is listed in that folder before it is created. The next
start of the app or the CLI (`sweep_scratch`) removes every folder whose lock is free, that is
whose process is gone (`kill -9`, a crash, a power cut), and the files beside outputs it lists.
A running render's lock is held, so its files are never removed by another process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

from studio.core.user_data import user_data_dir

SCRATCH_FOLDER = "scratch"
PARTIAL_PREFIX = ".studio-"  # short: an output name near the 255-byte limit still fits
_LOCK_FILE = "owner.lock"
_PARTIALS_FILE = "beside-outputs.txt"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def scratch_root() -> Path:
    """Where every process's scratch folder lives."""
    return user_data_dir() / SCRATCH_FOLDER


def fallback_root() -> Path:
    """Used only when the data folder cannot be written (a read-only home)."""
    return Path(tempfile.gettempdir()) / "crossumer-studio-scratch"


class Scratch:
    """One process's scratch folder, locked while it lives and removed when it ends."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for attempt in range(3):
            root.mkdir(parents=True, exist_ok=True)
            try:
                self.folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
                break
            except FileNotFoundError:  # another process removed the empty shared root just now
                if attempt == 2:
                    raise
        self._lock = (self.folder / _LOCK_FILE).open("a+b")
        _try_lock(self._lock)  # a fresh folder: nobody else can hold it
        self._mutex = threading.Lock()

    def file(self, suffix: str) -> Path:
        """A new empty file in the scratch folder, e.g. `file(".wav")`."""
        handle, name = tempfile.mkstemp(suffix=suffix, dir=self.folder)
        os.close(handle)
        return Path(name)

    def beside(self, output: Path, suffix: str, folder: bool = False) -> Path:
        """A new empty hidden file (or `folder`) in `output`'s folder, listed here first so
        that the next start removes it if this process dies before renaming it into place."""
        with self._mutex:
            for _ in range(100):
                candidate = output.parent / f"{PARTIAL_PREFIX}{secrets.token_hex(4)}{suffix}"
                with (self.folder / _PARTIALS_FILE).open("a", encoding="utf-8") as listing:
                    listing.write(f"{candidate.absolute()}\n")
                    listing.flush()
                    os.fsync(listing.fileno())
                try:
                    if folder:
                        candidate.mkdir()
                    else:
                        os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
                except FileExistsError:
                    continue
                return candidate
        raise FileExistsError(output.parent / f"{PARTIAL_PREFIX}*{suffix}")

    def close(self) -> None:
        """Remove the folder and whatever it lists that was not renamed into place."""
        _remove(self.folder)
        with contextlib.suppress(OSError):
            self._lock.close()
        _remove_if_empty_fallback(self.root)


_scratches: dict[Path, Scratch] = {}
_scratches_mutex = threading.Lock()


def process_scratch() -> Scratch:
    """This process's scratch folder under the current data folder, made on first use."""
    root = scratch_root()
    with _scratches_mutex:
        found = _scratches.get(root)
        if found is None or not found.folder.is_dir():
            try:
                found = Scratch(root)
            except OSError:
                found = Scratch(fallback_root())
            _scratches[root] = found
        return found


def sweep_scratch(root: Path | None = None) -> int:
    """Remove what processes that are gone left behind; the number of folders removed."""
    if root is None:
        return sum(sweep_scratch(place) for place in (scratch_root(), fallback_root()))
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return 0
    removed = 0
    for folder in folders:
        try:
            handle = (folder / _LOCK_FILE).open("a+b")
        except OSError:
            continue
        with handle:
            if not _try_lock(handle):
                continue  # its process is alive (or it is ours)
            _remove(folder)
            removed += 1
    _remove_if_empty_fallback(root)
    return removed


def _remove_if_empty_fallback(root: Path) -> None:
    """The shared folder in the system's temporary folder goes once no process uses it (the
    data folder's own scratch folder stays: it is the studio's)."""
    if root == fallback_root():
        with contextlib.suppress(OSError):
            root.rmdir()  # fails while another process's folder is inside: then it stays


def _remove(folder: Path) -> None:
    """Delete the studio's files a scratch folder lists beside outputs, then the folder."""
    with contextlib.suppress(OSError):
        listed = (folder / _PARTIALS_FILE).read_text(encoding="utf-8").splitlines()
        for line in listed:
            path = Path(line)
            if not path.name.startswith(PARTIAL_PREFIX):  # never what the studio did not name
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def close_scratches() -> None:
    """Remove this process's scratch folders now: before `os._exit`, which skips atexit."""
    _close_all()


@atexit.register
def _close_all() -> None:
    for scratch in list(_scratches.values()):
        scratch.close()
