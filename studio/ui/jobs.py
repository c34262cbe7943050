"""One way to run work off the window's thread: keyed, cancellable jobs (Shotcut's job queue).

A job is a function of a `JobContext` run on a worker thread of one of the runner's lanes. It has
a key: a newer job with the same key supersedes the older, which is cancelled (cooperatively,
through its context's `cancel` token) and whose result is dropped, so the newest request wins.
Its progress, the items it streams, and then its result, its one-line failure or its
cancellation are delivered on the window's thread, to callbacks that may touch widgets.

Lanes keep slow work from queueing in front of quick work: planning and probing (`quick`) never
wait behind a proxy being made (`background`) or an export (`export`).
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from studio.core.errors import Cancelled, StudioError

# threads per lane; "sharp" draws the preview's full-size frame beside the small ones
LANES = {"quick": 2, "background": 1, "export": 1, "preview": 1, "sharp": 1}
# an idle worker waits this long for the next job before it ends: starting a thread blocks the
# window's thread until the new one runs, which on a busy machine costs a keystroke 5-30 ms
IDLE_SECONDS = 10.0


class CancelToken(threading.Event):
    """Set when the job should stop; media functions take it as their `cancel` event."""

    def check(self) -> None:
        """Raise `Cancelled` once the job was asked to stop."""
        if self.is_set():
            raise Cancelled()


def failure_line(exc: BaseException) -> str:
    """What a failed job says in the window: a StudioError's first line, or the first line of
    anything unforeseen (never a traceback)."""
    text = exc.first_line if isinstance(exc, StudioError) else str(exc)
    return text.splitlines()[0] if text.strip() else type(exc).__name__


@dataclass
class JobContext:
    """What a job's work receives: its cancel token, and ways to report while it runs."""

    key: str
    cancel: CancelToken
    _send: Callable[[str, object], None]

    def progress(self, fraction: float) -> None:
        """Report how far the job is (0..1); delivered on the window's thread."""
        self._send("progress", fraction)

    def emit(self, item: object) -> None:
        """Hand a partial result (a preview frame) to the window's thread."""
        self._send("item", item)


Callback = Callable[..., None]


@dataclass(eq=False)
class Job:
    """A submitted job; `state` is queued, running, done, failed, cancelled or superseded."""

    key: str
    lane: str
    work: Callable[[JobContext], object]
    on_done: Callback | None = None
    on_failed: Callable[[str], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    on_progress: Callable[[float], None] | None = None
    on_item: Callback | None = None
    cancel_token: CancelToken = field(default_factory=CancelToken)
    state: str = "queued"
    superseded: bool = False
    number: int = 0  # submission order: a later job of the same key supersedes this one
    thread: threading.Thread | None = None  # the worker running it

    def cancel(self) -> None:
        """Ask the job to stop; it reports `cancelled` when it has."""
        self.cancel_token.set()

    @property
    def finished(self) -> bool:
        return self.state not in ("queued", "running")


class JobRunner(QObject):
    """Runs jobs on worker threads by lane; see the module's docstring.

    `close()` cancels every job and waits for them: the owner calls it before it goes.
    """

    _delivered = Signal(object, str, object)  # job, kind, payload: from a worker thread

    def __init__(self, parent: QObject | None = None, lanes: dict[str, int] | None = None) -> None:
        super().__init__(parent)
        self.lanes = dict(lanes or LANES)
        self._queues: dict[str, deque[Job]] = {lane: deque() for lane in self.lanes}
        self._workers: dict[str, int] = dict.fromkeys(self.lanes, 0)
        self._idle: dict[str, int] = dict.fromkeys(self.lanes, 0)  # workers waiting for a job
        self._live: dict[str, Job] = {}  # the newest job per key, until it has finished
        self._newest: dict[str, int] = {}  # the newest job's number per key, even once finished
        self._submitted = 0
        self._active: set[Job] = set()  # queued or running, superseded ones included
        self._undelivered: set[Job] = set()  # until their outcome is delivered or dropped
        self._threads: set[threading.Thread] = set()
        self._lock = threading.Condition()
        self._closed = False
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- the window's side ----------------------------------------------------------------------
    def submit(
        self,
        key: str,
        work: Callable[[JobContext], object],
        *,
        lane: str = "quick",
        done: Callback | None = None,
        failed: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[float], None] | None = None,
        item: Callback | None = None,
    ) -> Job:
        """Run `work(context)` off the window's thread; an older job of `key` is superseded."""
        job = Job(key, lane, work, done, failed, cancelled, progress, item)
        with self._lock:
            if self._closed:
                job.state = "cancelled"
                return job
            older = self._live.get(key)
            if older is not None:
                self._supersede(older)
            self._submitted += 1
            job.number = self._newest[key] = self._submitted
            self._live[key] = job
            self._active.add(job)
            self._undelivered.add(job)
            self._queues[lane].append(job)
            if self._idle[lane] > len(self._queues[lane]) - 1:
                self._lock.notify_all()  # a waiting worker takes it
            elif self._workers[lane] < self.lanes[lane]:
                self._workers[lane] += 1
                thread = threading.Thread(target=self._serve, args=(lane,), daemon=True,
                                          name=f"studio-{lane}")  # fmt: skip
                self._threads.add(thread)
                thread.start()
        return job

    def cancel(self, key: str) -> None:
        """Ask the job of `key` to stop (it reports `cancelled`, or its result if it ends first)."""
        with self._lock:
            job = self._live.get(key)
        if job is not None:
            job.cancel()

    def job(self, key: str) -> Job | None:
        """The newest job of `key` still queued or running."""
        with self._lock:
            return self._live.get(key)

    def busy(self, key: str | None = None) -> bool:
        """Whether a job (of `key`) is queued or running."""
        with self._lock:
            if key is None:
                return bool(self._active)
            return any(job.key == key for job in self._active)

    def on_its_way(self, key: str) -> bool:
        """Whether a job of `key` has an outcome that has not reached the window's thread yet
        (queued, running, or finished with its result still in the event queue)."""
        with self._lock:
            return any(job.key == key for job in self._undelivered)

    @property
    def settled(self) -> bool:
        """No job is queued or running, and every outcome has reached the window's thread."""
        with self._lock:
            return not self._undelivered

    def wait(self, key: str | None = None, timeout: float = 30.0) -> bool:
        """Block until no job (of `key`) is queued or running; False on timeout. For closing
        and tests: results are still delivered later, by the event loop."""
        with self._lock:
            return self._lock.wait_for(
                lambda: not any(key is None or job.key == key for job in self._active), timeout
            )

    def close(self, timeout: float = 30.0) -> bool:
        """Cancel every job, wait for them to stop and drop what they would deliver."""
        with self._lock:
            self._closed = True
            for job in list(self._active):
                job.cancel()
            self._lock.notify_all()  # idle workers end now
        stopped = self.wait(None, timeout)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, timeout) if stopped else 0.1)
        return stopped

    @Slot(object, str, object)
    def _deliver(self, job: Job, kind: str, payload: object) -> None:
        if kind in ("done", "failed", "cancelled"):
            with self._lock:
                self._undelivered.discard(job)
        if job.superseded or self._closed or self._newest.get(job.key) != job.number:
            return  # a newer request's result is the one the window wants (finished or not)
        callback: Callback | None = {
            "progress": job.on_progress, "item": job.on_item, "done": job.on_done,
            "failed": job.on_failed, "cancelled": job.on_cancelled,
        }[kind]  # fmt: skip
        if callback is None:
            return
        if kind == "cancelled":
            callback()
        else:
            callback(payload)

    # --- the workers' side ----------------------------------------------------------------------
    def _supersede(self, job: Job) -> None:
        """With the lock held: drop a queued job, ask a running one to stop."""
        job.superseded = True
        job.cancel()
        if job.state == "queued":
            self._queues[job.lane].remove(job)
            job.state = "superseded"
            self._active.discard(job)
            self._undelivered.discard(job)
            self._lock.notify_all()

    def _serve(self, lane: str) -> None:
        queue = self._queues[lane]
        while True:
            with self._lock:
                if not queue and not self._closed:
                    self._idle[lane] += 1
                    self._lock.wait_for(lambda: bool(queue) or self._closed, IDLE_SECONDS)
                    self._idle[lane] -= 1
                if not queue:
                    self._workers[lane] -= 1
                    self._threads.discard(threading.current_thread())
                    return
                job = queue.popleft()
                job.state = "running"
                job.thread = threading.current_thread()
            self._run(job)

    def _run(self, job: Job) -> None:
        def send(kind: str, payload: object) -> None:
            if job.superseded or self._closed:
                if kind not in ("progress", "item"):
                    with self._lock:
                        self._undelivered.discard(job)
                return
            with contextlib.suppress(RuntimeError):  # the owner is gone: nobody is left to tell
                self._delivered.emit(job, kind, payload)

        context = JobContext(job.key, job.cancel_token, send)
        kind: str
        payload: Any = None
        try:
            job.cancel_token.check()  # cancelled while it waited
            payload = job.work(context)
            kind = "done"
        except Cancelled:
            kind = "cancelled"
        except Exception as exc:  # every failure becomes one line in the window
            kind, payload = "failed", failure_line(exc)
        with self._lock:
            job.state = "superseded" if job.superseded else kind
            self._active.discard(job)
            if self._live.get(job.key) is job:
                del self._live[job.key]
            self._lock.notify_all()
        send(kind, payload)
