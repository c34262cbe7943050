"""A duet's (or reaction's) other clip, decoded off the UI thread and shown beside the camera at
the soundtrack's position, so the creator records in time with it."""

from __future__ import annotations

from pathlib import Path

from studio.capture.clock import TrackClock
from studio.capture.duet_playback import DuetPlayback
from studio.ui.widgets.duet_view import DuetView


class DuetBeside:
    """The other clip of a duet and the view it plays in; hidden when recording alone."""

    def __init__(self, view: DuetView) -> None:
        self.view = view
        self.playback: DuetPlayback | None = None

    def set_clip(self, path: Path | None) -> bool:
        """Play `path` beside the camera (None: alone); True when a new clip was opened."""
        if self.playback is not None and self.playback.path == path:
            return False
        if self.playback is not None:
            self.playback.close()
            self.playback = None
        self.view.setVisible(path is not None)
        if path is None:
            return False
        self.playback = DuetPlayback(path)
        return True

    def pause(self) -> None:
        """Stop decoding; it restarts where needed when a frame is asked for again."""
        if self.playback is not None:
            self.playback.close()

    def show(self, clock: TrackClock | None, start: float) -> None:
        """Show the frame at the clock's position, or at `start` without a clock."""
        if self.playback is None:
            return
        position = clock.position_at(clock.now()) if clock is not None else None
        self.view.show_rgb(self.playback.frame_at(start if position is None else position))
