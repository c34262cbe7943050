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
# A busy machine reads the camera late: frames captured before the release may still be on their
# way. Stopping waits at most this long for a frame captured after it (one frame when quiet).
LATE_FRAMES_SECONDS = 0.5


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


@dataclass(frozen=True)
class BusyNote:
    """What a busy machine cost the last segment (the take still lines up with the song)."""

    stutters: int  # times the music came late to the speaker (skipped ahead, not played late)
    frames_missed: int  # camera frames never recorded (the picture holds the previous one)


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
        self.busy: BusyNote | None = None  # set when the last segment met a busy machine
        self._busy_from = (0, 0)  # the counters as the segment began
        self._segments: list[_Closed] = []
        self._writer: SegmentWriter | None = None
        self._countdown_until = 0.0
        self._next_index = 1
        self._mic_first: int | None = None
        self._until: float | None = None  # while stopping: the track position of the release
        camera.on_frame = self._on_frame
        prepare = getattr(clock, "prepare", None)
        if prepare is not None and settings.speed != 1.0:
            prepare(1.0 / settings.speed)  # now, not at the press

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
            keep_stream_alive = getattr(self.clock, "keep_stream_alive", None)
            if keep_stream_alive is not None:  # the sound system may have stopped the stream
                keep_stream_alive()
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
        pressed = self.clock.now()  # the music is due from the press, not from when all is ready
        camera = self.camera
        meta = SegmentMeta(self._next_index, self.position, self.settings.speed, camera.width,
                           camera.height, camera.fps, self.settings.mirror)  # fmt: skip
        self._next_index += 1
        self._writer = SegmentWriter(self.folder, meta)  # quick: its encoder starts on its thread
        mic = getattr(self.clock, "mic", None)
        self._mic_first = mic.start_file(self._writer.mic_file) if mic is not None else None
        self._busy_from = self._busy_counters()
        self._until = None
        self.clock.play(self.position, rate=1.0 / self.settings.speed, at=pressed)
        self.state = "recording"
        if not (self.folder / TAKE_FILE).exists():
            self._save()

    def _busy_counters(self) -> tuple[int, int]:
        """Stutters of the music so far, and camera frames missed so far (both only grow)."""
        stutters = int(getattr(self.clock, "underruns", 0))
        moments = getattr(self.camera, "moments", None)
        return stutters, int(moments.missed) if moments is not None else 0

    def _on_frame(self, frame: CapturedFrame) -> None:
        writer = self._writer
        position = frame.track_position
        if writer is None or position is None or position < writer.meta.track_start:
            return
        if position <= min(self.limit, self._until if self._until is not None else self.limit):
            writer.write(frame)

    def _end(self) -> None:
        released_at = self.clock.now()
        released = self.clock.position_at(released_at)  # before the slow part of stopping
        if self._writer is not None and released is not None:
            self._until = released
            self._wait_for_frames(released_at)
        writer, self._writer = self._writer, None
        voice = self._voice(writer, released_at)
        paused = self.clock.pause()
        heard = released if released is not None else paused
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
        (stutters_now, missed_now), (stutters_then, missed_then) = (self._busy_counters(),
                                                                    self._busy_from)  # fmt: skip
        stutters = stutters_now - stutters_then
        missed = missed_now - missed_then + writer.dropped  # dropped: the encoder fell behind
        self.busy = BusyNote(stutters, missed) if stutters or missed else None
        if self.position >= self.limit - 1e-3:
            self.state = "done"
        self._save()

    def _wait_for_frames(self, moment: float) -> None:
        """Let frames captured before `moment` (clock time) arrive, for a short while."""
        until = time.monotonic() + LATE_FRAMES_SECONDS
        while time.monotonic() < until and not self.camera.lost:
            frame = self.camera.latest.get(timeout=0.02)
            if frame is not None and frame.captured_at >= moment:
                return

    def _voice(self, writer: SegmentWriter | None, released_at: float) -> dict[str, object]:
        """Close the microphone file; where it lies in the track (while the clock still knows)."""
        mic = getattr(self.clock, "mic", None)
        if mic is None or writer is None or self._mic_first is None:
            return {}
        mic.wait_for(released_at, LATE_FRAMES_SECONDS)
        mic.stop_file()
        if mic.captured_since(self._mic_first) <= 0:
            return {}  # the input gave nothing (its stream stopped): a take without a voice
        start = self.clock.position_at(mic.time_of_sample(self._mic_first), before_start=True)
        if start is None:
            return {}
        # a longer real round trip than reported means the voice was sung to earlier music
        return {"mic": writer.mic_file.name, "mic_start": start - self.settings.mic_correction}

    def _save(self) -> None:
        write_take_file(self.folder, self.settings.track, self.settings.track_start,
                        [seg.meta.index for seg in self._segments])  # fmt: skip
