"""`studio batch TEMPLATE ROWS -o FOLDER`: one video per row of a CSV or JSON Lines file."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from studio.cli.captions_cmd import add_model_options
from studio.cli.output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    fail,
    fail_lines,
    say,
    set_on_interrupt,
)
from studio.cli.template_path import resolve_template_path

if TYPE_CHECKING:
    from studio.batch.engine import Engine
    from studio.batch.job import RowJob, RowResult
    from studio.batch.run import BatchProgress
    from studio.batch.validate import Checked
    from studio.core.errors import Problem

MAX_PROBLEM_LINES = 50  # a spreadsheet with one wrong column would otherwise print every row


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "batch",
        help="one video per row of a spreadsheet (CSV or JSON Lines)",
        description="Render TEMPLATE once per row of ROWS into FOLDER. Columns: the template's "
        "slot ids (media paths, relative to ROWS) and blank ids, and optionally output, "
        "caption, hashtags, soundtrack, SLOT.in (seconds) and SLOT.look (NAME[:STRENGTH]). "
        "Every row is checked before anything renders. Exit code 0 only if every row succeeded.",
    )
    parser.add_argument("template", type=Path, help="template folder, or a bundled template name")
    parser.add_argument("rows", type=Path, nargs="?", help="the rows: .csv or .jsonl")
    parser.add_argument("-o", "--output", type=Path, metavar="FOLDER", help="where videos go")
    parser.add_argument("--example-rows", nargs="?", const="-", metavar="FILE",
                        help="write a starter rows file (default: to stdout)")  # fmt: skip
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="videos rendered at once here (default: from the cores)")  # fmt: skip
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="render on a Dask scheduler, e.g. tcp://host:8786; every worker "
                        "must see the media at the same paths")  # fmt: skip
    parser.add_argument("--resume", action="store_true",
                        help="skip rows whose video is complete and inputs unchanged")  # fmt: skip
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="a per-row report: FILE.csv or FILE.json")  # fmt: skip
    parser.add_argument("--skip-bad", action="store_true",
                        help="render the good rows even if some have problems")  # fmt: skip
    parser.add_argument("--preset", default="veryfast", help="x264 preset (default veryfast)")
    parser.add_argument("--crf", type=int, default=20, help="x264 quality, lower is better")
    parser.add_argument("--fps", type=int, help="frame rate (default: the template's)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    add_model_options(parser)  # for rows whose `captions` column asks for auto captions
    parser.set_defaults(handler=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    from studio.core.errors import StudioError
    from studio.core.template import TemplateError, load_template

    try:
        loaded = load_template(resolve_template_path(args.template))
    except TemplateError as exc:
        return fail_lines([str(problem) for problem in exc.problems])
    if args.example_rows is not None:
        return _write_example(loaded, args.example_rows)
    if args.rows is None or args.output is None:
        return fail("batch needs ROWS and -o FOLDER (or --example-rows)")
    if args.jobs is not None and args.jobs < 1:
        return fail("--jobs must be 1 or more")
    if args.fps is not None and not 1 <= args.fps <= 120:
        return fail("--fps takes a frame rate from 1 to 120")
    from studio.media.encoder import PRESETS

    if args.preset not in PRESETS:
        return fail(f"unknown preset '{args.preset}' (use one of: {', '.join(PRESETS)})")
    try:
        return _run(args, loaded)
    except StudioError as exc:
        return fail_lines(exc.lines)


def _write_example(loaded: object, target: str) -> int:
    from studio.batch.rows import example_rows
    from studio.core.template import LoadedTemplate

    assert isinstance(loaded, LoadedTemplate)
    text = example_rows(loaded)
    if target == "-":
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(target)
    if path.exists():
        return fail(f"{path}: already exists; not overwritten")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        return fail(f"{path}: cannot write ({exc.strerror})")
    say(str(path))
    return EXIT_OK


def _with_speech_model(args: argparse.Namespace, checked: Checked) -> Checked:
    import dataclasses

    from studio.cli.captions_cmd import progress_line
    from studio.media.speech.model_fetch import ensure_model

    fetching = progress_line(f"fetching the speech model {args.model_name}", args.quiet)

    def fetched(done: int, total: int) -> None:
        if fetching is not None:
            fetching(done / max(1, total))

    folder = ensure_model(args.model, args.model_name, fetched)
    jobs = [dataclasses.replace(job, speech_model=folder.absolute()) for job in checked.jobs]
    return dataclasses.replace(checked, jobs=jobs)


def _run(args: argparse.Namespace, loaded: object) -> int:
    from studio.batch.job import RowResult
    from studio.batch.report import write_report
    from studio.batch.rows import read_rows
    from studio.batch.run import run_batch
    from studio.batch.validate import check_rows
    from studio.core.errors import StudioError
    from studio.core.template import LoadedTemplate
    from studio.media.encoder import EncoderSettings

    assert isinstance(loaded, LoadedTemplate)
    rows = read_rows(args.rows)
    if not rows:
        return fail(f"{args.rows}: has no rows")
    folder: Path = args.output
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"{folder}: cannot create the output folder ({exc.strerror})")
    settings = EncoderSettings(args.preset, args.crf)
    checked = check_rows(rows, args.rows, loaded, folder, settings, args.fps)
    if any(job.captions for job in checked.jobs):  # the speech model, fetched once for all rows
        checked = _with_speech_model(args, checked)
    problems = list(checked.problems)
    invalid = dict(checked.bad_rows)
    engine = _engine(args, len(checked.jobs))
    stop = threading.Event()
    try:
        jobs = checked.jobs
        if args.cluster:
            unseen = _unseen_on_workers(engine, jobs, folder, args.rows)
            problems += unseen
            for problem in unseen:
                invalid.setdefault(_row_of(problem), str(problem))
            jobs = [job for job in jobs if job.row not in invalid]
        if problems:
            _print_problems(problems)
            if not args.skip_bad:
                return fail(f"nothing was rendered: {len(invalid)} of {len(rows)} rows have "
                            "problems (fix them, or --skip-bad to render the others)")  # fmt: skip
        printer = None if args.quiet else _print_progress
        with set_on_interrupt(stop):
            results = run_batch(jobs, folder, engine, args.resume, stop, printer)
    finally:
        engine.close()
    results += [RowResult(row, "invalid", None, 0.0, line) for row, line in invalid.items()]
    if args.report:
        try:
            write_report(args.report, results)
        except OSError as exc:
            raise StudioError(f"{args.report}: cannot write the report ({exc.strerror})") from None
    return _summary(results, stop.is_set(), folder)


def _engine(args: argparse.Namespace, rows: int) -> Engine:
    if args.cluster:
        from studio.batch.dask_engine import DaskEngine

        engine = DaskEngine(args.cluster)
        if not engine.uses_render_resource:
            print("studio: the workers offer no 'render' resource, so a worker may render "
                  "several videos at once (start them with --resources render=1)",
                  file=sys.stderr)  # fmt: skip
        return engine
    from studio.batch.engine import LocalEngine, default_jobs

    return LocalEngine(max(1, min(args.jobs or default_jobs(), rows)))


def _unseen_on_workers(
    engine: Engine, jobs: list[RowJob], folder: Path, rows_file: Path
) -> list[Problem]:
    """Rows whose files some worker cannot read; the output folder must be writable by all."""
    from studio.batch.dask_engine import DaskEngine
    from studio.core.errors import Problem, StudioError

    assert isinstance(engine, DaskEngine)
    paths = {job.row: _job_files(job) for job in jobs}
    every = [path for files in paths.values() for path in files]
    unreadable = engine.unreadable_on_workers(every, folder.absolute())
    problems = []
    for worker, names in sorted(unreadable.items()):
        if any(name.endswith(("/", "\\")) for name in names):
            raise StudioError(f"{folder.absolute()}: worker {worker} cannot write to this folder "
                              "(the output folder must be shared with every worker)")  # fmt: skip
        for job in jobs:
            for path in paths[job.row]:
                if str(path) in names:
                    message = (f"worker {worker} cannot read {path} (media must be on "
                               "storage every worker sees, at the same path)")  # fmt: skip
                    problems.append(Problem(rows_file, f"row {job.row}", message))
    return problems


def _job_files(job: RowJob) -> list[Path]:
    files = [job.template / "template.json", *(slot.media for slot in job.given.slots.values())]
    return files + ([job.given.soundtrack] if job.given.soundtrack else [])


def _row_of(problem: Problem) -> int:
    return int(problem.json_path.split(",")[0].removeprefix("row "))


def _print_problems(problems: list[Problem]) -> None:
    lines = [str(problem) for problem in problems]
    shown = lines[:MAX_PROBLEM_LINES]
    if len(lines) > len(shown):
        shown.append(f"... and {len(lines) - len(shown)} more problems")
    fail_lines(shown)


def _print_progress(progress: BatchProgress) -> None:
    print(f"batch: {progress.line()}", file=sys.stderr, flush=True)


def _summary(results: list[RowResult], interrupted: bool, folder: Path) -> int:
    for result in sorted(results, key=lambda result: result.row):
        if result.status == "done" and result.output:
            say(str(result.output))
        elif result.status == "failed":
            say(f"studio: row {result.row}: {result.error}", sys.stderr)
    count = {status: sum(r.status == status for r in results)
             for status in ("done", "skipped", "failed", "invalid", "cancelled")}  # fmt: skip
    summary = ", ".join(f"{n} {status}" for status, n in count.items() if n)
    say(f"batch: {summary} ({folder})", sys.stderr)
    if interrupted:
        print("studio: stopped; finished videos are kept, --resume renders the rest",
              file=sys.stderr)  # fmt: skip
        return EXIT_INTERRUPTED
    return EXIT_OK if count["done"] + count["skipped"] == len(results) else EXIT_PROBLEMS
