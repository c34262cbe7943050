"""Every row checked before anything renders: each problem names the row and the column.

`row_input` is the one place a row becomes what the creator would have chosen in the studio
(today a `CreatorInput`); when the project model lands, only it changes.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from studio.batch.job import RowJob
from studio.batch.rows import OPTIONAL_COLUMNS, OWN_ITEMS_SEPARATOR, SLOT_SUFFIXES, Row
from studio.core.captions.looks import CAPTION_LOOKS
from studio.core.errors import Problem
from studio.core.fill import CreatorInput, SlotInput
from studio.core.post.graphemes import visible_length
from studio.core.template import LoadedTemplate
from studio.core.template.schema import FilterRef
from studio.media.encoder import EncoderSettings
from studio.media.ffmpeg import MediaError
from studio.media.filters import filter_names
from studio.media.overlay_geometry import own_items_from_specs
from studio.media.probe import MediaInfo, probe, probe_soundtrack


@dataclass(frozen=True)
class Checked:
    """The rows that can render, and every problem of the others."""

    jobs: list[RowJob]
    problems: list[Problem]
    bad_rows: dict[int, str]  # row number -> its first problem, for the report


def check_rows(
    rows: list[Row],
    rows_file: Path,
    loaded: LoadedTemplate,
    folder: Path,
    settings: EncoderSettings,
    fps: int | None = None,
) -> Checked:
    """Check every row against the template and the files it names; nothing is rendered."""
    checker = _RowChecker(rows_file, loaded)
    jobs: list[RowJob] = []
    problems: list[Problem] = []
    bad: dict[int, str] = {}
    outputs: dict[str, int] = {}
    for row in rows:
        found = checker.problems(row)
        output = output_name(row)
        place = f"row {row.number}, column output"
        if output.problem:
            found.append(Problem(rows_file, place, output.problem))
        elif (key := output.name.casefold()) in outputs:  # casefold: one file on macOS/Windows
            found.append(
                Problem(rows_file, place, f"'{output.name}' is also written by row {outputs[key]}")
            )
        else:
            outputs[key] = row.number
        if found:
            problems += found
            bad[row.number] = str(found[0])
            continue
        given = row_input(row, rows_file.parent, loaded, fps)
        target = (folder / output.name).absolute()
        jobs.append(RowJob(row.number, loaded.folder.absolute(), given, target, settings,
                           row_captions(row)))  # fmt: skip
    for job, problem in _outputs_over_inputs(jobs, rows_file):
        problems.append(problem)
        bad[job.row] = str(problem)
    return Checked([job for job in jobs if job.row not in bad], problems, bad)


def _outputs_over_inputs(jobs: list[RowJob], rows_file: Path) -> list[tuple[RowJob, Problem]]:
    """Rows whose video would replace a file another row (or itself) is made from: a row
    writing b.mp4 over the clip of the row after it replaced that clip, and exited 0."""
    made_from: dict[object, int] = {}
    for job in jobs:
        given = job.given
        for source in [slot.media for slot in given.slots.values()] + [given.soundtrack]:
            if source is not None:
                made_from.setdefault(_file_key(source), job.row)
    found = []
    for job in jobs:
        if (row := made_from.get(_file_key(job.output))) is not None:
            whose = "this row" if row == job.row else f"row {row}"
            message = (f"'{job.output.name}' is a file {whose} is made from; give the video "
                       "another name")  # fmt: skip
            found.append((job, Problem(rows_file, f"row {job.row}, column output", message)))
    return found


def _file_key(path: Path) -> object:
    """One key for one file: the file itself when it exists (links followed, and capitals
    alike on a disk that ignores them, as macOS's and Windows' do), else its full name."""
    try:
        found = path.stat()
    except OSError:
        return os.path.normcase(os.path.realpath(path))
    return (found.st_dev, found.st_ino)


@dataclass(frozen=True)
class OutputName:
    name: str
    problem: str = ""


def output_name(row: Row) -> OutputName:
    """The row's file name in the output folder: its `output` cell, or `row-N.mp4`."""
    value = row.values.get("output", "").strip()
    if not value:
        return OutputName(f"row-{row.number:03d}.mp4")
    if Path(value).name != value or value in (".", "..") or "\\" in value:
        return OutputName(value, f"'{value}' must be a file name, without a folder")
    if Path(value).suffix == "":
        value += ".mp4"
    if Path(value).suffix.lower() != ".mp4":
        return OutputName(value, f"'{value}' must end in .mp4")
    return OutputName(value)


def row_input(row: Row, base: Path, loaded: LoadedTemplate, fps: int | None) -> CreatorInput:
    """What the creator chose for this row, media paths resolved against the rows file."""
    values = {key: value.strip() for key, value in row.values.items()}
    slots = {}
    for slot in loaded.template.slots:
        if not values.get(slot.id):
            continue
        look = values.get(f"{slot.id}.look")
        slots[slot.id] = SlotInput(
            media=media_path(base, values[slot.id]),
            in_point=float(values.get(f"{slot.id}.in") or 0.0),
            filters=parse_look(look) if look else None,
        )
    hashtags = values.get("hashtags")
    texts, stickers = own_specs(values)
    return CreatorInput(
        slots=slots,
        blanks={blank.id: values.get(blank.id, "") for blank in loaded.template.blanks},
        soundtrack=media_path(base, values["soundtrack"]) if values.get("soundtrack") else None,
        caption=values.get("caption") or None,
        hashtags=tuple(hashtags.replace(",", " ").split()) if hashtags else None,
        fps=fps,
        overlays=tuple(own_items_from_specs(texts, stickers, base)),
    )


def row_captions(row: Row) -> str | None:
    """A row's `captions` cell: None (off), "auto" (the template's look) or a look's name."""
    value = row.values.get("captions", "").strip().casefold()
    return None if value in ("", "off", "no") else value


def own_specs(values: dict[str, str]) -> tuple[list[str], list[str]]:
    """The row's own texts and stickers, one spec each (`core/overlay_spec.py`)."""
    texts, stickers = (
        [part.strip() for part in values.get(column, "").split(OWN_ITEMS_SEPARATOR) if part.strip()]
        for column in ("add_text", "add_sticker")
    )
    return texts, stickers


def media_path(base: Path, value: str) -> Path:
    """A cell's path, relative to the rows file's folder unless absolute."""
    return (base / Path(value).expanduser()).absolute()


def parse_look(value: str) -> tuple[FilterRef, ...]:
    """`vintage` or `vintage:0.6` -> that filter; `none` -> no filter; ValueError otherwise."""
    name, _, strength = value.partition(":")
    name = name.strip()
    if name == "none":
        return ()
    amount = float(strength) if strength.strip() else 1.0
    if not 0 <= amount <= 1 or name not in filter_names():
        raise ValueError(value)
    return (FilterRef(name=name, strength=amount),)


class _RowChecker:
    """Checks rows one by one; each media file is probed once however many rows use it."""

    def __init__(self, rows_file: Path, loaded: LoadedTemplate) -> None:
        self.file = rows_file
        self.base = rows_file.parent
        self.template = loaded.template
        slot_ids = [slot.id for slot in self.template.slots]
        blank_ids = [blank.id for blank in self.template.blanks]
        self.known = {*slot_ids, *blank_ids, *OPTIONAL_COLUMNS}
        self.known |= {slot + suffix for slot in slot_ids for suffix in SLOT_SUFFIXES}
        self.hint = (
            f"slots: {', '.join(slot_ids) or 'none'}; blanks: {', '.join(blank_ids) or 'none'}"
        )
        self._probed: dict[Path, MediaInfo | str] = {}

    def problems(self, row: Row) -> list[Problem]:
        found: list[Problem] = []

        def add(column: str, message: str) -> None:
            found.append(Problem(self.file, f"row {row.number}, column {column}", message))

        values = {key: value.strip() for key, value in row.values.items()}
        for column in sorted(set(values) - self.known):
            if values[column]:  # an empty cell in an extra spreadsheet column harms nothing
                add(column, f"this template has no such column ({self.hint})")
        for slot in self.template.slots:
            value = values.get(slot.id, "")
            if not value:
                if slot.required:
                    add(slot.id, f"slot '{slot.id}' ({slot.label}) needs a clip or photo")
            elif message := self._media_problem(value, slot.kind):
                add(slot.id, message)
            in_point = values.get(f"{slot.id}.in", "")
            if in_point and not _is_seconds(in_point):
                add(f"{slot.id}.in", f"'{in_point}' is not a number of seconds (e.g. 2.5)")
            look = values.get(f"{slot.id}.look", "")
            if look:
                try:
                    parse_look(look)
                except ValueError:
                    add(f"{slot.id}.look", f"'{look}' is not NAME or NAME:STRENGTH (0 to 1) "
                        f"with NAME one of: none, {', '.join(filter_names())}")  # fmt: skip
        for blank in self.template.blanks:
            text = values.get(blank.id, "")
            if not text:
                add(blank.id, f"blank '{blank.id}' is empty ({blank.prompt})")
            elif (length := visible_length(text.strip())) > blank.max_length:
                add(blank.id, f"is {length} characters, the most is {blank.max_length}")
        captions = row_captions(row)
        if captions is not None and captions != "auto" and captions not in CAPTION_LOOKS:
            add("captions", f"'{values.get('captions')}' is not off, auto or a look: "
                f"{', '.join(CAPTION_LOOKS)}")  # fmt: skip
        texts, stickers = own_specs(values)
        for column, given, pictures in (("add_text", texts, []), ("add_sticker", [], stickers)):
            try:
                own_items_from_specs(given, pictures, self.base)
            except (ValueError, MediaError) as exc:
                add(column, str(exc))
        if soundtrack := values.get("soundtrack", ""):
            if not self.template.soundtrack.replaceable:
                add("soundtrack", "this template's soundtrack cannot be replaced")
            elif message := self._media_problem(soundtrack, "audio"):
                add("soundtrack", message)
        return found

    def _media_problem(self, value: str, kind: str) -> str:
        """Why the file cannot fill a slot of `kind` ("audio" for the soundtrack), or ""."""
        path = media_path(self.base, value)
        if path not in self._probed:
            try:
                if not os.access(path, os.R_OK) and path.exists():
                    raise MediaError(path, "cannot be read (permission denied)")
                self._probed[path] = probe(path)
            except MediaError as exc:
                self._probed[path] = str(exc)
        info = self._probed[path]
        if kind == "audio":  # told as a song's problems, as render tells them
            try:
                probe_soundtrack(path)
            except MediaError as exc:
                return str(exc)
            return ""
        if isinstance(info, str):
            return info
        if info.kind == "audio":
            return f"{path}: is audio only; a slot needs a video or photo"
        if kind != "any" and info.kind != kind:
            return f"{path}: is a {info.kind}; this slot needs a {kind}"
        return ""


def _is_seconds(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and value >= 0
