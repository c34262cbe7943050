"""Hooks for measuring and proving a start: quit once the window is shown, or screenshot it.

Used by the packaging smoke test and the cold-start measurement, on the installed app as on source:
  STUDIO_QUIT_WHEN_SHOWN=1      quit as soon as the window has been shown and painted
  STUDIO_SCREENSHOT=FILE.png    grab the screen once the window is shown, save it, then quit
Nothing happens when neither is set.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("studio.startup")
SCREENSHOT_DELAY_MS = 1500  # let the first page finish laying out and painting


def arm_startup_probe(app: QApplication, window: QWidget) -> bool:
    """Schedule the quit or screenshot the environment asks for; True when one was armed."""
    screenshot = os.environ.get("STUDIO_SCREENSHOT")
    if screenshot:
        QTimer.singleShot(
            SCREENSHOT_DELAY_MS, lambda: _screenshot_and_quit(app, window, screenshot)
        )
        return True
    if os.environ.get("STUDIO_QUIT_WHEN_SHOWN"):
        # A zero timer fires after the show and first paint events already queued.
        QTimer.singleShot(0, lambda: _quit_when_shown(app, window))
        return True
    return False


def _quit_when_shown(app: QApplication, window: QWidget) -> None:
    window.repaint()
    print(f"studio: window shown ({window.width()}x{window.height()})", file=sys.stderr)
    app.quit()


def _screenshot_and_quit(app: QApplication, window: QWidget, path: str) -> None:
    screen = window.screen()
    # The whole screen, not the widget: proves the window manager-less X server really shows it.
    image = screen.grabWindow(0) if screen is not None else window.grab()
    if not image.save(path):
        print(f"studio: cannot save the screenshot to {path}", file=sys.stderr)
        app.exit(1)
        return
    print(f"studio: screenshot saved to {path}", file=sys.stderr)
    app.quit()
