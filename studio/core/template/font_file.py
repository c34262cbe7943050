"""Read just enough of a TrueType/OpenType file to know it is a font and which characters it has.

Pure standard library (the core draws nothing): the sfnt table directory and the `cmap` table's
Unicode subtables (formats 4 and 12), which is what lint needs to check a designer's font covers
every character a blank's example uses.
"""

from __future__ import annotations

import struct
from pathlib import Path

SFNT_TAGS = (b"\x00\x01\x00\x00", b"OTTO", b"true")
MAX_FONT_BYTES = 30_000_000  # a font larger than this is not a font a template should ship


class NotAFont(ValueError):
    """The file is not a TrueType/OpenType font we can read; the message follows its name."""


def font_characters(path: Path) -> frozenset[int]:
    """The Unicode code points the font maps to glyphs; NotAFont says why it is not a font."""
    size = path.stat().st_size
    if size > MAX_FONT_BYTES:
        raise NotAFont(f"is too large for a font ({size} bytes)")
    data = path.read_bytes()
    if len(data) < 12 or data[:4] not in SFNT_TAGS:
        raise NotAFont("is not a TrueType or OpenType font")
    try:
        return _cmap_characters(data)
    except (struct.error, IndexError):
        raise NotAFont("is damaged: its character map cannot be read") from None


def _cmap_characters(data: bytes) -> frozenset[int]:
    (tables,) = struct.unpack_from(">H", data, 4)
    cmap = None
    for index in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        raise NotAFont("has no character map (cmap)")
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    found: set[int] = set()
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4), (0, 6)):
            continue
        table = cmap + offset
        (form,) = struct.unpack_from(">H", data, table)
        if form == 4:
            found |= _format4(data, table)
        elif form == 12:
            found |= _format12(data, table)
    return frozenset(found)


def _format4(data: bytes, table: int) -> set[int]:
    (segments2,) = struct.unpack_from(">H", data, table + 6)
    count = segments2 // 2
    ends = struct.unpack_from(f">{count}H", data, table + 14)
    starts = struct.unpack_from(f">{count}H", data, table + 16 + segments2)
    deltas = struct.unpack_from(f">{count}h", data, table + 16 + 2 * segments2)
    range_at = table + 16 + 3 * segments2
    ranges = struct.unpack_from(f">{count}H", data, range_at)
    found: set[int] = set()
    for i in range(count):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if ranges[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                where = range_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                (glyph,) = struct.unpack_from(">H", data, where)
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(code)
    return found


def _format12(data: bytes, table: int) -> set[int]:
    (groups,) = struct.unpack_from(">I", data, table + 12)
    found: set[int] = set()
    for i in range(groups):
        start, end, _ = struct.unpack_from(">III", data, table + 16 + 12 * i)
        found.update(range(start, min(end, start + 0x10000) + 1))
    return found
