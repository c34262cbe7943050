"""The Dask implementation of the engine: rows go to a distributed scheduler's workers.

Workers run the same `render_row`. Each worker renders one video at a time when it offers the
`render` resource (`dask worker ADDRESS --resources render=1`); a worker that dies has its row
rescheduled by Dask on another (the render is idempotent). Media paths must be the same on every
worker (a shared folder): `unreadable_on_workers` checks that before anything starts.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from studio.batch.job import RowJob, RowResult, render_row
from studio.core.errors import StudioError

RESOURCE = "render"
CONNECT_SECONDS = 10
POLL_STOP_SECONDS = 0.5


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise StudioError("--cluster needs Dask: pip install 'crossumer-studio[cluster]'") from None
    return distributed


def unreadable(paths: list[str]) -> list[str]:
    """Run on a worker: the paths it cannot read (a folder: cannot write to)."""
    bad = []
    for name in paths:
        if name.endswith(os.sep):  # the output folder
            if not os.access(name, os.W_OK | os.X_OK):
                bad.append(name)
        elif not os.access(name, os.R_OK):
            bad.append(name)
    return bad


def render_row_on_worker(job: RowJob, stop_name: str) -> RowResult:
    """`render_row` inside a Dask worker, stopped when the batch sets the named Dask Event."""
    distributed = _import_distributed()
    stop = threading.Event()
    done = threading.Event()
    event = distributed.Event(stop_name)
    if event.is_set():
        return RowResult(job.row, "cancelled", None)

    def watch() -> None:  # a worker thread cannot be interrupted; the render polls this flag
        while not done.is_set():
            try:
                if event.wait(timeout=POLL_STOP_SECONDS):
                    stop.set()
                    return
            except Exception:
                return  # the scheduler went away; the render finishes or fails on its own

    watcher = threading.Thread(target=watch, name="batch-stop", daemon=True)
    watcher.start()
    try:
        return render_row(job, stop)
    finally:
        done.set()


class DaskEngine:
    """Rows submitted to a Dask scheduler at `address` (e.g. tcp://render-host:8786)."""

    def __init__(self, address: str) -> None:
        distributed = _import_distributed()
        try:
            self._client = distributed.Client(address, timeout=CONNECT_SECONDS)
        except ValueError as exc:  # e.g. no port: distributed parses the address first
            raise StudioError(f"--cluster {address}: {exc} (use tcp://HOST:PORT)") from None
        except (OSError, TimeoutError) as exc:
            raise StudioError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        self._distributed = distributed
        workers = self._client.scheduler_info(n_workers=-1)["workers"]
        if not workers:
            self._client.close()
            raise StudioError(f"the Dask scheduler at {address} has no workers")
        with_resource = [w for w in workers.values() if w.get("resources", {}).get(RESOURCE)]
        # Without the resource Dask would run one row per worker thread; with it, one per worker.
        self._resources = {RESOURCE: 1} if with_resource else None
        self._capacity = len(with_resource) or sum(w.get("nthreads", 1) for w in workers.values())
        # unique across clients of a shared scheduler: equal keys would be taken as one task
        self._batch_id = uuid.uuid4().hex
        self._stop_name = f"studio-batch-stop-{self._batch_id}"
        self._stop = distributed.Event(self._stop_name, client=self._client)
        self._futures: dict[Any, RowJob] = {}
        self._closed = False

    @property
    def uses_render_resource(self) -> bool:
        return self._resources is not None

    @property
    def capacity(self) -> int:
        return self._capacity

    def unreadable_on_workers(self, paths: list[Path], output_folder: Path) -> dict[str, list[str]]:
        """Per worker, which of `paths` (and the output folder) it cannot read or write."""
        names = [*sorted({str(path) for path in paths}), str(output_folder) + os.sep]
        try:
            answers: dict[str, list[str]] = self._client.run(unreadable, names)
        except Exception as exc:  # typically a worker without the studio installed
            raise StudioError(f"the Dask workers cannot run the studio's code ({exc}); "
                              "install crossumer-studio on every worker") from None  # fmt: skip
        return {worker: bad for worker, bad in answers.items() if bad}

    def submit(self, job: RowJob) -> None:
        future = self._client.submit(render_row_on_worker, job, self._stop_name, pure=False,
                                     key=f"studio-row-{job.row}-{self._batch_id}",
                                     resources=self._resources)  # fmt: skip
        self._futures[future] = job

    def as_completed(self, timeout: float) -> Iterator[RowResult]:
        if not self._futures:
            return
        with contextlib.suppress(TimeoutError):
            self._distributed.wait(list(self._futures), timeout=timeout,
                                   return_when="FIRST_COMPLETED")  # fmt: skip
        for future in [future for future in self._futures if future.done()]:
            job = self._futures.pop(future)
            yield self._result_of(future, job)

    def _result_of(self, future: Any, job: RowJob) -> RowResult:
        if future.status == "finished":
            result: RowResult = future.result()
            return result
        if future.status == "cancelled":
            return RowResult(job.row, "cancelled", None)
        error = future.exception()
        reason = str(error) or type(error).__name__
        return RowResult(job.row, "failed", None, 0.0, f"on the cluster: {reason}")

    def cancel(self) -> None:
        self._stop.set()
        # Rows a worker holds see the stop event and clean up; the rest are dropped here.
        held = {key for keys in self._client.processing().values() for key in keys}
        waiting = [future for future in self._futures if future.key not in held]
        if waiting:
            self._client.cancel(waiting)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._stop.set()
            self._client.close()
        except Exception:
            pass  # the scheduler is already gone
