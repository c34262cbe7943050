"""Export: a progress bar with ETA and cancel, then 'open folder' and 'copy caption'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.render_plan import RenderPlan
from studio.ui.jobs import Job, JobRunner
from studio.ui.native_heap import release_free_memory
from studio.ui.workers import export_work


class ExportPanel(QWidget):
    """Runs one export at a time on its job runner; `finished(path)` or `failed(message)` at
    the end. `close()` cancels it and waits until its partial file is gone."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.jobs = JobRunner(self)
        self.worker: Job | None = None  # the export running
        self.caption = ""
        self.output: Path | None = None
        self.export_button = QPushButton(self.tr("Export video"))
        self.export_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.copy_button = QPushButton(self.tr("Copy caption"))
        for button in (self.open_button, self.copy_button):
            button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)
        self.copy_button.clicked.connect(self.copy_caption)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.cancel_button, self.open_button, self.copy_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)

    def block(self, template: str, first_missing: str) -> None:
        """Say why the video cannot be exported yet ("Cannot export yet: {0}")."""
        self.status.setText(template.format(first_missing))
        self.status.setProperty("blocked", template)
        self.bring_into_view()

    def edited(self, first_missing: str | None) -> None:
        """The project changed: a "cannot export" line follows what is still missing (and goes
        when nothing is), and an older export's "Saved ..." no longer describes the video."""
        blocked = self.status.property("blocked")
        if blocked:
            text = str(blocked).format(first_missing) if first_missing else ""
            self.status.setText(text)
            self.status.setProperty("blocked", blocked if first_missing else None)
        elif self.worker is None and self.output is not None and self.bar.value() == 1000:
            self.status.setText("")  # the open-folder button still leads to the older file
            self.bar.setValue(0)

    def bring_into_view(self) -> None:
        """Scroll the form down to this panel: Ctrl+E is pressed wherever the creator is in
        the form, and its progress or refusal showed out of view at the form's foot."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:
            holder.ensureWidgetVisible(self)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, plan: RenderPlan, output: Path, preset: str = "veryfast", crf: int = 20
              ) -> None:  # fmt: skip
        """Begin exporting `plan` to `output` on a worker thread, at the project's quality."""
        if self.worker is not None:
            return
        self.caption = plan.post_text()
        self.output = output
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.open_button.setVisible(False)
        self.copy_button.setVisible(False)
        self.bar.setValue(0)
        self.status.setProperty("blocked", None)
        self.status.setText(self.tr("Exporting…"))
        self.bring_into_view()
        self.worker = self.jobs.submit(
            "export", export_work(plan, output, preset, crf), lane="export",
            item=lambda update: self._progress(*update), done=self._done, failed=self._failed,
            cancelled=self._cancelled,
        )  # fmt: skip

    def show_result(self, path: str | None) -> None:
        """The last export of the draft being shown (or nothing): status lines belong to it."""
        self.bar.setValue(1000 if path else 0)
        self.status.setProperty("blocked", None)
        self.output = Path(path) if path else None
        self.status.setText(self.tr("Saved {0}").format(path) if path else "")
        self.open_button.setVisible(bool(path))
        self.copy_button.setVisible(False)  # the caption is the Post page's now

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def close_jobs(self) -> bool:
        """Cancel the export and wait for it to stop (its partial file removed): the window
        is closing. False if it did not stop in time."""
        return self.jobs.close(30.0)

    def copy_caption(self) -> None:
        QGuiApplication.clipboard().setText(self.caption)
        self.status.setText(self.tr("Caption copied: paste it into the app you post with."))

    def _progress(self, fraction: float, eta: float) -> None:
        self.bar.setValue(round(fraction * 1000))
        left = self.tr("about {0} s left").format(round(eta)) if eta >= 0 else ""
        words = self.tr("Exporting… {0}% {1}").format(round(fraction * 100), left)
        self.status.setText(words.rstrip())  # no time left to say yet: no trailing space

    def _finish(self) -> None:
        self.worker = None
        # the export's frames, freed but kept by the allocator, go back to the system; off the
        # window's thread: handing back 100 MB takes a fraction of a second on a busy machine
        self.jobs.submit("trim", lambda _: release_free_memory())
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, path: str) -> None:
        self._finish()
        self.bar.setValue(1000)
        self.status.setText(self.tr("Saved {0}").format(path))
        self.open_button.setVisible(True)
        self.copy_button.setVisible(True)
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self._finish()
        self.bar.setValue(0)
        self.status.setText(self.tr("Export failed: {0}").format(message))
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._finish()
        self.bar.setValue(0)
        self.status.setText(self.tr("Export cancelled; nothing was saved."))

    def _open_folder(self) -> None:
        if self.output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output.parent)))
