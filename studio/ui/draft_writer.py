"""The draft written off the window's thread while the creator types: at most one write every
300 ms (the first at once, the last when the typing rests), each atomic, and what is left
written before the window closes. A kill -9 loses at most the last 300 ms of edits."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from studio.core.project import Project, write_state
from studio.ui.jobs import JobRunner

INTERVAL_MS = 300


class DraftWriter(QObject):
    """Writes the attached project's draft after its edits, on `runner`."""

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project: Project | None = None
        self.dirty = False  # edited since the last write began
        self.writes = 0
        self._last = float("-inf")  # when the last write began (monotonic seconds)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._write)

    def attach(self, project: Project | None) -> None:
        """Write `project`'s drafts from now on (the one before is written out first)."""
        self.flush()
        if self.project is not None:
            self.project.autosave = None
        self.project = project
        if project is not None:
            project.autosave = self._edited

    @property
    def settled(self) -> bool:
        """Nothing waits to be written and no write is running."""
        return not self.dirty and not self.runner.busy("draft")

    def flush(self) -> None:
        """Write what is not written yet, now (closing the window or the project)."""
        self._timer.stop()
        self.runner.wait("draft", 10.0)
        if self.dirty and self.project is not None:
            self.dirty = False
            self.project.save()

    def _edited(self, project: Project) -> None:
        if project is not self.project:
            project.save()  # not ours any more: written at once, as without a writer
            return
        self.dirty = True
        self._schedule()

    def _schedule(self) -> None:
        if self.runner.busy("draft") or self._timer.isActive():
            return  # the running write (or the timer) picks this edit up
        wait_ms = INTERVAL_MS - (time.monotonic() - self._last) * 1000
        if wait_ms <= 0:
            self._write()
        else:
            self._timer.start(round(wait_ms))

    def _write(self) -> None:
        project = self.project
        if not self.dirty or project is None or project.path is None:
            return
        self.dirty = False
        self._last = time.monotonic()
        self.writes += 1
        state, path = project.state, project.path
        self.runner.submit("draft", lambda _: write_state(state, path),
                           done=lambda error: self._written(project, error))  # fmt: skip

    def _written(self, project: Project, error: object) -> None:
        project.save_error = error if isinstance(error, str) else None
        if self.dirty:
            self._schedule()
