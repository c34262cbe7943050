"""A duet's (or reaction's) other clip, opened and decoded off the UI thread and shown beside the
camera at the soundtrack's position, so the creator records in time with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.capture.clock import TrackClock
from studio.capture.duet_playback import DuetPlayback
from studio.ui.jobs import JobContext, JobRunner
from studio.ui.widgets.duet_view import DuetView


def open_duet_clip(path: Path, context: JobContext) -> tuple[DuetPlayback, bool]:
    """The clip ready to play and whether it has a sound of its own (a job: it probes)."""
    from studio.media.probe import probe

    has_audio = probe(path).has_audio
    playback = DuetPlayback(path)
    if context.cancel.is_set():  # a newer clip was asked for: nobody will take this one
        playback.close()  # (its decoder starts with the first frame asked for: none yet)
    context.cancel.check()
    return playback, has_audio


class DuetBeside(QObject):
    """The other clip of a duet and the view it plays in; hidden when recording alone.

    Emits `opened(path, has_audio)` once a clip asked for with `set_clip` plays, `failed(line)`
    when it cannot be read."""

    opened = Signal(object, bool)
    failed = Signal(str)

    def __init__(self, view: DuetView, runner: JobRunner) -> None:
        super().__init__(view)
        self.view = view
        self.runner = runner
        self.path: Path | None = None  # the clip asked for last (playing, or being opened)
        self.playback: DuetPlayback | None = None

    def set_clip(self, path: Path | None) -> None:
        """Play `path` beside the camera (None: alone); the clip asked for last wins."""
        if path == self.path:
            return
        self.path = path
        self._close()
        self.view.setVisible(path is not None)
        if path is None:  # a clip still being opened is dropped
            self.runner.submit("duet", lambda _: None)
            return
        self.runner.submit("duet", lambda context: open_duet_clip(path, context),
                           done=self._opened, failed=self.failed.emit)  # fmt: skip

    def _opened(self, opened: tuple[DuetPlayback, bool] | None) -> None:
        if opened is None:
            return
        playback, has_audio = opened
        if playback.path != self.path:  # superseded while delivered: not shown
            playback.close()
            return
        self.playback = playback
        self.opened.emit(playback.path, has_audio)

    def _close(self) -> None:
        if self.playback is not None:
            self.playback.close()
            self.playback = None

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

    def close(self) -> None:
        """Stop the clip's decoder (the window is closing)."""
        self.path = None
        self._close()
