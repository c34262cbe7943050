"""Read just enough of a TrueType/OpenType file to know it is a font and which characters it has.

Pure standard library (the core draws nothing): the sfnt table directory and the `cmap` table's
Unicode subtables (formats 4 and 12), which is what lint needs to check a designer's font covers
every character a blank's example uses.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

SFNT_TAGS = (b"\x00\x01\x00\x00", b"OTTO", b"true")
MAX_FONT_BYTES = 30_000_000  # a font larger than this is not a font a template should ship


class NotAFont(ValueError):
    """The file is not a TrueType/OpenType font we can read; the message follows its name."""


def font_characters(
    path: Path, largest: int = MAX_FONT_BYTES, collection: bool = False
) -> frozenset[int]:
    """The Unicode code points the font maps to glyphs; NotAFont says why it is not a font.
    With `collection`, a font collection (.ttc, as a computer's CJK fonts are) is read as its
    first font, the one a font library opens by default."""
    size = path.stat().st_size
    if size > largest:
        raise NotAFont(f"is too large for a font ({size} bytes)")
    if size < 12:
        raise NotAFont("is not a TrueType or OpenType font")
    with open(path, "rb") as file:
        data = _up_to_the_character_map(file, collection)
    return _characters(data, collection)


def _up_to_the_character_map(file: BinaryIO, collection: bool) -> bytes:
    """The font's bytes from its start to the end of its character map, the only table read:
    a computer's CJK collection is 20-120 MB, and the map is near its start. Read, not mapped:
    a file cut short as it is mapped (a font saved again) stops the process."""
    head = file.read(16)
    start = 0
    if collection and head[:4] == b"ttcf" and len(head) >= 16:
        (start,) = struct.unpack_from(">I", head, 12)
    file.seek(start)
    directory = file.read(12)
    if len(directory) < 12:
        file.seek(0)
        return file.read()
    (tables,) = struct.unpack_from(">H", directory, 4)
    entries = file.read(16 * tables)
    end = 0
    for index in range(len(entries) // 16):
        tag, _, offset, length = struct.unpack_from(">4sIII", entries, 16 * index)
        if tag == b"cmap":
            end = offset + length
    file.seek(0)
    return file.read(end) if end else file.read()


def _characters(data: bytes, collection: bool) -> frozenset[int]:
    start = 0
    try:
        if collection and data[:4] == b"ttcf":
            (start,) = struct.unpack_from(">I", data, 12)
        if len(data) < start + 12 or data[start : start + 4] not in SFNT_TAGS:
            raise NotAFont("is not a TrueType or OpenType font")
        return _cmap_characters(data, start)
    except (struct.error, IndexError):
        raise NotAFont("is damaged: its character map cannot be read") from None


def _cmap_characters(data: bytes, start: int = 0) -> frozenset[int]:
    """The characters of the font whose table directory is at `start` (0, or in a collection
    where its header says; table offsets count from the file's start either way)."""
    (tables,) = struct.unpack_from(">H", data, start + 4)
    cmap = None
    for index in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, start + 12 + 16 * index)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        raise NotAFont("has no character map (cmap)")
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    # one subtable, as a font library picks one to draw with; reading every Unicode one let a
    # few KB of subtables all pointing at one table cost minutes
    candidates = []
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        rank = UNICODE_SUBTABLES.get((platform, encoding))
        if rank is None:
            continue
        (form,) = struct.unpack_from(">H", data, cmap + offset)
        if form in (4, 12):
            candidates.append((form != 12, rank, cmap + offset, form))
    if not candidates:
        return frozenset()
    _, _, table, form = min(candidates)
    return frozenset(_format12(data, table) if form == 12 else _format4(data, table))


# Unicode character maps, most complete first (the full repertoire, then the basic plane)
UNICODE_SUBTABLES = {(3, 10): 0, (0, 6): 1, (0, 4): 2, (3, 1): 3, (0, 3): 4}
LAST_CODE_POINT = 0x10FFFF


def _format4(data: bytes, table: int) -> set[int]:
    """The basic plane's characters; each code is looked at once, however many segments
    overlap (a well-made font's segments never do; a hostile one's 2,000 whole-plane
    segments took 106 s)."""
    (segments2,) = struct.unpack_from(">H", data, table + 6)
    count = segments2 // 2
    ends = struct.unpack_from(f">{count}H", data, table + 14)
    starts = struct.unpack_from(f">{count}H", data, table + 16 + segments2)
    deltas = struct.unpack_from(f">{count}h", data, table + 16 + 2 * segments2)
    range_at = table + 16 + 3 * segments2
    ranges = struct.unpack_from(f">{count}H", data, range_at)
    found: set[int] = set()
    covered = -1  # every code up to here belongs to an earlier segment
    for i in sorted(range(count), key=lambda i: (starts[i], ends[i])):
        for code in range(max(starts[i], covered + 1), ends[i] + 1):
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
        covered = max(covered, ends[i])
    return found


def _format12(data: bytes, table: int) -> set[int]:
    """The characters of the groups, within Unicode's range and each once: overlapping groups
    and groups past U+10FFFF made a 2 KB table cost 1.5 GB."""
    (groups,) = struct.unpack_from(">I", data, table + 12)
    if len(data) < table + 16 + 12 * groups:
        raise struct.error("the groups run past the file")
    spans = struct.iter_unpack(">III", data[table + 16 : table + 16 + 12 * groups])
    found: set[int] = set()
    covered = -1
    for start, end, _ in sorted(spans):
        first, last = max(start, covered + 1), min(end, LAST_CODE_POINT)
        if first <= last:
            found.update(range(first, last + 1))
        covered = max(covered, last)
    return found
