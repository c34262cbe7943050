"""The per-row report: CSV or JSON, chosen by the file's extension."""

from __future__ import annotations

import csv
import json
from io import StringIO
from pathlib import Path

from studio.batch.job import RowResult
from studio.core.atomic import write_text_atomically

COLUMNS = ("row", "status", "output", "seconds", "error")


def report_records(results: list[RowResult]) -> list[dict[str, object]]:
    """One plain record per row, in row order."""
    return [
        {
            "row": result.row,
            "status": result.status,
            "output": str(result.output) if result.output else "",
            "seconds": round(result.seconds, 2),
            "error": result.error,
        }
        for result in sorted(results, key=lambda result: result.row)
    ]


def write_report(path: Path, results: list[RowResult]) -> None:
    """`.json` writes a JSON list; anything else a CSV with a header row."""
    records = report_records(results)
    if path.suffix.lower() == ".json":
        write_text_atomically(path, json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    out = StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    write_text_atomically(path, out.getvalue())
