"""H.264/AAC MP4 encoding of piped frames, muxed into a temporary file beside the output.

The settings are the ones the platforms ask for: High profile, yuv420p, closed GOP, moov atom
first, AAC 48 kHz, colours converted with the BT.709 matrix and tagged so (untagged BT.601
shifts yellows in players). Frames travel as YUV 4:2:0 converted on the caller's side
(`pack`, see yuv.py): half the bytes of RGB through the pipe, and x264 keeps its cores.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

from studio.core.scratch import process_scratch
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError, ffmpeg_exe, last_error_line, run_ffmpeg
from studio.media.yuv import rgb_to_i420

PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow")
PIPE_BYTES = 1 << 20  # Linux's default 64 KB pipe makes a 3 MB frame 48 writes and wake-ups
_BT709 = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
          "-color_range", "tv"]  # fmt: skip


@dataclass(frozen=True)
class EncoderSettings:
    preset: str = "veryfast"
    crf: int = 20
    audio_bitrate: str = "192k"


def x264_memory_args() -> list[str]:
    """x264 with one frame thread per core and its lookahead in the calling thread: the same
    pictures (decoded frames compared bit for bit on REF-15) in 273 MB instead of 340 at
    1080x1920. Its defaults, 1.5 threads a core and a lookahead thread with frames of its own,
    buy no speed here: the compose thread and the decoders want the cores too."""
    return ["-threads", str(os.cpu_count() or 2), "-x264-params", "sync-lookahead=0"]


def temporary_output(output: Path) -> Path:
    """A fresh hidden file in the output's folder, so the final rename never crosses disks.

    Its name is short and the studio's own (`.studio-1a2b3c4d.mp4`, listed in the process's
    scratch folder): a killed render's leftover is removed at the next start, and an output
    name near the file system's 255-byte limit still fits.
    """
    try:
        return process_scratch().beside(output, ".mp4")
    except FileNotFoundError:
        raise MediaError(output.parent, "the output folder does not exist") from None
    except PermissionError:
        raise MediaError(output.parent, "the output folder is not writable") from None
    except OSError as exc:
        raise MediaError(output.parent, f"cannot write there ({exc.strerror})") from None


class Encoder:
    """An ffmpeg process fed frames on stdin, writing the picture to a temporary file.

    The sound is added by `finish`, so the audio mix can run while the frames are encoded;
    the muxed file is renamed into place only when complete.
    """

    def __init__(
        self,
        output: Path,
        width: int,
        height: int,
        fps: int,
        settings: EncoderSettings | None = None,
    ) -> None:
        settings = settings or EncoderSettings()
        self.output = output
        self.settings = settings
        self.video = process_scratch().file(".mp4")  # the picture alone: not beside the output
        self.partial: Path | None = None
        command = [
            ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p", *_BT709, "-s", f"{width}x{height}",
            "-r", str(fps), "-i", "pipe:0",
            "-c:v", "libx264", "-preset", settings.preset, "-crf", str(settings.crf),
            *x264_memory_args(),
            "-profile:v", "high", "-g", str(fps * 2), "-keyint_min", str(fps),
            "-flags", "+cgop", "-sc_threshold", "0", *_BT709, "-f", "mp4", str(self.video),
        ]  # fmt: skip
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
        )
        _widen_pipe(self.stdin.fileno())

    @property
    def stdin(self) -> IO[bytes]:
        assert self._process.stdin is not None
        return self._process.stdin

    @staticmethod
    def pack(frame: Frame) -> np.ndarray:
        """`frame` (RGB) in the encoder's input format; safe on any thread, so the compose
        thread can do it while the writer sends the previous frame."""
        return rgb_to_i420(frame)

    def write(self, frame: Frame) -> None:
        """Send one frame (RGB, or already `pack`ed); MediaError when the encoder has died."""
        data = frame if frame.ndim == 1 else self.pack(frame)
        try:
            self.stdin.write(data.data)
        except (BrokenPipeError, OSError):
            raise MediaError(self.output, f"the encoder stopped ({self._reason()})") from None

    def finish_video(self) -> None:
        """Close the frame stream and wait for the picture to be written."""
        with contextlib.suppress(OSError):
            self.stdin.close()
        code = self._process.wait()
        if code != 0:
            reason = self._reason()
            self.abort()
            raise MediaError(self.output, f"the encoder failed ({reason})")

    def finish(self, audio: Path, metadata: dict[str, str]) -> None:
        """Add the sound and the metadata, moov atom first, and move the file into place."""
        tags: list[str] = []
        for key, value in metadata.items():
            tags += ["-metadata", f"{key}={value}"]
        self.partial = temporary_output(self.output)
        try:
            run_ffmpeg([
                "-i", str(self.video), "-i", str(audio), "-map", "0:v", "-map", "1:a",
                "-c:v", "copy", "-c:a", "aac", "-b:a", self.settings.audio_bitrate,
                "-ar", "48000", "-ac", "2", "-shortest", "-movflags", "+faststart", *tags,
                "-f", "mp4", str(self.partial),
            ])  # fmt: skip
        except RuntimeError as exc:
            self.abort()
            raise MediaError(self.output, f"cannot write the video ({exc})") from None
        os.replace(self.partial, self.output)
        self.partial = None
        self.video.unlink(missing_ok=True)

    def abort(self) -> None:
        """Stop at once and leave nothing behind."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.video.unlink(missing_ok=True)
        if self.partial is not None:
            self.partial.unlink(missing_ok=True)

    def _reason(self) -> str:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        stderr = self._process.stderr.read() if self._process.stderr else b""
        return last_error_line(stderr) or f"exit code {self._process.returncode}"


def _widen_pipe(fd: int) -> None:
    """Ask for a 1 MB pipe (Linux; elsewhere, or when refused, the default stays)."""
    if sys.platform != "linux":
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
