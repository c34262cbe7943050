"""What Record's status line says besides the creator's own actions: the sound device's notice,
the recording session's last notices, what a busy computer did to the last segment, and a camera
that stopped sending pictures.

Its words keep the record page's translation context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.capture.camera import CameraSource
from studio.capture.session import BusyNote, RecordingSession


def status_lines(sound_notice: str | None, session: RecordingSession | None,
                 camera: CameraSource | None) -> list[str]:  # fmt: skip
    """The lines the status line shows now (none: it keeps what it says)."""
    lines = [sound_notice] if sound_notice else []
    if session is not None:
        lines += session.notices[-2:]
        if session.busy is not None:
            lines.append(busy_line(session.busy))
    if camera is not None and camera.lost:
        lines.append(camera.lost)
    return lines


def busy_line(busy: BusyNote) -> str:
    """What a busy computer did to the last segment, and that the take still lines up."""
    translate = QCoreApplication.translate
    if busy.stutters and busy.frames_missed:
        said = translate("RecordPage", "The computer was busy: the music skipped a little and "
                         "the camera missed {0} frames.").format(busy.frames_missed)  # fmt: skip
    elif busy.stutters:
        said = translate("RecordPage", "The computer was busy: the music skipped a little.")
    else:
        said = translate("RecordPage", "The computer was busy: the camera missed {0} frames.")
        said = said.format(busy.frames_missed)
    return said + " " + translate("RecordPage", "Your take still matches the song. Closing "
                                  "other apps helps.")  # fmt: skip
