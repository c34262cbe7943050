"""Waiting for a page's jobs: probing, planning and draft writes run off the window's thread,
so a test lets them land before it looks, as a creator's eye would."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, page: Any, timeout: int = 30_000) -> None:
    """Wait until nothing probed, planned or written is on its way to `page` (Edit or Post)."""
    qtbot.waitUntil(lambda: page.settled, timeout=timeout)
