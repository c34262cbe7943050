"""What the desktop app sets up before its window: the log, the crash dialog, device permission."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from studio.core.app_log import start_logging
from studio.core.build_info import version_line
from studio.ui.crash_report import CrashReporter
from studio.ui.permissions import ask_device_permissions

log = logging.getLogger("studio")


def prepare_desktop(app: QApplication) -> CrashReporter:
    """Start the log file, install the crash dialog, ask for camera and microphone (macOS)."""
    log_path = start_logging()
    log.info("%s starting", version_line())
    reporter = CrashReporter(log_path)
    reporter.setParent(app)  # lives as long as the application
    reporter.install()
    ask_device_permissions(app)
    return reporter
