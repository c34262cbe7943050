"""Read Adobe/Resolve `.cube` 3D LUT files; every problem names the file and the line.

The format: `LUT_3D_SIZE N`, optional `TITLE`, `DOMAIN_MIN`/`DOMAIN_MAX` (or Resolve's
`LUT_3D_INPUT_RANGE`), then N^3 lines of three numbers with red changing fastest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.core.small_file import NotASmallFile, read_small
from studio.media.filters.base import FilterError

MIN_SIZE, MAX_SIZE = 2, 65
MAX_FILE_BYTES = 20_000_000  # a 65-point cube is about 7 MB of text


@dataclass(frozen=True)
class CubeLut:
    """`table[b, g, r]` is the RGB output (0-1 scale of the domain) for that grid point."""

    title: str
    table: np.ndarray
    domain_min: tuple[float, float, float] = (0.0, 0.0, 0.0)
    domain_max: tuple[float, float, float] = (1.0, 1.0, 1.0)

    @property
    def size(self) -> int:
        return int(self.table.shape[0])


class CubeError(FilterError):
    """A .cube file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        where = f"{path.name} line {line}" if line else path.name
        super().__init__(f"{where}: {problem}")


def _numbers(path: Path, number: int, words: list[str], count: int) -> list[float]:
    try:
        values = [float(word) for word in words]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        found = " ".join(words) or "nothing"
        raise CubeError(path, number, f"expected {count} numbers, found '{found[:40]}'")
    return values


def read_cube(path: Path) -> CubeLut:
    """Parse a .cube file; CubeError for anything malformed, with the line it is on."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CubeError(path, None, "file too large for a LUT")
        # -sig: a byte-order mark (Notepad writes one) is not part of the first keyword
        text = read_small(path, MAX_FILE_BYTES).decode("utf-8-sig", errors="replace")
    except NotASmallFile as exc:
        raise CubeError(path, None, str(exc.strerror)) from None
    except OSError as exc:
        raise CubeError(path, None, f"cannot read the file ({exc.strerror})") from None
    title, size, size_line = "", 0, 0
    low, high = [0.0] * 3, [1.0] * 3
    rows: list[tuple[int, str]] = []  # parsed in one go at the end: 65^3 lines in 0.1 s
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        keyword, *words = line.split()
        if keyword[0].isdigit() or keyword[0] in "-+.":
            if not size:
                raise CubeError(path, number, "colour values before LUT_3D_SIZE")
            if len(rows) == size**3:
                raise CubeError(path, number, f"more than {size**3} colours for size {size}")
            rows.append((number, line))
        elif keyword == "TITLE":
            title = line[len("TITLE") :].strip().strip('"')
        elif keyword == "LUT_3D_SIZE":
            (value,) = _numbers(path, number, words, 1)
            if not value.is_integer() or not MIN_SIZE <= value <= MAX_SIZE:
                raise CubeError(
                    path, number, f"LUT_3D_SIZE must be {MIN_SIZE} to {MAX_SIZE}, not {value:g}"
                )
            size, size_line = int(value), number
        elif keyword == "LUT_1D_SIZE":
            raise CubeError(path, number, "1D LUTs are not supported; export a 3D LUT")
        elif keyword == "DOMAIN_MIN":
            low = _numbers(path, number, words, 3)
        elif keyword == "DOMAIN_MAX":
            high = _numbers(path, number, words, 3)
        elif keyword == "LUT_3D_INPUT_RANGE":
            low[:], high[:] = [_numbers(path, number, words, 2)[0]] * 3, [float(words[1])] * 3
        else:
            raise CubeError(path, number, f"unknown keyword '{keyword[:30]}'")
    if not size:
        raise CubeError(path, None, "no LUT_3D_SIZE line: not a 3D .cube LUT")
    colours = _colour_table(path, rows)  # a bad line is named before a wrong count
    if len(rows) != size**3:
        raise CubeError(
            path, size_line, f"LUT_3D_SIZE {size} needs {size**3} colours, found {len(rows)}"
        )
    if any(h <= lo for lo, h in zip(low, high, strict=True)):
        raise CubeError(path, None, "DOMAIN_MAX must be above DOMAIN_MIN")
    table = colours.reshape(size, size, size, 3)
    return CubeLut(title, table, (low[0], low[1], low[2]), (high[0], high[1], high[2]))


def _colour_table(path: Path, rows: list[tuple[int, str]]) -> np.ndarray:
    """All colour lines as an N x 3 array; on any bad line, find it and say which."""
    try:
        values = np.array(" ".join(line for _, line in rows).split(), np.float32)
        if values.size == len(rows) * 3 and np.isfinite(values).all():
            return values.reshape(-1, 3)
    except ValueError:
        pass
    for number, line in rows:
        _numbers(path, number, line.split(), 3)
    raise CubeError(path, None, "unreadable colour values")  # not reached: a line failed


def write_cube(path: Path, table: np.ndarray, title: str = "") -> None:
    """Write `table[b, g, r]` (0-1) as a .cube file (for tests and for exporting a look)."""
    size = table.shape[0]
    lines = [f'TITLE "{title}"'] if title else []
    lines.append(f"LUT_3D_SIZE {size}")
    lines += [f"{r:.6f} {g:.6f} {b:.6f}" for r, g, b in table.reshape(-1, 3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
