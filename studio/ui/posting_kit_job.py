"""Saving the posting kit off the UI thread: the post page's progress, Save/Cancel/Open buttons
and status line follow the job, and the hashtags used go into the history.

Its words keep the post page's translation context, where they were first written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from studio.core.platforms import Platform
from studio.core.post.caption import hashtags_in
from studio.core.post.preflight import TextBox
from studio.core.post.suggest import TagHistory
from studio.ui.jobs import Job, JobContext, JobRunner


class PostingKitJob(QObject):
    """The kit being saved on `runner` (`job`), shown on the given widgets, and the folder of the
    last one saved. Emits `saved(folder)`, and `history_changed(TagHistory)` on the window's
    thread once the kit's hashtags are in the history."""

    saved = Signal(str)
    history_changed = Signal(object)

    def __init__(self, runner: JobRunner, progress: QProgressBar, save_button: QPushButton,
                 cancel_button: QPushButton, open_button: QPushButton,
                 status: QLabel) -> None:  # fmt: skip
        super().__init__(status)
        self.runner = runner
        self.progress, self.status = progress, status
        self.save_button, self.cancel_button = save_button, cancel_button
        self.open_button = open_button
        self.job: Job | None = None
        self.folder: Path | None = None
        open_button.clicked.connect(self._open_folder)

    def start(
        self,
        output_folder: Path,
        video: Path,
        platforms: list[Platform],
        caption: str,
        title: str | None,
        seconds: float,
        cover_title: str | None,
        texts: tuple[TextBox, ...],
    ) -> None:
        """Save the kit of `video` for `platforms` into `output_folder`, off the UI thread."""
        from studio.media.kit import make_kit

        folder = output_folder / f"{video.stem}-kit"

        # the export's auto captions, written beside it, go into each platform's folder too
        subtitles = tuple(p for p in (video.with_suffix(".srt"), video.with_suffix(".vtt"))
                          if p.is_file())  # fmt: skip

        def work(context: JobContext) -> tuple[Path, TagHistory]:
            kit = make_kit(video, folder, platforms, caption, title, seconds, cover_title,
                           texts, stop=context.cancel, subtitles=subtitles)  # fmt: skip
            history = TagHistory.load()  # fresh: the CLI may have posted in the meantime
            history.record(hashtags_in(caption))
            return kit.folder, history  # the page takes the history on its own thread

        self.job = self.runner.submit("kit", work, lane="export", done=self._done,
                                      failed=self._failed, cancelled=self._cancelled)  # fmt: skip
        self.progress.setRange(0, 0)  # busy: a kit is a few ffmpeg steps
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("PostPage", "Saving the posting kit…"))

    def cancel(self) -> None:
        """Stop the kit being saved; nothing of it is left."""
        if self.job is not None:
            self.job.cancel()
            self.status.setText(QCoreApplication.translate("PostPage", "Cancelling…"))

    def _finished(self, value: int) -> None:
        self.job = None
        self.progress.setRange(0, 1)
        self.save_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(value)

    def _done(self, result: tuple[Path, TagHistory]) -> None:
        folder, history = result
        self._finished(1)
        self.folder = folder
        self.history_changed.emit(history)
        self.open_button.setVisible(True)
        text = QCoreApplication.translate("PostPage", "Saved in {0}")
        self.status.setText(text.format(folder))
        self.saved.emit(str(folder))

    def _failed(self, message: str) -> None:
        self._finished(0)
        text = QCoreApplication.translate("PostPage", "Could not save the kit: {0}")
        self.status.setText(text.format(message))

    def _cancelled(self) -> None:
        self._finished(0)
        text = QCoreApplication.translate("PostPage", "Cancelled; nothing was saved.")
        self.status.setText(text)

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
