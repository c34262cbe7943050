"""Find faces with the Haar cascade that ships inside opencv-python-headless 4.x.

No model is downloaded at run time: `cv2.data.haarcascades` is part of the wheel (OpenCV 5
dropped it, hence the `<5` pin; see FACTS.md). Detection runs on a grey copy 320 pixels wide,
and a tracker detects only every few frames and eases toward each new detection, so a face
effect costs a few milliseconds per frame on average and does not jitter.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import numpy as np

DETECT_WIDTH = 320
CASCADE = "haarcascade_frontalface_default.xml"


@dataclass(frozen=True)
class Box:
    """A face in fractions of the frame: centre x/y and width/height (0-1)."""

    cx: float
    cy: float
    w: float
    h: float

    def eased(self, target: Box, amount: float) -> Box:
        """Part of the way from this box to `target` (1 = all the way)."""

        def mix(a: float, b: float) -> float:
            return a + (b - a) * amount

        return Box(
            mix(self.cx, target.cx), mix(self.cy, target.cy), mix(self.w, target.w),
            mix(self.h, target.h),
        )  # fmt: skip


_local = threading.local()  # a CascadeClassifier is not shared between threads


def _classifier() -> cv2.CascadeClassifier:
    classifier = getattr(_local, "classifier", None)
    if classifier is None:
        classifier = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADE)  # type: ignore[attr-defined]
        if classifier.empty():
            raise RuntimeError(f"OpenCV has no {CASCADE}; opencv-python-headless 4.x ships it")
        _local.classifier = classifier
    return classifier


def grey_for_detection(frame: np.ndarray) -> np.ndarray:
    """A small grey copy (RGB or already grey input). Not histogram-equalised: on flat
    pictures equalising wipes out the shading the cascade looks for."""
    height, width = frame.shape[:2]
    scale = min(1.0, DETECT_WIDTH / width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # linear, not area: 0.3 ms instead of 2.4 at 540x960, and the cascade does not mind
    small = cv2.resize(frame, size, interpolation=cv2.INTER_LINEAR) if scale < 1 else frame
    grey: np.ndarray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY) if small.ndim == 3 else small
    return grey


def detect_faces(frame: np.ndarray) -> list[Box]:
    """Faces in `frame`, largest first."""
    grey = grey_for_detection(frame)
    height, width = grey.shape[:2]
    # faces under an eighth of the shorter side are not what a sticker or a reframe is for, and
    # skipping the smallest scales halves the cascade's time
    smallest = max(20, min(width, height) // 8)
    found = _classifier().detectMultiScale(
        grey, scaleFactor=1.15, minNeighbors=5, minSize=(smallest, smallest)
    )
    boxes = [
        Box((x + w / 2) / width, (y + h / 2) / height, w / width, h / height)
        for x, y, w, h in found
    ]
    return sorted(boxes, key=lambda box: -box.w * box.h)


class FaceTracker:
    """The main face over a run of frames: detect every `interval` seconds, ease in between.

    Frames may come in any order (a preview scrubs): a jump back or far ahead starts afresh.
    """

    def __init__(self, interval: float = 0.2, easing: float = 0.35, patience: float = 0.6):
        self.interval, self.easing, self.patience = interval, easing, patience
        self._target: Box | None = None
        self._shown: Box | None = None
        self._detected_at = -1e9
        self._seen_at = -1e9
        self._last_t = -1e9

    def face_at(self, frame: np.ndarray, t: float) -> Box | None:
        if t < self._last_t or t - self._last_t > 1.0:
            self._target = self._shown = None
            self._detected_at = self._seen_at = -1e9
        self._last_t = t
        if t - self._detected_at >= self.interval:
            self._detected_at = t
            faces = detect_faces(frame)
            if faces:
                self._target = self._nearest(faces)
                self._seen_at = t
        if self._target is None or t - self._seen_at > self.patience:
            self._shown = None  # lost for a while: the effect disappears rather than floats
            return None
        if self._shown is None:
            self._shown = self._target
        else:
            self._shown = self._shown.eased(self._target, self.easing)
        return self._shown

    def _nearest(self, faces: list[Box]) -> Box:
        """Stay on the same person while several faces are in view."""
        if self._shown is None:
            return faces[0]
        shown = self._shown
        return min(faces, key=lambda f: (f.cx - shown.cx) ** 2 + (f.cy - shown.cy) ** 2)
