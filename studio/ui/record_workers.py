"""The record page's camera preview: the newest camera frame, 9:16, in the chosen look, drawn by
a long-lived job on the page's job runner (`ui/jobs.py`), as are loading a track, the look
thumbnails and the take's assembly.

It touches no widget: it hands finished QImages to the window's thread through a signal.
"""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from studio.capture.camera import CameraSource
from studio.media.filters import Filter
from studio.media.filters.matte import flatten
from studio.ui.jobs import JobContext, JobRunner
from studio.ui.workers import frame_to_image

PREVIEW_HEIGHT = 960


def vertical_crop(frame: np.ndarray) -> np.ndarray:
    """The centre 9:16 of a landscape frame (a portrait frame is cropped to 9:16 too)."""
    height, width = frame.shape[:2]
    if width * 16 > height * 9:
        crop = height * 9 // 16
        left = (width - crop) // 2
        return frame[:, left : left + crop]
    crop = width * 16 // 9
    top = (height - crop) // 2
    return frame[top : top + crop]


class CameraPreview(QObject):
    """Newest camera frame -> 9:16, mirrored, the chosen look, the ghost -> `frame_ready`,
    from `start()` to `stop()`, as the job `camera` on `runner`'s preview lane."""

    frame_ready = Signal(QImage)

    def __init__(self, camera: CameraSource, runner: JobRunner) -> None:
        super().__init__()
        self.camera = camera
        self.runner = runner
        self.look: Filter | None = None
        # the creator cut out of their room (remove-background), swapped in by `use_cutout` and
        # used and closed only on this thread
        self.cutout: Filter | None = None
        self._next_cutout: tuple[Filter | None] | None = None  # handed over, not yet in use
        self._cutout_lock = threading.Lock()
        self.ghost: np.ndarray | None = None  # BGR, the previous segment's last frame
        # (the ghost itself, size, scaled): holding the array keeps identity comparisons sound
        self._ghost_small: tuple[np.ndarray, tuple[int, int], np.ndarray] | None = None
        self.mirror = True
        self.latest_rgb: np.ndarray | None = None  # for thumbnails

    def start(self) -> None:
        self.runner.submit("camera", self.run, lane="preview", item=self.frame_ready.emit)

    def stop(self) -> None:
        """Stop drawing, wait (up to 2 s) for the loop to end, then close the cut-outs."""
        self.runner.cancel("camera")
        self.runner.wait("camera", 2.0)
        for cutout in (self.cutout, *(self._next_cutout or ())):
            if cutout is not None:
                cutout.close()
        self.cutout, self._next_cutout = None, None

    def use_cutout(self, cutout: Filter | None) -> None:
        """Show the creator cut out in front of a picture (None: the room as it is) from the
        next frame; the cut in use is closed on the preview's own thread."""
        with self._cutout_lock:
            unused, self._next_cutout = self._next_cutout, (cutout,)
        if unused is not None and unused[0] is not None:
            unused[0].close()  # handed over and replaced before a frame used it

    def run(self, context: JobContext) -> None:
        newest = -1
        while not context.cancel.is_set():
            frame = self.camera.latest.get(newer_than=newest, timeout=0.2)
            if frame is None:
                continue
            newest = frame.index
            context.emit(frame_to_image(self.render(frame.image)))

    def render(self, image: np.ndarray) -> np.ndarray:
        crop = vertical_crop(image)
        scale = min(1.0, PREVIEW_HEIGHT / crop.shape[0])
        size = (max(2, round(crop.shape[1] * scale)), max(2, round(crop.shape[0] * scale)))
        small = cv2.resize(crop, size, interpolation=cv2.INTER_AREA)
        ghost = self.ghost
        if ghost is not None:  # the last frame of the previous segment, faintly, to line up
            small = cv2.addWeighted(small, 0.6, self._scaled_ghost(ghost, size), 0.4, 0)
        if self.mirror:
            small = cv2.flip(small, 1)
        rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
        self.latest_rgb = rgb
        with self._cutout_lock:
            handed, self._next_cutout = self._next_cutout, None
        if handed is not None:
            previous, self.cutout = self.cutout, handed[0]
            if previous is not None:
                previous.close()
        if self.cutout is not None:  # smoothed over time: it needs the real time between frames
            rgb = flatten(self.cutout.apply(rgb, time.monotonic()))
        look = self.look
        return look.apply(rgb, 0.0) if look is not None else rgb

    def _scaled_ghost(self, ghost: np.ndarray, size: tuple[int, int]) -> np.ndarray:
        """The ghost at preview size, scaled once per segment rather than once per frame."""
        cached = self._ghost_small
        if cached is None or cached[0] is not ghost or cached[1] != size:
            scaled = cv2.resize(vertical_crop(ghost), size, interpolation=cv2.INTER_AREA)
            cached = self._ghost_small = (ghost, size, scaled)
        return cached[2]
