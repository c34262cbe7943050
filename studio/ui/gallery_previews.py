"""Moving previews for the gallery: a short loop rendered by the engine itself, off the UI
thread, cached in the data folder so each template version is rendered once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from studio import __version__
from studio.core.template import LoadedTemplate
from studio.core.template.loader import TEMPLATE_FILE
from studio.core.user_data import user_data_dir


def loop_cache_dir() -> Path:
    """Where rendered loops are kept (safe to delete: they are made again on hover)."""
    return user_data_dir() / "gallery-previews"


def loop_path(loaded: LoadedTemplate) -> Path:
    """The cached loop of this exact template: a new save or a new studio makes a new one."""
    stat = (loaded.folder / TEMPLATE_FILE).stat()
    key = f"{loaded.folder}|{stat.st_mtime_ns}|{stat.st_size}|{__version__}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return loop_cache_dir() / f"{loaded.slug}-{digest}.gif"


def still_path(loaded: LoadedTemplate) -> Path:
    """The card's still picture: the preview picture, or a moving preview's first frame (made
    once and kept beside the loops)."""
    from studio.media.moving_preview import first_frame, is_moving

    preview = loaded.asset(loaded.template.preview)
    if not is_moving(preview):
        return preview
    target = loop_path(loaded).with_suffix(".png")
    if not target.is_file():
        first_frame(preview, target)
    return target


class _Signals(QObject):
    ready = Signal(str, str)  # template folder, gif path
    failed = Signal(str, str)  # template folder, one-line reason


class _LoopJob(QRunnable):
    def __init__(self, loaded: LoadedTemplate, target: Path, signals: _Signals) -> None:
        super().__init__()
        self.loaded, self.target, self.signals = loaded, target, signals

    def run(self) -> None:
        from studio.media.moving_preview import is_moving, preview_loop
        from studio.media.template_example import example_plan, render_loop

        preview = self.loaded.template.preview
        try:
            if is_moving(preview):  # the designer's own clip: shown as they made it
                preview_loop(self.loaded.asset(preview), self.target)
            else:
                render_loop(example_plan(self.loaded), self.target)
        except Exception as exc:  # reported as one line; the card keeps its still picture
            self.signals.failed.emit(str(self.loaded.folder), str(exc).splitlines()[0])
            return
        # an earlier version of the same template is not needed (`pov-neon-…` is not `pov`'s)
        for older in self.target.parent.glob(f"{self.loaded.slug}-" + "?" * 16 + ".*"):
            if older.stem != self.target.stem:
                older.unlink(missing_ok=True)
        self.signals.ready.emit(str(self.loaded.folder), str(self.target))


class LoopMaker(QObject):
    """Renders loops one at a time in the background; `ready(folder, gif)` when one is made."""

    ready = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)  # two cores, shared with the rest of the studio
        self._signals = _Signals()
        self._signals.ready.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._pending: set[str] = set()

    def request(self, loaded: LoadedTemplate) -> Path | None:
        """The cached loop if there is one; otherwise start making it and return None."""
        target = loop_path(loaded)
        if target.is_file():
            return target
        key = str(loaded.folder)
        if key not in self._pending:
            self._pending.add(key)
            self._pool.start(_LoopJob(loaded, target, self._signals))
        return None

    def _done(self, folder: str, path: str) -> None:
        self._pending.discard(folder)
        self.ready.emit(folder, path)

    def _failed(self, folder: str, reason: str) -> None:
        self._pending.discard(folder)
        self.failed.emit(folder, reason)

    def shutdown(self) -> None:
        """Drop loops not started yet and wait for the one being made (it ends by itself)."""
        self._pool.clear()
        self._pool.waitForDone(30_000)
