"""Takes into videos: the segments just recorded, or a take kept on disk, assembled off the UI
thread into the take's video, handed on with `ready`.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Signal

from studio.capture.take import Take, assemble_take, find_takes
from studio.media.filters import Filter, FilterChain, FilterError
from studio.ui.jobs import JobContext, JobRunner
from studio.ui.locale_numbers import local_number
from studio.ui.widgets.record_panel import RecordPanel

RECENT_TAKES = 12


class TakeAssembly(QObject):
    """The takes in `takes_folder` (newest first, listed on `panel`) and their assembly into
    one video on `runner`, with the cut-out `cutout()` makes (a new one, or None; FilterError
    when it cannot run) and the look `look()` gives, as the preview showed them. Emits
    `ready(path)` with the video and `said(line)` with what the record page's status line should
    say."""

    ready = Signal(str)
    said = Signal(str)

    def __init__(self, panel: RecordPanel, takes_folder: Path, runner: JobRunner,
                 look: Callable[[], Filter | None],
                 cutout: Callable[[], Filter | None] = lambda: None) -> None:  # fmt: skip
        super().__init__(panel)
        self.panel = panel
        self.takes_folder = takes_folder
        self.runner = runner
        self.look = look
        self.cutout = cutout
        self.recent: list[Take] = []
        panel.use_take_button.clicked.connect(self._use_recent)

    def assemble(self, take: Take) -> None:
        """Put `take` together off the UI thread, then `ready(path)`."""
        self.said.emit(QCoreApplication.translate("RecordPage", "Putting your take together…"))
        output, look = take.folder / "take.mp4", self.look()
        try:
            cutout = self.cutout()  # its own segmenter: the preview keeps running
        except FilterError as exc:
            cutout = None
            self.said.emit(exc.first_line)

        started: list[bool] = []

        def work(context: JobContext) -> Path:
            started.append(True)
            chain = FilterChain([item for item in (cutout, look) if item is not None])
            try:  # the cut-out first, then the look
                return assemble_take(take, output, look=chain or None, cancel=context.cancel)
            finally:
                if cutout is not None:
                    cutout.close()

        def cancelled() -> None:
            if cutout is not None and not started:  # cancelled before it began
                cutout.close()
            self._cancelled()

        self.runner.submit(f"take:{take.folder}", work, lane="export", done=self._assembled,
                           failed=self._failed, cancelled=cancelled)  # fmt: skip

    def _failed(self, message: str) -> None:
        text = QCoreApplication.translate("RecordPage", "Cannot assemble the take: {0}")
        self.said.emit(text.format(message))

    def _cancelled(self) -> None:  # stopped on request: not a failure
        text = QCoreApplication.translate(
            "RecordPage", "Stopped putting the take together; it stays in your recent takes."
        )
        self.said.emit(text)

    def _assembled(self, path: Path) -> None:
        self.ready.emit(str(path))
        self.said.emit(QCoreApplication.translate("RecordPage", "Take ready."))

    def show_recent(self) -> None:
        """Takes on disk, newest first; one cut short by a crash says so."""
        self.recent = find_takes(self.takes_folder)[:RECENT_TAKES]
        combo = self.panel.takes_combo
        combo.clear()
        for take in self.recent:
            label = QCoreApplication.translate("RecordPage", "{0} · {1} s")
            label = label.format(take_time(take), local_number(take.duration, 1))
            if take.interrupted:
                label += " " + QCoreApplication.translate("RecordPage", "(recovered)")
            combo.addItem(label)
        has_takes = bool(self.recent)
        combo.setEnabled(has_takes)
        self.panel.use_take_button.setEnabled(has_takes)

    def _use_recent(self) -> None:
        index = self.panel.takes_combo.currentIndex()
        if 0 <= index < len(self.recent):
            self.assemble(self.recent[index])


def take_time(take: Take) -> str:
    """When `take` was recorded, as the creator's language writes a date and time (the folder's
    stamp, `take-20261206-210832`, is for sorting, not for reading)."""
    stamp = take.folder.name.removeprefix("take-")[:15]
    moment = QDateTime.fromString(stamp, "yyyyMMdd-HHmmss")
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
