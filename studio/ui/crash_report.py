"""An uncaught exception is logged and shown in a dialog naming the log file.

The packaged window has no console: without this a crash would simply make the window vanish.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("studio.crash")


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook; shows one dialog per crash."""

    # Worker-thread crashes reach the dialog via a queued signal (widgets live in the GUI thread).
    crashed = Signal(str)

    def __init__(self, log_path: Path | None) -> None:
        super().__init__()
        self.log_path = log_path
        self.shown = 0
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log the traceback and ask the GUI thread to show the dialog."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.critical("uncaught exception\n%s", text)
        print(text, file=sys.stderr)
        summary = f"{kind.__name__}: {error}"
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show(summary)
        else:
            self.crashed.emit(summary)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    @Slot(str)
    def _show(self, summary: str) -> None:
        self.shown += 1
        if not isinstance(QApplication.instance(), QApplication):
            return
        where = str(self.log_path) if self.log_path else self.tr("(no log file could be written)")
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Crossumer Studio ran into a problem"))
        box.setText(
            self.tr("Something went wrong. Your drafts are saved after every edit.")
            + "\n\n"
            + summary
        )
        box.setInformativeText(self.tr("Details are in the log file:\n%1").replace("%1", where))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
