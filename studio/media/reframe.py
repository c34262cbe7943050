"""Face-following reframe: a 9:16 window that moves with the subject of a 16:9 clip.

The clip is read once at 5 frames per second and 320 pixels wide, faces are found in each
picture, and the window's centre is the face's centre, with gaps filled, outliers removed by a
median and the path smoothed with a Gaussian over about a second, like a camera operator who
follows calmly. Paths are remembered per file, so a preview and the export share the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from studio.media.clip_reader import open_clip
from studio.media.faces import DETECT_WIDTH, detect_faces
from studio.media.probe import MediaInfo, probe

ANALYSIS_FPS = 5
MEDIAN_SAMPLES = 5  # one second: a single wrong detection cannot move the window
SMOOTHING_SECONDS = 0.6


@dataclass(frozen=True)
class FollowPath:
    """The window centre (fraction of the clip's width) at media times."""

    times: np.ndarray
    centres: np.ndarray

    def centre_at(self, media_time: float) -> float:
        return float(np.interp(media_time, self.times, self.centres))


def smooth_centres(raw: np.ndarray, fps: float) -> np.ndarray:
    """Fill missing detections, drop outliers, smooth. `raw` has NaN where no face was found."""
    found = np.flatnonzero(~np.isnan(raw))
    if found.size == 0:
        return np.full(raw.shape, 0.5)
    filled = np.interp(np.arange(raw.size), found, raw[found])
    half = MEDIAN_SAMPLES // 2
    padded = np.pad(filled, half, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, MEDIAN_SAMPLES)
    median = np.median(windows, axis=1)
    sigma = SMOOTHING_SECONDS * fps
    radius = max(1, int(3 * sigma))
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    smoothed: np.ndarray = np.convolve(np.pad(median, radius, mode="edge"), kernel, "valid")
    return smoothed


def analyse(info: MediaInfo, start: float, length: float) -> FollowPath:
    """Where the main face is over `length` seconds of the clip from `start`."""
    width = min(DETECT_WIDTH, info.width)
    height = max(2, round(info.height * width / info.width) // 2 * 2)
    reader = open_clip(info, width, height, ANALYSIS_FPS, start=start)
    raw: list[float] = []
    try:
        while len(raw) < max(1, round(length * ANALYSIS_FPS)):
            frame = reader.read()
            if frame is None:
                break
            faces = detect_faces(frame)
            raw.append(faces[0].cx if faces else np.nan)
    finally:
        reader.close()
    times = start + np.arange(len(raw)) / ANALYSIS_FPS
    return FollowPath(times, smooth_centres(np.asarray(raw, float), ANALYSIS_FPS))


@lru_cache(maxsize=32)
def _follow_path(path: str, size: int, mtime_ns: int, start: float, length: float) -> FollowPath:
    return analyse(probe(Path(path)), start, length)


def follow_path(info: MediaInfo, start: float, length: float) -> FollowPath:
    stat = info.path.stat()
    return _follow_path(str(info.path), stat.st_size, stat.st_mtime_ns, start, round(length, 3))
