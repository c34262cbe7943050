"""The desktop app's start: a crash shows the log's path, permissions are settled, the window shows."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studio.ui.crash_report import CrashReporter
from studio.ui.permissions import ask_device_permissions


def test_an_uncaught_exception_shows_the_log_path(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = tmp_path / "logs" / "studio.log"
    reporter = CrashReporter(log_path)
    seen: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        box.accept()

    QTimer.singleShot(200, read_and_close)
    try:
        raise ValueError("the clip vanished")
    except ValueError as error:
        reporter.handle(ValueError, error, error.__traceback__)
    assert reporter.shown == 1
    title, text, details = seen[0]
    assert title == "Crossumer Studio ran into a problem"
    assert "ValueError: the clip vanished" in text
    assert str(log_path) in details


def test_a_crash_in_a_worker_thread_reaches_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    import threading

    reporter = CrashReporter(tmp_path / "studio.log")
    reporter.install()
    closed: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            closed.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        QTimer.singleShot(50, close_box)
        qtbot.waitUntil(lambda: bool(closed), timeout=5000)
    finally:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
    assert "ZeroDivisionError" in closed[0]


def test_the_crash_is_written_to_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    handler = logging.FileHandler(tmp_path / "studio.log")
    logging.getLogger().addHandler(handler)
    reporter = CrashReporter(tmp_path / "studio.log")
    QTimer.singleShot(100, lambda: QApplication.activeModalWidget().close())  # type: ignore[union-attr]
    try:
        try:
            raise KeyError("slot")
        except KeyError as error:
            reporter.handle(KeyError, error, error.__traceback__)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logged = (tmp_path / "studio.log").read_text()
    assert "uncaught exception" in logged and "KeyError: 'slot'" in logged and "Traceback" in logged


def test_device_permissions_are_settled_before_devices_open(qtbot: QtBot) -> None:
    # Linux and Windows answer at once (Granted); macOS would show its prompt here.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert ask_device_permissions(app) == {"camera": True, "microphone": True}


def test_the_window_opens_and_quits_when_asked(tmp_path: Path) -> None:
    """The real entry point in a fresh process, as the packaged smoke test and start timing use it."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "STUDIO_DATA_DIR": str(tmp_path / "studio-data"),
        "STUDIO_SCREENSHOT": str(tmp_path / "window.png"),
    }
    started = subprocess.run(
        [sys.executable, "-c", "from studio.cli import gui_main; raise SystemExit(gui_main())"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert "studio: screenshot saved to" in started.stderr
    shot = QImage(str(tmp_path / "window.png"))
    assert not shot.isNull() and shot.width() >= 800
    assert (tmp_path / "studio-data" / "logs" / "studio.log").is_file()
