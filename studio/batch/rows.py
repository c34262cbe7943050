"""Reading a rows file (CSV or JSON Lines) and writing a starter one for a template.

A row's number is where a person finds it: in a CSV the spreadsheet row (the header is row 1,
so the first video is row 2); in JSON Lines the line number.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

from studio.core.errors import Problem, StudioError
from studio.core.small_file import NotASmallFile, read_small
from studio.core.template import LoadedTemplate

MAX_ROWS_BYTES = 50 * 1024 * 1024  # a rows file is text; anything larger is a mistake
OPTIONAL_COLUMNS = (
    "output",
    "caption",
    "hashtags",
    "soundtrack",
    "captions",
    "add_text",
    "add_sticker",
)
OWN_ITEMS_SEPARATOR = " | "  # several own texts (or stickers) in one cell
SLOT_SUFFIXES = (".in", ".look")


@dataclass(frozen=True)
class Row:
    """One video's values as written in the rows file, by column name."""

    number: int
    values: dict[str, str]


def read_rows(path: Path) -> list[Row]:
    """The rows of a CSV or JSON Lines file; StudioError names the file and what is wrong."""
    try:
        size = path.stat().st_size
    except OSError:
        raise StudioError(Problem(path, "", "no such file")) from None
    if size > MAX_ROWS_BYTES:
        raise StudioError(Problem(path, "", f"is {size // 2**20} MB; a rows file is text"))
    try:  # -sig: spreadsheets often write a BOM
        text = read_small(path, MAX_ROWS_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StudioError(Problem(path, "", "is not UTF-8 text (save it as CSV UTF-8)")) from None
    except NotASmallFile as exc:
        raise StudioError(Problem(path, "", str(exc.strerror))) from None
    except OSError as exc:
        raise StudioError(Problem(path, "", f"cannot be read ({exc.strerror})")) from None
    suffix = path.suffix.lower()
    if suffix == ".json" and text.lstrip().startswith("["):
        return _json_array(path, text)
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _json_lines(path, text)
    return _csv_rows(path, text)


def _csv_rows(path: Path, text: str) -> list[Row]:
    reader = csv.reader(text.splitlines())
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise StudioError(Problem(path, "", "is empty; the first row names the columns")) from None
    except csv.Error as exc:
        raise StudioError(Problem(path, "row 1", f"is not valid CSV ({exc})")) from None
    if len(set(header)) != len(header):
        twice = sorted({name for name in header if header.count(name) > 1})
        raise StudioError(Problem(path, "row 1", f"column '{twice[0]}' appears twice"))
    rows = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # a blank line at the end of a spreadsheet export
            if len(cells) > len(header):
                message = f"has {len(cells)} cells; the header names {len(header)} columns"
                raise StudioError(Problem(path, f"row {number}", message))
            cells += [""] * (len(header) - len(cells))
            rows.append(Row(number, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        raise StudioError(
            Problem(path, f"row {reader.line_num}", f"is not valid CSV ({exc})")
        ) from None
    return rows


def _json_lines(path: Path, text: str) -> list[Row]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise StudioError(Problem(path, f"row {number}", f"is not JSON ({exc.msg})")) from None
        if not isinstance(data, dict):
            raise StudioError(Problem(path, f"row {number}", "must be a JSON object {...}"))
        rows.append(Row(number, {str(k): _cell(v) for k, v in data.items()}))
    return rows


def _json_array(path: Path, text: str) -> list[Row]:
    """A `.json` file holding a list of objects; row N is the list's Nth item."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StudioError(Problem(path, f"line {exc.lineno}", f"is not JSON ({exc.msg})")) from None
    rows = []
    for number, data in enumerate(items, start=1):
        if not isinstance(data, dict):
            raise StudioError(Problem(path, f"row {number}", "must be a JSON object {...}"))
        rows.append(Row(number, {str(k): _cell(v) for k, v in data.items()}))
    return rows


def _cell(value: object) -> str:
    """JSON values as the text a CSV cell would hold (numbers for in-points, lists of tags)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value)


def template_columns(loaded: LoadedTemplate) -> list[str]:
    """Every column a rows file for this template may have, in a sensible order."""
    template = loaded.template
    columns = ["output"]
    columns += [slot.id for slot in template.slots]
    columns += [blank.id for blank in template.blanks]
    columns += ["caption", "hashtags", "soundtrack", "add_text", "add_sticker"]
    for slot in template.slots:
        columns += [f"{slot.id}{suffix}" for suffix in SLOT_SUFFIXES]
    return columns


def example_rows(loaded: LoadedTemplate) -> str:
    """A starter CSV: the columns, and two rows filled with the blanks' examples."""
    template = loaded.template
    columns = ["output"] + [s.id for s in template.slots] + [b.id for b in template.blanks]
    columns += ["caption", "hashtags"]
    lines = []
    for index in (1, 2):
        values = {"output": f"video-{index}.mp4"}
        values |= {slot.id: f"media/{slot.id}-{index}.mp4" for slot in template.slots}
        values |= {blank.id: blank.example for blank in template.blanks}
        values |= {"caption": "", "hashtags": " ".join(template.post.hashtags)}
        lines.append(values)
    out = StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(lines)
    return out.getvalue()
