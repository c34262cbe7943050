"""H.264/AAC MP4 encoding of piped frames into the scratch folder, moved into place when whole.

The settings are the ones the platforms ask for: High profile, yuv420p, closed GOP, moov atom
first, AAC 48 kHz, colours converted with the BT.709 matrix and tagged so (untagged BT.601
shifts yellows in players). Frames travel as YUV 4:2:0 converted on the caller's side
(`pack`, see yuv.py): half the bytes of RGB through the pipe, and x264 keeps its cores.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
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


def x264_thread_args() -> list[str]:
    """x264 with one frame thread per core (its default is 1.5 a core): 310 MB instead of 340
    at 1080x1920, and no slower, since the compose thread and the decoders want the cores too.
    Its lookahead keeps its own thread: with `sync-lookahead=0` (273 MB) the lookahead ran in
    the calling thread and x264 alone took 18.2 s instead of 13.6 on REF-15's frames, which
    made the whole render 5% slower."""
    return ["-threads", str(os.cpu_count() or 2)]


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
    """An ffmpeg process fed frames on stdin, its file moved into place only when complete.

    With `sound` (an export, whose mix is made before the first frame) the one process writes
    the finished file, in the scratch folder: picture, AAC sound, metadata, moov atom first;
    `finish` renames it to the output. Without it (a take, whose sound is made after its
    picture) `finish` adds the sound in a second pass that copies the picture to a hidden file
    beside the output, then renames that.
    """

    def __init__(
        self,
        output: Path,
        width: int,
        height: int,
        fps: int,
        settings: EncoderSettings | None = None,
        sound: Path | None = None,
        metadata: Mapping[str, str] | None = None,
        sound_filter: str | None = None,
    ) -> None:
        settings = settings or EncoderSettings()
        self.output = output
        self.settings = settings
        self.partial: Path | None = None
        # written in the scratch folder, not beside the output: a killed export leaves nothing
        # in the creator's folder (the next start empties the scratch folder)
        self.video: Path | None = process_scratch().file(".mp4")
        self._whole = sound is not None  # the encoder writes the finished file itself
        with_sound: list[str] = []
        if sound is not None:
            # ffmpeg makes the file afresh, with the permissions a new file of the creator's
            # gets (mkstemp's are the owner's alone), since this file becomes the output
            self.video.unlink()
            # no -shortest here: with it ffmpeg queued the piped frames once the sound had been
            # read to its end (1.2 GB on REF-15); the mix is made exactly as long as the picture
            with_sound = ["-i", str(sound), *self._sound_args(metadata or {}, sound_filter)]
        command = [
            ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p", *_BT709, "-s", f"{width}x{height}",
            "-r", str(fps), "-i", "pipe:0", *with_sound,
            "-c:v", "libx264", "-preset", settings.preset, "-crf", str(settings.crf),
            *x264_thread_args(),
            "-profile:v", "high", "-g", str(fps * 2), "-keyint_min", str(fps),
            "-flags", "+cgop", "-sc_threshold", "0", *_BT709, "-f", "mp4", str(self.video),
        ]  # fmt: skip
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
            )
        except OSError:
            self._remove_files()
            raise
        _widen_pipe(self.stdin.fileno())

    def _sound_args(
        self, metadata: Mapping[str, str], sound_filter: str | None = None
    ) -> list[str]:
        """Output options after the sound's input (the second): the picture with it in AAC,
        through `sound_filter` when given (the mix's loudness, set as it is encoded),
        metadata, moov atom first."""
        tags: list[str] = []
        for key, value in metadata.items():
            tags += ["-metadata", f"{key}={value}"]
        filtered = ["-af", sound_filter] if sound_filter else []
        return [
            "-map", "0:v", "-map", "1:a", *filtered, "-c:a", "aac",
            "-b:a", self.settings.audio_bitrate, "-ar", "48000", "-ac", "2",
            "-movflags", "+faststart", *tags,
        ]  # fmt: skip

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

    def finish(self, audio: Path | None = None, metadata: Mapping[str, str] | None = None) -> None:
        """Move the finished file into place, adding `audio` and `metadata` first when the
        encoder was made without its sound (made with it, it already holds both)."""
        assert self.video is not None
        if self._whole:
            self._move_into_place(self.video)
        else:
            if audio is None:
                raise ValueError("an encoder made without its sound needs it to finish")
            self._mux(self.video, audio, metadata or {})
            assert self.partial is not None
            self._rename(self.partial)
        self._remove_files()

    def _rename(self, finished: Path) -> None:
        """`finished` (beside the output) renamed to the output; MediaError when refused."""
        try:
            os.replace(finished, self.output)
        except OSError as exc:
            self.abort()
            raise MediaError(self.output, f"cannot write the video ({exc.strerror})") from None
        self.partial = None

    def _move_into_place(self, finished: Path) -> None:
        """Rename `finished` to the output; across disks, copy it beside the output first, so
        the output still appears whole or not at all."""
        try:
            os.replace(finished, self.output)
            return
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                self.abort()
                raise MediaError(self.output, f"cannot write the video ({exc.strerror})") from None
        self.partial = temporary_output(self.output)
        try:
            shutil.copyfile(finished, self.partial)
        except OSError as exc:
            self.abort()
            raise MediaError(self.output, f"cannot write the video ({exc.strerror})") from None
        self._rename(self.partial)

    def _mux(self, video: Path, audio: Path, metadata: Mapping[str, str]) -> None:
        self.partial = temporary_output(self.output)
        try:
            # -shortest: a take's sound may outlast its picture
            run_ffmpeg(["-i", str(video), "-i", str(audio), "-c:v", "copy", "-shortest",
                        *self._sound_args(metadata), "-f", "mp4", str(self.partial)])  # fmt: skip
        except RuntimeError as exc:
            self.abort()
            raise MediaError(self.output, f"cannot write the video ({exc})") from None

    def abort(self) -> None:
        """Stop at once and leave nothing behind."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._remove_files()

    def _remove_files(self) -> None:
        """The scratch picture and any unfinished output (nothing if already moved)."""
        for path in (self.video, self.partial):
            if path is not None:
                path.unlink(missing_ok=True)
        self.video = self.partial = None

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
