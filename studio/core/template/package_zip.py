"""Zip-level checks of a template package, made before a single byte is unpacked.

A package comes from a stranger, so the zip's own directory is read with suspicion: the entry
count is read from the end record before Python's zipfile parses every entry (100,000 entries
would cost seconds and memory), and each entry's name, type, permissions and declared sizes are
checked. Unpacking later enforces the declared sizes, so a lying header gains nothing.
"""

from __future__ import annotations

import stat
import struct
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath

MAX_PACKAGE_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # unpacked
MAX_RATIO = 100  # unpacked / packed, for entries large enough for it to matter
RATIO_FLOOR = 1024 * 1024  # small files (a JSON of spaces) may compress very well
MAX_IMAGE_PIXELS = 40_000_000

# Nothing in a template is ever run; these suffixes are refused so that a package cannot carry
# something a creator might double-click later.
EXECUTABLE_SUFFIXES = frozenset(
    {
        ".exe", ".com", ".bat", ".cmd", ".ps1", ".vbs", ".msi", ".scr", ".sh", ".bash", ".zsh",
        ".py", ".pyc", ".pyw", ".js", ".mjs", ".jar", ".dll", ".so", ".dylib", ".app", ".desktop",
        ".command", ".lnk", ".apk", ".deb", ".rpm", ".pkg", ".dmg",
    }
)  # fmt: skip
_UNIX = 3  # ZipInfo.create_system of entries made on a Unix-like system
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
     *(f"LPT{i}" for i in range(1, 10))}
)  # fmt: skip


class PackageRefused(Exception):
    """The package is unsafe or damaged; the message is one line saying why."""


def entry_count(file: Path) -> int:
    """Entries the zip's end record declares (zip64 included), without reading the directory."""
    size = file.stat().st_size
    with file.open("rb") as handle:
        tail_start = max(0, size - (65535 + 22))
        handle.seek(tail_start)
        tail = handle.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) < at + 22:
            raise PackageRefused("is not a template package (not a zip file)")
        count = int(struct.unpack("<H", tail[at + 10 : at + 12])[0])
        if count != 0xFFFF:
            return count
        locator = at - 20
        if locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
            raise PackageRefused("is not a template package (damaged zip directory)")
        offset = int(struct.unpack("<Q", tail[locator + 8 : locator + 16])[0])
        handle.seek(offset)
        record = handle.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            raise PackageRefused("is not a template package (damaged zip directory)")
        return int(struct.unpack("<Q", record[32:40])[0])


def entry_problem(info: zipfile.ZipInfo) -> str | None:
    """Why one entry may not be unpacked, or None."""
    name = info.filename
    shown = name if len(name) <= 80 else name[:77] + "..."
    if "\\" in name or any(ord(ch) < 32 for ch in name):
        return f"entry '{shown}' has a name with backslashes or control characters"
    path = PurePosixPath(name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return f"entry '{shown}' has an absolute path"
    if ".." in path.parts:
        return f"entry '{shown}' leads out of its folder (..)"
    if any(_reserved_on_windows(part) for part in path.parts):
        return f"entry '{shown}' uses a name Windows keeps for devices or cannot store"
    if info.flag_bits & 0x1:
        return f"entry '{shown}' is encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"entry '{shown}' uses an unsupported compression"
    mode = info.external_attr >> 16
    if info.create_system == _UNIX and mode:
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            return f"entry '{shown}' is a symbolic link"
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return f"entry '{shown}' is a device or special file"
        if kind != stat.S_IFDIR and not info.is_dir() and mode & 0o111:
            return f"entry '{shown}' is marked executable"
    if any(PurePosixPath(part).suffix.lower() in EXECUTABLE_SUFFIXES for part in path.parts):
        return (
            f"entry '{shown}' is a program or script ({path.suffix or 'app'}), not template content"
        )
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        ratio = info.file_size // max(1, info.compress_size)
        return f"entry '{shown}' expands {ratio}x (over {MAX_RATIO}x: a zip bomb?)"
    return None


def _reserved_on_windows(part: str) -> bool:
    """`CON`, `aux.png`, `COM1.txt` open devices on Windows; a trailing dot or space is lost."""
    stem = part.split(".", 1)[0].upper()
    return stem in _WINDOWS_DEVICES or part.endswith((".", " "))


def checked_entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Every entry after the directory-wide checks; PackageRefused names the first problem."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageRefused(f"has {len(infos)} entries (at most {MAX_ENTRIES})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = entry_problem(info)
        if problem:
            raise PackageRefused(problem)
        key = unicodedata.normalize("NFC", info.filename.rstrip("/")).casefold()
        if key in seen:  # two entries for one file: which one wins depends on the unpacker
            raise PackageRefused(
                f"entry '{info.filename}' appears twice (names that differ "
                "only in capitals or accents are one file on Windows and macOS)"
            )
        seen.add(key)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            limit = MAX_TOTAL_BYTES // (1024 * 1024)
            raise PackageRefused(f"unpacks to more than {limit} MB")
    return infos


def open_package(file: Path) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The opened zip and its checked entries; the caller closes the zip."""
    if not file.is_file():
        raise PackageRefused("no such file")
    size = file.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise PackageRefused(f"is {size // (1024 * 1024)} MB (at most 200 MB)")
    count = entry_count(file)
    if count > MAX_ENTRIES:
        raise PackageRefused(f"has {count} entries (at most {MAX_ENTRIES})")
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageRefused(f"is not a template package ({exc})") from None
    try:
        return archive, checked_entries(archive)
    except BaseException:
        archive.close()
        raise


def unpack_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Write one checked entry, never more bytes than its header declared."""
    written = 0
    try:
        with archive.open(info) as source, target.open("xb") as out:
            for block in iter(lambda: source.read(1 << 20), b""):
                written += len(block)
                if written > info.file_size:
                    raise PackageRefused(f"entry '{info.filename}' is larger than it declares")
                out.write(block)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:  # CRC or a truncated stream
        raise PackageRefused(f"entry '{info.filename}' is damaged ({exc})") from None
