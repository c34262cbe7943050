"""Camera and microphone permission, asked through Qt before any device is opened.

macOS kills a process that opens the camera or microphone without consent being settled (and
without the Info.plist usage strings); asking first through QCameraPermission and
QMicrophonePermission (Qt 6.5+) shows the system prompt instead. Elsewhere Qt answers Granted at
once, so this is a no-op on Linux and Windows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCameraPermission,
    QEventLoop,
    QMicrophonePermission,
    QPermission,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication

log = logging.getLogger("studio.permissions")
PROMPT_TIMEOUT_MS = 120_000  # a prompt left unanswered must not hang the start for ever


def device_permissions() -> dict[str, QCameraPermission | QMicrophonePermission]:
    """The permissions the record page needs, by name: camera and microphone."""
    return {"camera": QCameraPermission(), "microphone": QMicrophonePermission()}


def ask_device_permissions(app: QApplication) -> dict[str, bool]:
    """Ask for each permission still undetermined and wait for the answers; name -> granted."""
    answers: dict[str, bool] = {}
    for name, permission in device_permissions().items():
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            status = _request(app, permission)
        answers[name] = status == Qt.PermissionStatus.Granted
        if not answers[name]:
            log.warning("%s permission not granted: recording will not use it", name)
    return answers


def _request(
    app: QApplication, permission: QCameraPermission | QMicrophonePermission
) -> Qt.PermissionStatus:
    """Show the system prompt and wait (with a local event loop) for the user's answer."""
    loop = QEventLoop()
    answer: list[Qt.PermissionStatus] = []

    def answered(result: QPermission) -> None:
        answer.append(result.status())
        loop.quit()

    app.requestPermission(permission, app, answered)
    if not answer:
        QTimer.singleShot(PROMPT_TIMEOUT_MS, loop.quit)
        loop.exec()
    return answer[0] if answer else app.checkPermission(permission)
