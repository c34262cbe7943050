"""Moving previews for the gallery: a short loop rendered by the engine itself, off the UI
thread, cached in the data folder so each template version is rendered once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio import __version__
from studio.core.template import LoadedTemplate
from studio.core.template.loader import TEMPLATE_FILE
from studio.core.user_data import user_data_dir
from studio.ui.jobs import JobRunner


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
    once and kept beside the loops; decoding it is a job's work, see `LoopMaker.still`)."""
    from studio.media.moving_preview import first_frame

    target = made_still(loaded)
    if target is not None:
        return target
    target = loop_path(loaded).with_suffix(".png")
    first_frame(loaded.asset(loaded.template.preview), target)
    return target


def made_still(loaded: LoadedTemplate) -> Path | None:
    """The card's still picture when nothing needs decoding for it (a picture, or a first frame
    made before), else None."""
    from studio.media.moving_preview import is_moving

    preview = loaded.asset(loaded.template.preview)
    if not is_moving(preview):
        return preview
    target = loop_path(loaded).with_suffix(".png")
    return target if target.is_file() else None


def _make_loop(loaded: LoadedTemplate, target: Path) -> str:
    from studio.media.moving_preview import is_moving, preview_loop
    from studio.media.template_example import example_plan, render_loop

    preview = loaded.template.preview
    if is_moving(preview):  # the designer's own clip: shown as they made it
        preview_loop(loaded.asset(preview), target)
    else:
        render_loop(example_plan(loaded), target)
    # an earlier version of the same template is not needed (`pov-neon-…` is not `pov`'s), nor
    # its first frame
    for older in target.parent.glob(f"{loaded.slug}-" + "?" * 16 + ".*"):
        if older.stem != target.stem:
            older.unlink(missing_ok=True)
    return str(target)


class LoopMaker(QObject):
    """Renders loops one at a time in the background; `ready(folder, gif)` when one is made,
    `failed(folder, one line)` when not (the card keeps its still picture). Decodes moving
    previews' first frames too: `still_ready(folder, png)`."""

    ready = Signal(str, str)
    failed = Signal(str, str)
    still_ready = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        # one at a time: two cores, shared with the rest of the studio; a first frame (a card
        # without a picture) does not wait behind a loop
        self.jobs = JobRunner(self, {"background": 1, "quick": 1})

    def still(self, loaded: LoadedTemplate) -> Path | None:
        """The card's still picture if it is at hand; otherwise start decoding it (the moving
        preview's first frame) and return None: `still_ready` brings it."""
        target = made_still(loaded)
        if target is not None:
            return target
        key = f"still:{loaded.folder}"
        if not self.jobs.busy(key):
            folder = str(loaded.folder)
            self.jobs.submit(key, lambda _: str(still_path(loaded)),
                             done=lambda png: self.still_ready.emit(folder, png))  # fmt: skip
        return None

    def request(self, loaded: LoadedTemplate) -> Path | None:
        """The cached loop if there is one; otherwise start making it and return None."""
        target = loop_path(loaded)
        if target.is_file():
            return target
        key = str(loaded.folder)
        if not self.jobs.busy(key):
            self.jobs.submit(key, lambda _: _make_loop(loaded, target), lane="background",
                             done=lambda gif: self.ready.emit(key, gif),
                             failed=lambda reason: self.failed.emit(key, reason))  # fmt: skip
        return None

    def shutdown(self) -> None:
        """Drop loops not started yet and wait for the one being made (it ends by itself)."""
        self.jobs.close()
