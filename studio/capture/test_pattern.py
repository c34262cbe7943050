"""A paced test camera: ffmpeg plays a lavfi graph in real time into a FIFO that OpenCV opens.

The opencv-python-headless 4.x wheel has no libavdevice, so `cv2.VideoCapture` cannot open a
lavfi graph by name; a FIFO carrying raw frames in NUT is an ordinary stream to it, so the
camera code path (`VideoCapture`, `grab`, `retrieve`) is exactly the webcam's. The `realtime`
filter paces it: 30 fps with about 4 ms of spread, like a USB camera. POSIX only (os.mkfifo).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from studio.media.ffmpeg import ffmpeg_exe


class TestPattern:
    """Feeds `graph` (e.g. `testsrc2=size=1280x720:rate=30`) into a FIFO until closed."""

    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, graph: str) -> None:
        if not hasattr(os, "mkfifo"):
            raise OSError("test pattern cameras need a POSIX system (os.mkfifo)")
        self._folder = Path(tempfile.mkdtemp(prefix="studio-camera-"))
        self.path = self._folder / "camera.nut"
        os.mkfifo(self.path)
        paced = graph if "realtime" in graph else f"{graph},realtime"
        self._process = subprocess.Popen(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-f", "lavfi",
             "-i", paced, "-c:v", "rawvideo", "-pix_fmt", "yuv420p", "-f", "nut", "-y",
             str(self.path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        shutil.rmtree(self._folder, ignore_errors=True)
