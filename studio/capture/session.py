"""A recording session: countdown, segments recorded against the soundtrack, delete, speed.

No Qt and no threads of its own: the camera thread hands frames in (`on_frame`), and the
caller (the record page, a test, the benchmark) calls `tick()` a few dozen times a second to
run the countdown and the automatic stop. Segments follow each other in the track: each starts
where the last one ended, and deleting one rewinds the track to where it began.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

import numpy as np

from studio.capture.camera import CameraSource, CapturedFrame
from studio.capture.clock import TrackClock
from studio.capture.segment_writer import SegmentMeta, SegmentWriter, segment_paths
from studio.capture.take import TAKE_FILE, Take, load_take, write_take_file

SPEEDS = (0.5, 1.0, 2.0, 3.0)
COUNTDOWNS = (0, 3, 10)
MAX_LENGTHS = (15.0, 60.0, 180.0, 600.0)
State = Literal["ready", "countdown", "recording", "done"]


@dataclass(frozen=True)
class SessionSettings:
    track: Path | None = None  # the soundtrack (None: record without music)
    track_seconds: float = float("inf")  # its length
    track_start: float = 0.0  # the chosen start point in the track
    speed: float = 1.0  # 2.0 records fast motion: the track plays at half speed meanwhile
    countdown: float = 0.0
    max_seconds: float = 60.0
    stop_at: float | None = None  # a track position where recording stops by itself
    mirror: bool = False  # mirror the recording too (the preview is mirrored anyway)
    mic_correction: float = 0.0  # measured minus reported round trip (latency calibration)


@dataclass
class _Closed:
    meta: SegmentMeta
    last_frame: np.ndarray | None = field(default=None, repr=False)


class RecordingSession:
    def __init__(self, camera: CameraSource, clock: TrackClock, folder: Path,
                 settings: SessionSettings) -> None:  # fmt: skip
        if settings.speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}")
        self.camera, self.clock, self.settings = camera, clock, settings
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.folder = folder / f"take-{stamp}"
        self.state: State = "ready"
        self.position = settings.track_start  # where the next segment starts in the track
        self.notices: list[str] = []
        self._segments: list[_Closed] = []
        self._writer: SegmentWriter | None = None
        self._countdown_until = 0.0
        self._next_index = 1
        self._mic_first: int | None = None
        camera.on_frame = self._on_frame

    # --- what the record page shows --------------------------------------------------------
    @property
    def limit(self) -> float:
        """The track position where the take must end."""
        s = self.settings
        ends = [s.track_start + s.max_seconds, s.track_seconds]
        if s.stop_at is not None and s.stop_at > s.track_start:
            ends.append(s.stop_at)
        return min(ends)

    @property
    def heard(self) -> float:
        """The track position now: live while recording, else where the next segment starts."""
        if self.state == "recording":
            position = self.clock.position_at(self.clock.now())
            return min(self.limit, position if position is not None else self.position)
        return self.position

    @property
    def recorded(self) -> float:
        """Seconds of track covered so far (the segment bar's length)."""
        return self.heard - self.settings.track_start

    @property
    def segment_marks(self) -> list[float]:
        """Where each closed segment ends, in track seconds from the start (the bar's ticks)."""
        end = self.settings.track_start
        return [(seg.meta.track_end or end) - end for seg in self._segments]

    @property
    def countdown_left(self) -> float:
        return (
            max(0.0, self._countdown_until - time.monotonic()) if self.state == "countdown" else 0
        )

    @property
    def ghost(self) -> np.ndarray | None:
        """The last frame of the previous segment (BGR), to line up the next one."""
        return self._segments[-1].last_frame if self._segments else None

    @property
    def segments(self) -> list[SegmentMeta]:
        return [seg.meta for seg in self._segments]

    # --- what the creator does -------------------------------------------------------------
    def start(self) -> None:
        """Begin a segment, after the countdown when there is one (hold or tap to record)."""
        if self.state != "ready":
            return
        if self.settings.countdown > 0:
            self.state = "countdown"
            self._countdown_until = time.monotonic() + self.settings.countdown
        else:
            self._begin()

    def stop(self) -> None:
        """End the segment (release the button, tap again), or cancel a countdown."""
        if self.state == "countdown":
            self.state = "ready"
        elif self.state == "recording":
            self._end()

    def toggle(self) -> None:
        self.stop() if self.state in ("recording", "countdown") else self.start()

    def delete_last(self) -> None:
        """Remove the last segment's files and rewind the track to where it began."""
        if self.state == "recording" or not self._segments:
            return
        closed = self._segments.pop()
        for path in segment_paths(self.folder, closed.meta.index):
            path.unlink(missing_ok=True)
        self.position = closed.meta.track_start
        self.state = "ready"
        self._save()

    def tick(self) -> None:
        """Run the countdown and the automatic stop; notice a camera that went away."""
        if self.state == "countdown" and time.monotonic() >= self._countdown_until:
            self._begin()
        elif self.state == "recording":
            if self.camera.lost:
                self.notices.append(f"{self.camera.lost}; the segment so far is kept")
                self._end()
            elif self.heard >= self.limit - 1e-3:
                self._end()
            elif self._writer is not None and self._writer.failed:
                self.notices.append(f"recording stopped: {self._writer.failed}")
                self._end()

    def use_camera(self, camera: CameraSource) -> None:
        """Continue with a reopened camera (the creator left the page and came back)."""
        self.stop()
        self.camera.on_frame = None
        self.camera = camera
        camera.on_frame = self._on_frame

    def finish(self) -> Take | None:
        """End the session; the take (None when nothing was recorded)."""
        self.stop()
        self.camera.on_frame = None
        if not self._segments:
            return None
        return load_take(self.folder)

    # --- inside ----------------------------------------------------------------------------
    def _begin(self) -> None:
        camera = self.camera
        meta = SegmentMeta(self._next_index, self.position, self.settings.speed, camera.width,
                           camera.height, camera.fps, self.settings.mirror)  # fmt: skip
        self._next_index += 1
        self._writer = SegmentWriter(self.folder, meta)
        if not (self.folder / TAKE_FILE).exists():
            self._save()
        mic = getattr(self.clock, "mic", None)
        self._mic_first = mic.start_file(self._writer.mic_file) if mic is not None else None
        self.clock.play(self.position, rate=1.0 / self.settings.speed)
        self.state = "recording"

    def _on_frame(self, frame: CapturedFrame) -> None:
        writer = self._writer
        position = frame.track_position
        if writer is None or position is None or position < writer.meta.track_start:
            return
        if position <= self.limit:
            writer.write(frame)

    def _end(self) -> None:
        writer, self._writer = self._writer, None
        voice = self._voice(writer)
        heard = self.clock.pause()
        self.state = "ready"
        if writer is None:
            return
        end = min(self.limit, max(heard, writer.last_position or writer.meta.track_start))
        if writer.written == 0:
            writer.discard()
            return
        meta = writer.close(end, **voice)
        last = writer.last_frame.image if writer.last_frame is not None else None
        self._segments.append(_Closed(meta, last))
        self.position = end
        if writer.dropped:
            self.notices.append(f"{writer.dropped} frames were dropped (the computer was busy)")
        if self.position >= self.limit - 1e-3:
            self.state = "done"
        self._save()

    def _voice(self, writer: SegmentWriter | None) -> dict[str, object]:
        """Close the microphone file; where it lies in the track (while the clock still knows)."""
        mic = getattr(self.clock, "mic", None)
        if mic is None or writer is None or self._mic_first is None:
            return {}
        mic.stop_file()
        start = self.clock.position_at(mic.time_of_sample(self._mic_first), before_start=True)
        if start is None:
            return {}
        # a longer real round trip than reported means the voice was sung to earlier music
        return {"mic": writer.mic_file.name, "mic_start": start - self.settings.mic_correction}

    def _save(self) -> None:
        write_take_file(self.folder, self.settings.track, self.settings.track_start,
                        [seg.meta.index for seg in self._segments])  # fmt: skip
