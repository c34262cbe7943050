"""Sources opened on a thread of their own before their slot shows (the export of a layered plan).

Opening a slot's source is work the compose thread used to do at the very frame the slot first
showed: a 12 MP photo decoded and scaled (0.2-0.4 s), a clip's decoder started and read up to its
in-point. Meanwhile the encoder ran out of frames (it keeps four) and a core stood idle, at every
photo of a photo dump. Here the next slot's source is opened on a worker thread while the slots
before it play; the compose thread takes it ready when the slot shows, or waits for the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, Protocol, TypeVar


class Closable(Protocol):
    def close(self) -> None: ...


Source = TypeVar("Source", bound=Closable)


class OpeningAhead(Generic[Source]):
    """At most one source being opened at a time, by slot id; the pool starts on first use."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._opening: dict[str, Future[Source]] = {}

    def __contains__(self, slot_id: str) -> bool:
        return slot_id in self._opening

    def start(self, slot_id: str, open_source: Callable[[], Source]) -> None:
        """Open `slot_id`'s source on the worker thread (queued behind any other)."""
        if slot_id in self._opening:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="open-ahead")
        self._opening[slot_id] = self._pool.submit(open_source)

    def take(self, slot_id: str) -> Source | None:
        """The source opened for `slot_id`, once it is (None when none was started); an error
        in opening it is raised here, on the thread that asked, as if it had opened it."""
        future = self._opening.pop(slot_id, None)
        return future.result() if future is not None else None

    def drop(self, slot_id: str) -> None:
        """Forget `slot_id`'s source, closing it once it is open."""
        future = self._opening.pop(slot_id, None)
        if future is not None and not future.cancel():
            future.add_done_callback(_close_result)

    def close(self) -> None:
        """Close every source opened and not taken, and end the worker thread."""
        for slot_id in list(self._opening):
            self.drop(slot_id)
        if self._pool is not None:
            self._pool.shutdown(wait=True)  # a source being opened finishes, then is closed
            self._pool = None


def _close_result(future: Future[Source]) -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().close()
