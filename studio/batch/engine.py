"""Where rows render: one small interface, a local process pool here, Dask in dask_engine.py.

The rest of batch only submits jobs, takes results as they finish, and cancels or closes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from studio.batch.job import RowJob, RowResult, render_row, stop_on_signals

# Measured with bench/batch.py on this project's 2-core machine, 2026-11-30, while other work kept
# its load average at 20-45 (so the figures are noisy). REF-15-like rows at 1080x1920, wall s:
#   4 rows x 3 s, one run:           --jobs 1: 95.0   --jobs 2: 110.9, default (2): 102.0   3: 144.4
#   4 rows x 3 s, medians of 2:      --jobs 1: 146.7                  default (2): 133.5
#   8 rows x 2 s, one run:           --jobs 1: 144.2  --jobs 2: 117.8, default (2): 126.1   3: 145.5
# One and two renders at once are level within the noise, two ahead in the eight-row run; three
# are clearly worse (three compose threads and encoders fight for two cores). A render keeps about
# two cores busy (compose thread, decoders, x264), so the default is one render per two cores, and
# at least two, so one row's serial steps (probing, audio mix, mux) overlap another's frames.
CORES_PER_RENDER = 2
MIN_DEFAULT_JOBS = 2
MAX_REBUILDS = 3  # pools made again after one broke, in one batch
STOP_SECONDS = 10.0  # a cancelled render stops within a frame or two; this is the bound


def default_jobs() -> int:
    """How many rows render at once locally when --jobs is not given (see the measurement)."""
    return max(MIN_DEFAULT_JOBS, (os.cpu_count() or 1) // CORES_PER_RENDER)


class Engine(Protocol):
    """Runs `render_row` for submitted jobs somewhere, each returning a RowResult."""

    @property
    def capacity(self) -> int:
        """How many rows can render at the same time."""
        ...

    def submit(self, job: RowJob) -> None:
        """Queue a row; it starts when a worker is free."""
        ...

    def as_completed(self, timeout: float) -> Iterator[RowResult]:
        """Results of rows that finish within `timeout` seconds (maybe none); never raises."""
        ...

    def cancel(self) -> None:
        """Stop running rows now (they remove their temporary files) and drop queued ones."""
        ...

    def close(self) -> None:
        """Release the workers; idempotent."""
        ...


class LocalEngine:
    """A pool of worker processes on this machine."""

    def __init__(self, jobs: int) -> None:
        self._jobs = jobs
        self._pool = self._new_pool()
        self._pending: dict[Future[RowResult], RowJob] = {}
        self._started: set[int] = set()  # rows seen in a worker
        self._retried: set[int] = set()  # rows seen in a worker, sent again after it died
        self._rebuilt = 0  # pools made after one broke
        self._closed = False
        self._cancelled = False

    @property
    def capacity(self) -> int:
        return self._jobs

    def submit(self, job: RowJob) -> None:
        self._pending[self._pool.submit(render_row, job)] = job

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the same on every OS, and no copied locks from this process's threads
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self._jobs, mp_context=context, initializer=stop_on_signals)

    def as_completed(self, timeout: float) -> Iterator[RowResult]:
        if not self._pending:
            return
        self._started |= {job.row for future, job in self._pending.items() if future.running()}
        done, _ = wait(self._pending, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in done:
            job = self._pending.pop(future)
            if _worker_died(future) and self._send_again(job):
                continue
            yield _result_of(future, job, self._cancelled)

    def _send_again(self, job: RowJob) -> bool:
        """One dead worker breaks the whole pool: every row in it failed, the queued ones
        too. A queued row is sent again to a new pool; a row that was in a worker once more
        (it may be the one that killed it); none after a few pools, nor once cancelled."""
        if self._cancelled or self._rebuilt > MAX_REBUILDS:
            return False
        if job.row in self._started:
            if job.row in self._retried:
                return False
            self._retried.add(job.row)
        if getattr(self._pool, "_broken", True):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            self._rebuilt += 1
        try:
            self._pending[self._pool.submit(render_row, job)] = job
        except BrokenProcessPool:  # broken again at once: the row is told as failed
            return False
        return True

    def cancel(self) -> None:
        self._cancelled = True
        for future in self._pending:
            future.cancel()
        # the workers' own handler turns this into a clean cancel of the running render
        for process in list(getattr(self._pool, "_processes", {}).values()):
            if process.is_alive() and process.pid is not None:
                with contextlib.suppress(OSError):  # it has just ended
                    os.kill(process.pid, signal.SIGTERM)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._cancelled:  # a worker that ignored the stop request is ended, not waited for
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.join(timeout=STOP_SECONDS)
                if process.is_alive():
                    process.kill()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _worker_died(future: Future[RowResult]) -> bool:
    return not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)


def _result_of(future: Future[RowResult], job: RowJob, cancelled: bool = False) -> RowResult:
    """The row's result, or a failed one when its worker process died under it (cancelled,
    when the batch was being stopped: a stopped worker is not a failure)."""
    if future.cancelled() or (cancelled and _worker_died(future)):
        return RowResult(job.row, "cancelled", None)
    error = future.exception()
    if error is None:
        return future.result()
    reason = str(error) or type(error).__name__
    return RowResult(job.row, "failed", None, 0.0, f"the worker process stopped ({reason})")
