"""Takes into videos: the segments just recorded, or a take kept on disk, assembled off the UI
thread into the take's video, which the record page hands on with `take_ready`.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from studio.capture.take import Take, find_takes
from studio.media.filters import FilterError
from studio.ui.locale_numbers import local_number
from studio.ui.record_workers import take_job

if TYPE_CHECKING:
    from studio.ui.pages.record_page import RecordPage

RECENT_TAKES = 12


class TakeAssembly:
    """The record page's takes on disk (newest first) and their assembly into one video."""

    def __init__(self, page: RecordPage) -> None:
        self.page = page
        self.recent: list[Take] = []
        page.panel.use_take_button.clicked.connect(self._use_recent)

    def assemble(self, take: Take) -> None:
        """Put `take` together off the UI thread, then the page emits `take_ready`."""
        page = self.page
        page.say(QCoreApplication.translate("RecordPage", "Putting your take together…"))
        look = page.preview.look if page.preview else None
        try:
            cutout = page.background.cutout()  # its own segmenter: the preview keeps running
        except FilterError as exc:
            cutout = None
            page.say(exc.first_line)
        job = take_job(take, take.folder / "take.mp4", look, cutout)
        job.done.connect(lambda path: page.take_ready.emit(str(path)))
        job.done.connect(
            lambda _: page.say(QCoreApplication.translate("RecordPage", "Take ready."))
        )
        job.failed.connect(
            lambda m: page.say(
                QCoreApplication.translate("RecordPage", "Cannot assemble the take: {0}").format(m)
            )
        )
        page.jobs.start(job)

    def show_recent(self) -> None:
        """Takes on disk, newest first; one cut short by a crash says so."""
        self.recent = find_takes(self.page.takes_folder)[:RECENT_TAKES]
        combo = self.page.panel.takes_combo
        combo.clear()
        for take in self.recent:
            label = QCoreApplication.translate("RecordPage", "{0} · {1} s")
            label = label.format(take_time(take), local_number(take.duration, 1))
            if take.interrupted:
                label += " " + QCoreApplication.translate("RecordPage", "(recovered)")
            combo.addItem(label)
        has_takes = bool(self.recent)
        combo.setEnabled(has_takes)
        self.page.panel.use_take_button.setEnabled(has_takes)

    def _use_recent(self) -> None:
        index = self.page.panel.takes_combo.currentIndex()
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
