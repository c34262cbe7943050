"""A font's character map is read within bounds, however its tables are made.

A designer's template ships fonts; lint, pack, install and `template list` read which letters
each has. A 2 KB hostile map (groups past Unicode, overlapping by the hundred) made that cost
1.5 GB, and 2,000 whole-plane segments 106 s.
"""

from __future__ import annotations

import struct
from pathlib import Path

from studio.core.template.font_file import font_characters


def _font(path: Path, subtables: list[bytes], records: int = 1) -> Path:
    """A minimal sfnt: the table directory and a `cmap` whose `records` Unicode encoding
    records all point at the first subtable (the others follow, unpointed)."""
    cmap_at = 12 + 16
    header = struct.pack(">HH", 0, records)
    first = 4 + 8 * records
    encodings = b"".join(struct.pack(">HHI", 3, 10, first) for _ in range(records))
    cmap = header + encodings + b"".join(subtables)
    directory = struct.pack(">4sHHHH", b"\x00\x01\x00\x00", 1, 0, 0, 0)
    entry = struct.pack(">4sIII", b"cmap", 0, cmap_at, len(cmap))
    path.write_bytes(directory + entry + cmap)
    return path


def _format12(groups: list[tuple[int, int]]) -> bytes:
    body = b"".join(struct.pack(">III", start, end, 1) for start, end in groups)
    return struct.pack(">HHIII", 12, 0, 16 + len(body), 0, len(groups)) + body


def _format4(segments: list[tuple[int, int]]) -> bytes:
    segments = [*segments, (0xFFFF, 0xFFFF)]
    count = len(segments)
    ends = struct.pack(f">{count}H", *(end for _, end in segments))
    starts = struct.pack(f">{count}H", *(start for start, _ in segments))
    deltas = struct.pack(f">{count}h", *([1] * count))
    ranges = struct.pack(f">{count}H", *([0] * count))
    body = ends + b"\x00\x00" + starts + deltas + ranges
    head = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, 2 * count, 0, 0, 0)
    return head + body


def test_groups_past_unicode_and_overlapping_groups_give_each_letter_once(tmp_path: Path) -> None:
    groups = [(0x41, 0x5A)] * 300 + [(0x7FFF0000 + i, 0x7FFFFFFF) for i in range(300)]
    letters = font_characters(_font(tmp_path / "bomb.ttf", [_format12(groups)], records=500))
    assert letters == frozenset(range(0x41, 0x5B))


def test_a_whole_plane_covered_two_thousand_times_is_read_as_one_plane(tmp_path: Path) -> None:
    table = _format4([(0x20, 0xFFFE)] * 2000)
    letters = font_characters(_font(tmp_path / "planes.ttf", [table]))
    assert letters == frozenset(range(0x20, 0xFFFF))
