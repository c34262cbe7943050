"""Template packages built byte by byte, so tests can make the hostile ones a real attacker would.

`zipfile` refuses to write some of these (a 1 GB entry without the 1 GB, 100,000 entries fast),
so the zip records are written here by hand, following the zip specification (APPNOTE 4.3).
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from studio.core.template.package_manifest import (
    CONTENT_FOLDER,
    MANIFEST_NAME,
    content_checksum,
)

REGULAR = 0o100644


@dataclass(frozen=True)
class RawEntry:
    """One zip entry: its name, the bytes stored, and what the headers declare about them."""

    name: str
    stored: bytes
    size: int  # unpacked size declared
    crc: int
    method: int = 0  # 0 stored, 8 deflated
    mode: int = REGULAR

    @staticmethod
    def plain(name: str, data: bytes, mode: int = REGULAR) -> RawEntry:
        """A stored entry holding `data`."""
        return RawEntry(name, data, len(data), zlib.crc32(data), 0, mode)


def write_zip(path: Path, entries: list[RawEntry]) -> Path:
    """A zip of `entries` (zip64 end records when there are more than 65,535)."""
    body = bytearray()
    directory = bytearray()
    for entry in entries:
        name = entry.name.encode()
        offset = len(body)
        body += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, entry.method, 0, 33,
                            entry.crc, len(entry.stored), entry.size, len(name), 0)  # fmt: skip
        body += name + entry.stored
        directory += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", (3 << 8) | 20, 20, 0,
                                 entry.method, 0, 33, entry.crc, len(entry.stored), entry.size,
                                 len(name), 0, 0, 0, 0, entry.mode << 16, offset)  # fmt: skip
        directory += name
    count = len(entries)
    end = bytearray()
    if count > 0xFFFF:
        zip64_at = len(body) + len(directory)
        end += struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                           len(directory), len(body))  # fmt: skip
        end += struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1)
    short = min(count, 0xFFFF)
    end += struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, short, short, len(directory),
                       len(body), 0)  # fmt: skip
    path.write_bytes(bytes(body + directory + end))
    return path


def folder_files(folder: Path) -> dict[str, bytes]:
    """Every file of a template folder by its relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def package_entries(
    files: dict[str, bytes], version: str = "1.0.0", **manifest: object
) -> list[RawEntry]:
    """A well-formed package's entries for these content files (checksum and all)."""
    data = {
        "id": "pov-remix",
        "name": "POV remix",
        "version": version,
        "studio_version": "0.1.0",
        "sha256": content_checksum(files.items()),
        **manifest,
    }
    entries = [RawEntry.plain(MANIFEST_NAME, json.dumps(data).encode())]
    return entries + [RawEntry.plain(CONTENT_FOLDER + n, b) for n, b in sorted(files.items())]


def deflated_zeros(gibibytes: int) -> tuple[bytes, int, int]:
    """A deflate stream of `gibibytes` GiB of zeros, its size and CRC, made from one 16 MiB
    piece: after a full flush the compressor starts afresh, so equal input gives equal output."""
    piece_size = 16 * 1024 * 1024
    zeros = bytes(piece_size)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    pieces = gibibytes * 1024 * 1024 * 1024 // piece_size
    stream = piece * pieces + b"\x03\x00"  # an empty final block ends the stream
    crc = 0
    for _ in range(pieces):
        crc = zlib.crc32(zeros, crc)
    return stream, pieces * piece_size, crc


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares `width` x `height` (one row of real data)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">2I5B", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (1 + 3 * 16))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
