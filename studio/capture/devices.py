"""Which cameras and sound devices this machine has, by human-readable name."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

V4L_SYSFS = Path("/sys/class/video4linux")


@dataclass(frozen=True)
class Camera:
    """A camera OpenCV can open: `index` for `cv2.VideoCapture(index)`."""

    index: int
    name: str


@dataclass(frozen=True)
class SoundDevice:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float


def list_cameras(sysfs: Path = V4L_SYSFS) -> list[Camera]:
    """Cameras with names. On Linux from sysfs (no device is opened); elsewhere probed by index."""
    if sys.platform.startswith("linux"):
        cameras = []
        for node in sorted(sysfs.glob("video*"), key=lambda p: int(p.name[5:] or 0)):
            index_file = node / "index"
            # Each camera exposes several nodes; index 0 is the one that captures.
            if index_file.is_file() and index_file.read_text().strip() not in ("", "0"):
                continue
            name_file = node / "name"
            name = name_file.read_text().strip() if name_file.is_file() else node.name
            cameras.append(Camera(int(node.name[5:]), name))
        return cameras
    return _probe_cameras()


def _probe_cameras(limit: int = 4) -> list[Camera]:
    import cv2

    found = []
    for index in range(limit):
        capture = cv2.VideoCapture(index)
        if capture.isOpened():
            found.append(Camera(index, f"Camera {index + 1}"))
        capture.release()
    return found


def portaudio_problem() -> str | None:
    """Why sounddevice cannot be used here, or None when it can."""
    try:
        import sounddevice  # noqa: F401
    except OSError as exc:  # the PortAudio library itself is missing
        return f"PortAudio is not installed ({exc}); install libportaudio2"
    except ImportError as exc:
        return f"sounddevice is not installed ({exc})"
    return None


def list_sound_devices() -> list[SoundDevice]:
    """Every PortAudio device; empty when PortAudio is unavailable."""
    if portaudio_problem():
        return []
    import sounddevice

    devices = []
    for index, info in enumerate(sounddevice.query_devices()):
        devices.append(
            SoundDevice(
                index,
                str(info["name"]),
                int(info["max_input_channels"]),
                int(info["max_output_channels"]),
                float(info["default_samplerate"]),
            )
        )
    return devices
