"""Running checked rows on an engine: resume, progress, Ctrl-C, nothing partial left behind."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.batch.engine import Engine
from studio.batch.job import RowJob, RowResult, remove_stale_partials
from studio.batch.manifest import Manifest, fingerprint
from studio.core.scratch import sweep_scratch

POLL_SECONDS = 0.5
CANCEL_GRACE_SECONDS = 20.0  # running renders stop within a frame; this bounds a stuck worker


@dataclass(frozen=True)
class BatchProgress:
    """Counts for the progress line; `eta` in seconds once a row has finished."""

    total: int
    done: int
    failed: int
    skipped: int
    running: int
    eta: float | None

    def line(self) -> str:
        eta = "" if self.eta is None else f", ETA {int(self.eta) // 60}:{int(self.eta) % 60:02d}"
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"{self.done + self.skipped}/{self.total} done{skipped}, {self.failed} failed, "
                f"{self.running} running{eta}")  # fmt: skip


def run_batch(
    jobs: list[RowJob],
    folder: Path,
    engine: Engine,
    resume: bool,
    stop: threading.Event,
    progress: Callable[[BatchProgress], None] | None = None,
) -> list[RowResult]:
    """Render every job (skipping current outputs on resume); one result per job."""
    remove_stale_partials(folder)  # what an earlier, killed run left behind
    manifest = Manifest(folder)
    results: dict[int, RowResult] = {}
    prints: dict[int, str] = {}
    for job in jobs:
        if resume and manifest.is_current(job):
            results[job.row] = RowResult(job.row, "skipped", job.output, 0.0, "")
    todo = [job for job in jobs if job.row not in results]
    by_row = {job.row: job for job in todo}
    counts = _Counts(len(jobs), len(results), engine.capacity)
    try:
        for job in todo:
            prints[job.row] = fingerprint(job)  # as the inputs are now, before rendering
            engine.submit(job)
        outstanding = len(todo)
        cancel_deadline: float | None = None
        if progress:
            progress(counts.snapshot(outstanding))
        while outstanding:
            if stop.is_set() and cancel_deadline is None:
                engine.cancel()
                cancel_deadline = time.monotonic() + CANCEL_GRACE_SECONDS
            if cancel_deadline is not None and time.monotonic() > cancel_deadline:
                break
            for result in engine.as_completed(POLL_SECONDS):
                outstanding -= 1
                results[result.row] = result
                if result.status == "done":
                    manifest.record(by_row[result.row], prints[result.row])
                counts.add(result)
                if progress and cancel_deadline is None:
                    progress(counts.snapshot(outstanding))
    finally:
        sweep_scratch()  # a local worker killed mid-write leaves nothing behind
    for job in todo:
        results.setdefault(job.row, RowResult(job.row, "cancelled", None))
    return [results[job.row] for job in jobs]


class _Counts:
    def __init__(self, total: int, skipped: int, capacity: int) -> None:
        self.total = total
        self.skipped = skipped
        self.capacity = capacity
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()

    def add(self, result: RowResult) -> None:
        if result.status == "done":
            self.done += 1
        elif result.status == "failed":
            self.failed += 1

    def snapshot(self, outstanding: int) -> BatchProgress:
        finished = self.done + self.failed
        eta = None
        if finished:
            eta = (time.monotonic() - self.started) / finished * outstanding
        running = min(self.capacity, outstanding)
        return BatchProgress(self.total, self.done, self.failed, self.skipped, running, eta)
