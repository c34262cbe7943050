"""A camera read on a thread of its own into a one-frame slot, every frame stamped by the clock.

Frames stay BGR as OpenCV delivers them (the recorder encodes BGR directly; the preview converts
what it shows). A test or a machine without a camera can use any source OpenCV's FFmpeg backend
opens, through the very same `cv2.VideoCapture` path: `lavfi:testsrc2=size=1280x720:rate=30`
is a paced 30 fps camera (see `test_pattern.py`); a video file plays as one (unpaced).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from studio.capture.clock import TrackClock
from studio.capture.test_pattern import TestPattern
from studio.core.errors import StudioError

LAVFI_PREFIX = "lavfi:"
LOST_AFTER_SECONDS = 1.0  # no frame for this long mid-take: the camera is gone
# Frames over which the quickest arrival sets how long after its capture a frame arrives: longer
# than any burst of late frames a busy machine causes, short against the clocks' drift.
DELAY_WINDOW_SECONDS = 5


class CameraError(StudioError, RuntimeError):
    """A camera that cannot be opened; the message names it."""


@dataclass(frozen=True)
class CapturedFrame:
    image: np.ndarray  # H x W x 3 BGR
    index: int  # counts every frame this camera delivered
    captured_at: float  # the clock's `now()` as the frame arrived
    track_position: float | None  # what the creator was hearing then; None when not playing
    arrived: float  # time.monotonic() as the frame arrived (for latency figures)
    source_time: float = 0.0  # the source's own timestamp, where it gives one (diagnostics)

    def rgb(self) -> np.ndarray:
        converted: np.ndarray = cv2.cvtColor(self.image, cv2.COLOR_BGR2RGB)
        return converted


class LatestFrame:
    """Holds only the newest frame: a slow reader skips frames instead of queueing them."""

    def __init__(self) -> None:
        self._frame: CapturedFrame | None = None
        self._changed = threading.Condition()

    def put(self, frame: CapturedFrame) -> None:
        with self._changed:
            self._frame = frame
            self._changed.notify_all()

    def get(self, newer_than: int = -1, timeout: float = 0.0) -> CapturedFrame | None:
        """The newest frame if its index is above `newer_than`, waiting up to `timeout`."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._frame is not None and self._frame.index > newer_than, timeout
            )
            frame = self._frame
        return frame if frame is not None and frame.index > newer_than else None


class CaptureMoments:
    """When each frame was captured, on the recording clock, from the source's own timestamps.

    A busy machine reads the camera late, then several queued frames at once: stamped when they
    arrive, they would bunch together and the picture would drift off the music. The source
    (V4L2 buffer times, a stream's timestamps) says how far apart the frames really are; the
    quickest arrival seen lately says how long after capture a frame arrives at best. A source
    without usable timestamps falls back to the arrival time.
    """

    def __init__(self, fps: int) -> None:
        self.fps = fps
        self._delays: deque[float] = deque(maxlen=max(1, DELAY_WINDOW_SECONDS * fps))
        self._last_source: float | None = None
        self.missed = 0  # frames the source skipped (gaps in its timestamps)

    def moment(self, arrived: float, source_time: float) -> float:
        """The capture moment of a frame that `arrived` (clock time) with `source_time`."""
        last, self._last_source = self._last_source, source_time
        if source_time <= 0:
            self._delays.clear()
            self._last_source = None
            return arrived
        if last is not None and 0 < source_time - last < LOST_AFTER_SECONDS:
            self.missed += max(0, round((source_time - last) * self.fps) - 1)
        elif last is not None:  # went back or jumped (a reopened source): start afresh
            self._delays.clear()
        self._delays.append(arrived - source_time)
        return source_time + min(self._delays)


def _open(source: int | str, pattern: TestPattern | None) -> cv2.VideoCapture:
    if pattern is not None:
        return cv2.VideoCapture(str(pattern.path), cv2.CAP_FFMPEG)
    if isinstance(source, str):
        return cv2.VideoCapture(source, cv2.CAP_FFMPEG)
    api = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
    return cv2.VideoCapture(source, api)


class CameraSource:
    """Frames from `source` (a camera index, a lavfi graph or a file) until closed."""

    def __init__(
        self,
        source: int | str,
        clock: TrackClock,
        width: int = 1280,
        height: int = 720,
        fps: int = 30,
        on_frame: Callable[[CapturedFrame], None] | None = None,
    ) -> None:
        self.source, self.clock, self.on_frame = source, clock, on_frame
        self._pattern: TestPattern | None = None
        if isinstance(source, str) and source.startswith(LAVFI_PREFIX):
            self._pattern = TestPattern(source[len(LAVFI_PREFIX) :])
        self._capture = _open(source, self._pattern)
        if not self._capture.isOpened():
            self._capture.release()
            if self._pattern is not None:
                self._pattern.close()
            raise CameraError(f"cannot open the camera {source!r}")
        if isinstance(source, int):
            # MJPG lets USB cameras send 720p/1080p at 30 fps; raw YUYV often tops out at 10
            self._capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            self._capture.set(cv2.CAP_PROP_FPS, fps)
        self.width = int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH)) or width
        self.height = int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT)) or height
        self.fps = round(self._capture.get(cv2.CAP_PROP_FPS)) or fps
        self.latest = LatestFrame()
        self.frames = 0
        self.moments = CaptureMoments(self.fps)
        self.lost: str | None = None  # why frames stopped, once they have
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._capture_frames()
        except Exception as exc:  # the sound clock or the driver failed: the take keeps its frames
            self.lost = f"the camera stopped ({exc})"

    def _capture_frames(self) -> None:
        last_frame = time.monotonic()
        while not self._stop.is_set():
            if not self._capture.grab():
                if time.monotonic() - last_frame > LOST_AFTER_SECONDS or self._source_ended():
                    self.lost = "the camera stopped sending pictures"
                    return
                time.sleep(0.005)
                continue
            grabbed_at, arrived = self.clock.now(), time.monotonic()
            ok, image = self._capture.retrieve()
            if not ok or image is None:
                continue
            last_frame = arrived
            source_time = self._capture.get(cv2.CAP_PROP_POS_MSEC) / 1000
            captured_at = self.moments.moment(grabbed_at, source_time)
            position = self.clock.position_at(captured_at)
            frame = CapturedFrame(image, self.frames, captured_at, position, arrived, source_time)
            self.frames += 1
            self.latest.put(frame)
            if self.on_frame is not None:
                self.on_frame(frame)

    def _source_ended(self) -> bool:
        """A test source or file that has no more frames (a real camera just waits)."""
        return isinstance(self.source, str)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._capture.release()
        if self._pattern is not None:
            self._pattern.close()
