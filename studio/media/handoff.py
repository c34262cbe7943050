"""Handing items between threads through a bounded queue without hanging when work stops."""

from __future__ import annotations

import queue
import threading
from typing import TypeVar

T = TypeVar("T")


def put_unless_stopped(target: queue.Queue[T], item: T, stop: threading.Event) -> bool:
    """Put `item`, waiting for room, but give up once `stop` is set; True when it was put."""
    while not stop.is_set():
        try:
            target.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False
