"""One recorded segment, encoded to disk while it is recorded, so a crash loses at most ~0.5 s.

`segment-003.mp4` is a fragmented MP4 (a fragment every half second, each playable on its
own), `segment-003.json` says where in the track the segment starts and at what speed, and
`segment-003.stamps` lists every frame written with the track position it was captured at,
flushed every half second. A killed process leaves all three readable.
"""

from __future__ import annotations

import contextlib
import queue
import subprocess
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import cv2

from studio.capture.camera import CapturedFrame
from studio.core.atomic import write_json_atomically
from studio.media.ffmpeg import ffmpeg_exe

QUEUE_SECONDS = 2  # frames the encoder may fall behind before frames are dropped
FLUSH_EVERY = 15


@dataclass(frozen=True)
class SegmentMeta:
    index: int
    track_start: float  # where in the soundtrack this segment begins
    speed: float  # recording speed (2.0: the track played at half speed while recording)
    width: int
    height: int
    fps: int
    mirrored: bool = False
    track_end: float | None = None  # set when the segment is closed normally
    mic: str | None = None  # the voice recorded with it (a WAV beside it), if any
    mic_start: float | None = None  # the track position of the WAV's first sample


def segment_paths(folder: Path, index: int) -> tuple[Path, Path, Path]:
    base = folder / f"segment-{index:03d}"
    return base.with_suffix(".mp4"), base.with_suffix(".json"), base.with_suffix(".stamps")


class SegmentWriter:
    """Accepts frames from the camera thread without blocking it; encodes on its own thread."""

    def __init__(self, folder: Path, meta: SegmentMeta) -> None:
        self.meta = meta
        self.video, self.meta_file, self.stamps_file = segment_paths(folder, meta.index)
        self.mic_file = self.video.with_suffix(".mic.wav")
        folder.mkdir(parents=True, exist_ok=True)
        write_json_atomically(self.meta_file, asdict(meta))
        self._process: subprocess.Popen[bytes] | None = None  # started by the writer thread
        self._queue: queue.Queue[CapturedFrame | None] = queue.Queue(QUEUE_SECONDS * meta.fps)
        self.written = 0
        self.dropped = 0
        self.first_position: float | None = None
        self.last_position: float | None = None
        self.last_frame: CapturedFrame | None = None
        self.failed: str | None = None
        self._thread = threading.Thread(target=self._run, name="segment-writer", daemon=True)
        self._thread.start()

    def write(self, frame: CapturedFrame) -> None:
        """Queue a frame; when the encoder is two seconds behind, drop it and count it."""
        if frame.track_position is None:
            return  # before the track was heard: not part of the take
        try:
            self._queue.put_nowait(frame)
        except queue.Full:
            self.dropped += 1

    def _command(self) -> list[str]:
        meta = self.meta
        fps = meta.fps
        return [
            ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{meta.width}x{meta.height}",
            "-r", str(fps), "-i", "pipe:0",
            *(["-vf", "hflip"] if meta.mirrored else []),
            "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-crf", "20",
            "-pix_fmt", "yuv420p", "-g", str(max(1, fps // 2)),
            "-movflags", "+frag_keyframe+empty_moov+default_base_moof",
            "-frag_duration", "500000", "-f", "mp4", str(self.video),
        ]  # fmt: skip

    def _run(self) -> None:
        # the encoder starts here, not in __init__: a press records at once, and the frames
        # that come while ffmpeg starts (slow on a busy machine) wait in the queue
        try:
            self._process = subprocess.Popen(
                self._command(), stdin=subprocess.PIPE, stderr=subprocess.PIPE
            )
        except OSError as exc:
            self.failed = f"the encoder cannot start ({exc.strerror or exc})"
            self._drain()
            return
        stdin: IO[bytes] | None = self._process.stdin
        assert stdin is not None
        with self.stamps_file.open("a", encoding="utf-8") as stamps:
            while (frame := self._queue.get()) is not None:
                # OpenCV's BGR->I420 is ~0.3 ms at 720p and halves the bytes piped; ffmpeg's
                # own conversion cost the encoder process about a third of its CPU
                planar = cv2.cvtColor(frame.image, cv2.COLOR_BGR2YUV_I420)
                try:
                    stdin.write(planar.data)
                except (BrokenPipeError, OSError):
                    self.failed = "the encoder stopped (disk full?)"
                    self._drain()
                    return
                position = frame.track_position or 0.0
                stamps.write(f"{self.written} {position:.6f} {frame.captured_at:.6f}\n")
                if self.written % FLUSH_EVERY == 0:
                    stamps.flush()
                if self.first_position is None:
                    self.first_position = position
                self.last_position, self.last_frame = position, frame
                self.written += 1

    def _drain(self) -> None:
        while self._queue.get() is not None:
            pass

    def close(self, track_end: float, **extra: object) -> SegmentMeta:
        """Finish the file and record where in the track the segment ended (and `extra`)."""
        self._queue.put(None)
        self._thread.join()
        process = self._process
        if process is not None:
            if process.stdin is not None:
                with contextlib.suppress(OSError):
                    process.stdin.close()
            process.wait()
            if process.stderr is not None:
                process.stderr.close()
        closed = SegmentMeta(**{**asdict(self.meta), "track_end": track_end, **extra})
        write_json_atomically(self.meta_file, asdict(closed))
        return closed

    def discard(self) -> None:
        """Stop and remove the segment's files (a segment too short to keep)."""
        self.close(self.meta.track_start)
        for path in (self.video, self.meta_file, self.stamps_file, self.mic_file):
            path.unlink(missing_ok=True)
