"""Saving the posting kit off the UI thread: the post page's progress, Save/Cancel/Open buttons
and status line follow the job, and the hashtags used go into the history.

Its words keep the post page's translation context, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from studio.core.platforms import Platform
from studio.core.post.caption import hashtags_in
from studio.core.post.preflight import TextBox
from studio.core.post.suggest import TagHistory
from studio.ui.record_workers import Job

if TYPE_CHECKING:
    from studio.ui.pages.post_page import PostPage


class PostingKitJob:
    """The post page's kit being saved (`job`), and the folder of the last one saved."""

    def __init__(self, page: PostPage) -> None:
        self.page = page
        self.job: Job | None = None
        self.folder: Path | None = None
        page.open_button.clicked.connect(self._open_folder)

    def start(
        self,
        video: Path,
        platforms: list[Platform],
        caption: str,
        title: str | None,
        seconds: float,
        cover_title: str | None,
        texts: tuple[TextBox, ...],
    ) -> None:
        """Save the kit of `video` for `platforms` into the output folder, off the UI thread."""
        from studio.media.kit import make_kit

        page = self.page
        folder = page.output_folder / f"{video.stem}-kit"
        job: Job

        # the export's auto captions, written beside it, go into each platform's folder too
        subtitles = tuple(p for p in (video.with_suffix(".srt"), video.with_suffix(".vtt"))
                          if p.is_file())  # fmt: skip

        def work() -> Path:
            kit = make_kit(video, folder, platforms, caption, title, seconds, cover_title,
                           texts, stop=job.cancel, subtitles=subtitles)  # fmt: skip
            history = TagHistory.load()  # fresh: the CLI may have posted in the meantime
            history.record(hashtags_in(caption))
            page.history = history
            return kit.folder

        job = Job(work)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        page.progress.setRange(0, 0)  # busy: a kit is a few ffmpeg steps
        page.save_button.setEnabled(False)
        page.cancel_button.setEnabled(True)
        page.status.setText(QCoreApplication.translate("PostPage", "Saving the posting kit…"))
        page.jobs.start(job)

    def cancel(self) -> None:
        """Stop the kit being saved; nothing of it is left."""
        if self.job is not None:
            self.job.cancel.set()
            self.page.status.setText(QCoreApplication.translate("PostPage", "Cancelling…"))

    def _finished(self, value: int) -> None:
        self.job = None
        self.page.progress.setRange(0, 1)
        self.page.save_button.setEnabled(True)
        self.page.cancel_button.setEnabled(False)
        self.page.progress.setValue(value)

    def _done(self, folder: object) -> None:
        self._finished(1)
        self.folder = Path(str(folder))
        self.page.open_button.setVisible(True)
        text = QCoreApplication.translate("PostPage", "Saved in {0}")
        self.page.status.setText(text.format(folder))
        self.page.kit_saved.emit(str(folder))

    def _failed(self, message: str) -> None:
        self._finished(0)
        text = QCoreApplication.translate("PostPage", "Could not save the kit: {0}")
        self.page.status.setText(text.format(message))

    def _cancelled(self) -> None:
        self._finished(0)
        text = QCoreApplication.translate("PostPage", "Cancelled; nothing was saved.")
        self.page.status.setText(text)

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
