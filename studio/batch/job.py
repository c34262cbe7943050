"""One row's render, as it runs in a worker process (local pool or Dask worker).

Idempotent, so a worker that dies can have its row run again elsewhere: the render writes to a
hidden temporary name beside the output and renames it into place when complete (media/render.py,
core/scratch.py). Every row first sweeps what dead studio processes on its machine left behind,
and the batch removes stale temporary files in its output folder (`remove_stale_partials`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType
from typing import Literal

from studio.core.captions.transcript import Transcript
from studio.core.errors import Cancelled, StudioError
from studio.core.fill import CreatorInput
from studio.core.render_plan import RenderPlan
from studio.core.scratch import PARTIAL_PREFIX, close_scratches, sweep_scratch
from studio.core.template import LoadedTemplate, load_template
from studio.core.template.loader import TEMPLATE_FILE
from studio.media.encoder import EncoderSettings
from studio.media.render import prepare, render

STALE_SECONDS = 120.0
_PARTIAL = re.compile(re.escape(PARTIAL_PREFIX) + r"[0-9a-f]{8}\.\w+")
Status = Literal["done", "failed", "cancelled", "skipped", "invalid", "not run"]

# Set in a pool worker by SIGINT/SIGTERM (see `stop_on_signals`): the batch asks its workers to
# stop this way, and Ctrl-C in a terminal reaches them this way too.
_STOP = threading.Event()


@dataclass(frozen=True)
class RowJob:
    """Everything a worker needs to render one row; picklable, paths absolute."""

    row: int
    template: Path
    given: CreatorInput
    output: Path
    settings: EncoderSettings
    captions: str | None = None  # "auto" or a look's name: transcribe, burn in, write .srt/.vtt
    speech_model: Path | None = None  # the model folder, resolved once by the batch command


@dataclass(frozen=True)
class RowResult:
    """How one row ended, as the report shows it."""

    row: int
    status: Status
    output: Path | None
    seconds: float = 0.0
    error: str = ""


def partial_files(folder: Path) -> list[Path]:
    """The studio's hidden temporary files in an output folder (renders in progress or dead)."""
    # exactly the names core/scratch.py gives: the prefix, 8 hex digits, a suffix
    return sorted(
        path for path in folder.glob(f"{PARTIAL_PREFIX}*") if _PARTIAL.fullmatch(path.name)
    )


def remove_stale_partials(folder: Path) -> int:
    """Remove temporary files in `folder` that no live render can still be writing.

    A render creates its file beside the output only for the final mux, which takes seconds, so
    one older than STALE_SECONDS belongs to a process that died, on this machine or another
    worker's (whose own scratch folder this machine cannot see). Returns how many were removed.
    """
    removed = 0
    now = time.time()
    for path in partial_files(folder):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_SECONDS and path.is_file():
                path.unlink()
                removed += 1
    return removed


def stop_on_signals() -> None:
    """Pool worker initializer: SIGINT/SIGTERM cancel the render instead of killing mid-write,
    and the worker ends with the batch that started it."""

    def handler(signum: int, frame: FrameType | None) -> None:
        _STOP.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), name="batch-watch", daemon=True).start()


PARENT_GONE_SECONDS = 10.0  # for the render in hand to stop and take its partial files away


def _end_with(parent: BaseProcess) -> None:
    """End this worker once the batch that started it is gone (killed with -9: nothing told the
    workers, which rendered the rows still queued, then waited for ever, holding their scratch
    folders). The render in hand is cancelled first, so its partial files go."""
    parent.join()  # returns when the parent process has ended, on every system
    _STOP.set()
    time.sleep(PARENT_GONE_SECONDS)
    close_scratches()  # its partial files too: os._exit skips what atexit would do
    os._exit(1)


def _template(folder: Path) -> LoadedTemplate:
    """Loaded once per worker process and version of template.json, not once per row (a Dask
    worker outlives a batch: a template edited between two batches is read again)."""
    try:
        stamp = (folder / TEMPLATE_FILE).stat().st_mtime_ns
    except OSError:
        stamp = 0  # loading names the problem
    return _template_version(folder, stamp)


@lru_cache(maxsize=8)
def _template_version(folder: Path, stamp: int) -> LoadedTemplate:
    return load_template(folder)


def render_row(job: RowJob, stop: threading.Event | None = None) -> RowResult:
    """Render one row; never raises for a problem with the row, it reports it."""
    stop = stop or _STOP
    started = time.monotonic()
    if stop.is_set():
        return RowResult(job.row, "cancelled", None)
    sweep_scratch()  # a worker restarted after a crash clears what its predecessor left
    try:
        loaded = _template(job.template)
        plan = prepare(loaded, job.given)
        transcripts: dict[str, Transcript] = {}
        if job.captions is not None:
            plan, transcripts = _captioned(job, loaded, plan, stop)
        render(plan, job.output, job.settings, cancel=stop)
        if transcripts:
            from studio.media.speech.video_captions import write_subtitles

            write_subtitles(plan, transcripts, job.output)
    except Cancelled:
        return RowResult(job.row, "cancelled", None, time.monotonic() - started)
    except StudioError as exc:
        return _failed(job, started, stop, exc.first_line)
    except Exception as exc:  # one row's surprise must not stop the other rows
        return _failed(job, started, stop, f"{type(exc).__name__}: {exc}")
    return RowResult(job.row, "done", job.output, time.monotonic() - started)


def _captioned(job: RowJob, loaded: LoadedTemplate, plan: RenderPlan, stop: threading.Event
               ) -> tuple[RenderPlan, dict[str, Transcript]]:  # fmt: skip
    """The row's plan with its auto captions, and the transcripts (by slot id)."""
    from studio.core.captions.planning import with_captions
    from studio.media.speech.models import resolve_model
    from studio.media.speech.transcribe import SpeechRecogniser
    from studio.media.speech.video_captions import transcribe_plan

    recogniser = SpeechRecogniser(job.speech_model or resolve_model())
    try:
        transcripts, _ = transcribe_plan(plan, recogniser, cancel=stop)
    finally:
        recogniser.close()
    look = None if job.captions == "auto" else job.captions
    plan = with_captions(plan, transcripts, look, template_folder=loaded.folder,
                         template=loaded.template)  # fmt: skip
    return plan, transcripts


def _failed(job: RowJob, started: float, stop: threading.Event, line: str) -> RowResult:
    if stop.is_set():  # e.g. Ctrl-C also reached ffmpeg, which then failed a write
        return RowResult(job.row, "cancelled", None, time.monotonic() - started)
    text = line.splitlines()[0] if line else "failed"
    return RowResult(job.row, "failed", None, time.monotonic() - started, text)
