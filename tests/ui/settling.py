"""Waiting for a page's jobs: probing, planning and draft writes run off the window's thread,
so a test lets them land before it looks, as a creator's eye would."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, page: Any, timeout: int = 30_000) -> None:
    """Wait until nothing probed, planned or written is on its way to `page` (Edit or Post)."""
    qtbot.waitUntil(lambda: page.settled, timeout=timeout)


def wait_for_current_picture(qtbot: Any, page: Any, timeout: int = 30_000) -> None:
    """Wait until Edit's preview shows a frame drawn from the newest plan: after a drag, frames
    from its middle arrive late, close to where the item ended but not on it."""
    settle(qtbot, page, timeout)
    transport = page.transport
    qtbot.waitUntil(
        lambda: (
            transport.last_frame is not None and transport.last_drawn_plan is transport.current_plan
        ),
        timeout=timeout,
    )
