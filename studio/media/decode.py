"""Decode a clip into canvas-sized RGB frames at the canvas frame rate, in a process of its own.

ffmpeg does the work that is per-pixel and independent of the studio: seek, rotation, speed,
variable to constant frame rate, and the cover/contain fit. It runs beside the compositor on the
other core; a reader thread keeps a few frames ready in a bounded queue.
"""

from __future__ import annotations

import contextlib
import math
import queue
import re
import subprocess
import threading
from functools import cache
from typing import IO

import numpy as np

from studio.media.ffmpeg import MediaError, failing_input, ffmpeg_exe, last_error_line
from studio.media.handoff import put_unless_stopped
from studio.media.measured_length import loop_period, stored_picture_length
from studio.media.probe import MediaInfo

Frame = np.ndarray  # H x W x 3 uint8 RGB
_END = None
PREFETCH = 3
# the longest a reader waits for its first picture: seeking far into a long-GOP 8K clip takes
# seconds; a file that gives nothing (every packet damaged) must not hold the export for ever
FIRST_FRAME_SECONDS = 60.0
LARGE_SOURCE_PIXELS = 1920 * 1080 * 2  # above this, a decoder runs with fewer threads
# at or below this, one thread decodes 400+ frames a second, more than any use needs; the threads
# of a 720p decoder only held pictures of their own (75 MB resident instead of 85)
SMALL_SOURCE_PIXELS = 1280 * 720


def decode_size(source: tuple[int, int], width: int, height: int, fit: str) -> tuple[int, int]:
    """The size to decode at: for cover, the crop at the clip's own resolution when that is
    smaller than the canvas (filters then touch fewer pixels and the compositor upscales once);
    otherwise the canvas size."""
    src_w, src_h = source
    if fit == "contain" or src_w <= 0 or src_h <= 0:
        return width, height
    scale = min(src_w / width, src_h / height)
    if scale >= 1:
        return width, height
    return max(2, round(width * scale) // 2 * 2), max(2, round(height * scale) // 2 * 2)


def fit_filter(width: int, height: int, fit: str) -> str:
    """ffmpeg filters that fit any picture to width x height: crop to cover, or blurred contain."""
    if fit == "contain":
        small_w, small_h = max(2, width // 8 // 2 * 2), max(2, height // 8 // 2 * 2)
        # boxblur refuses a radius of half the (chroma-halved) picture or more: small canvases
        radius = max(0, min(8, min(small_w, small_h) // 4 - 1))
        return (
            f"split=2[bg][fg];"
            f"[bg]scale={small_w}:{small_h}:force_original_aspect_ratio=increase,"
            f"crop={small_w}:{small_h},boxblur={radius}:2,scale={width}:{height},setsar=1[bgs];"
            f"[fg]scale={width}:{height}:force_original_aspect_ratio=decrease,setsar=1[fgs];"
            f"[bgs][fgs]overlay=(W-w)/2:(H-h)/2"
        )
    # crop first, then scale: the crop only moves pointers, so a 4K source is never scaled
    # whole into a large intermediate picture (a third less memory and time per decoder)
    return (
        f"crop='trunc(min(iw,ih*{width}/{height})/2)*2':'trunc(min(ih,iw*{height}/{width})/2)*2',"
        f"scale={width}:{height}:flags=area,setsar=1"
    )


def square_pixels(info: MediaInfo) -> str:
    """Filters (ending in a comma) that make an anamorphic clip's pixels square at its displayed
    size, or "" for a clip whose pixels already are: the fits' aspect maths assumes them."""
    if not info.anamorphic:
        return ""
    return f"scale={info.width}:{info.height},setsar=1,"


def _closed_loop_gaps(info: MediaInfo) -> str:
    """A filter (ending in a comma) that moves each round of a looped clip back to where its
    picture ends, or "": ffmpeg's `-stream_loop` moves each round by the length of every
    picture stored, and a trimmed clip (an edit list, as QuickTime and phones trim) stores the
    ones it cuts off, so a 3.5 s clip trimmed from 5 s came round every 5 s, frozen between."""
    stored, shown = stored_picture_length(info.path), loop_period(info)
    if stored is None or stored - shown < 1e-3:
        return ""
    # a round's pictures are at [k * stored, k * stored + shown): k from the time (half a
    # picture early, so a length printed rounded up cannot put a round's first picture in the
    # round before), and the gap taken off
    half = 0.5 / (info.fps or 30.0)
    gap = stored - shown
    return f"setpts=PTS-floor((PTS*TB+{half:.9f})/{stored:.9f})*{gap:.9f}/TB,"


def whole_pictures(info: MediaInfo) -> str:
    """Filters (ending in a comma) that come first for any clip, or "": what a clip with an
    alpha channel (ProRes 4444, QuickTime animation, PNG in MOV) makes see-through is shown as
    black, as a photo's is (read without its alpha, it showed the colours it hid); and an
    interlaced clip's fields become whole pictures. Each field becomes its own picture (50
    from 1080i's 25 frames), as an editor's conversion to progressive does, so motion stays as
    smooth as it was filmed; `deint=interlaced` leaves alone the pictures a mixed clip stores
    whole. This comes before any retiming or scaling mixes a picture's two fields."""
    see_through = ""
    if ALPHA_FORMAT.match(info.pixel_format):
        # the nearest format without alpha; an ffmpeg that marks premultiplied pictures as such
        # is told they are plain again (a contained clip's overlay blended them once more, 20
        # levels darker)
        straight = "setparams=alpha_mode=straight," if _marks_alpha_mode() else ""
        see_through = f"premultiply=inplace=1,{straight}format={OPAQUE_FORMATS},"
    return see_through + ("bwdif=mode=send_field:deint=interlaced," if info.interlaced else "")


# ffmpeg's pixel formats with alpha: yuva444p12le, gbrap10le, ya8, argb, rgba64le, ...
ALPHA_FORMAT = re.compile(r"yuva|gbrap|ya\d|argb|rgba|bgra|abgr")
OPAQUE_FORMATS = "|".join(
    f"yuv{c}p{d}" for c in ("420", "422", "444") for d in ("", "10le", "12le")
)
OPAQUE_FORMATS += "|rgb24|gbrp|gbrp10le|gbrp12le|rgb48le|gray|gray10le|gray12le"


@cache
def _marks_alpha_mode() -> bool:
    """Whether this ffmpeg keeps an alpha mode with each picture (8.0 and later)."""
    try:
        said = subprocess.run([ffmpeg_exe(), "-hide_banner", "-h", "filter=setparams"],
                              capture_output=True, text=True, timeout=10, check=False)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return "alpha_mode" in said.stdout


HDR_TRANSFERS = ("arib-std-b67", "smpte2084")  # HLG (an iPhone's HDR video) and PQ (HDR10)
HDR_WHITE_NITS = 203  # HDR's reference white, shown as SDR's white (ITU-R BT.2408)
HDR_PEAK = 1000 / HDR_WHITE_NITS  # the highlights of HLG, and of PQ mastered at 1000 nits


def hdr_to_sdr(info: MediaInfo) -> str:
    """Filters (starting with a comma) that bring an HDR clip's pictures to the SDR BT.709 the
    export is made in, or "" for an SDR clip. Read as SDR, an iPhone's HLG video came out grey
    and washed out (orange 224,112,32 as 165,115,51) and a PQ one dull and dark (132,105,65).

    In linear light, HDR's reference white becomes SDR's white, BT.2020's colours are moved
    into BT.709's, and the highlights above white are rolled off by `mobius`, which leaves
    everything up to half of white as it was (that orange comes out 221,110,24). Placed after
    the fit, it works on the decoded size, not the clip's 4K."""
    if info.transfer not in HDR_TRANSFERS:
        return ""
    levels = "pc" if info.full_range else "tv"
    primaries = info.primaries if info.primaries.startswith("bt") else "bt2020"
    matrix = info.colour_matrix or "bt2020nc"
    # one zscale to linear BT.709 RGB (the primaries are moved in linear light), the roll-off,
    # one zscale back to gamma-coded 8-bit RGB, which the decoder's output only packs
    return (
        f",zscale=tin={info.transfer}:pin={primaries}:min={matrix}:rin={levels}"
        f":t=linear:npl={HDR_WHITE_NITS}:p=bt709:m=gbr,format=gbrpf32le,"
        f"tonemap=mobius:param=0.5:peak={HDR_PEAK:.3f}:desat=0,"
        "zscale=t=bt709:p=bt709:m=gbr:r=pc,format=gbrp"
    )


def loop_count(info: MediaInfo, seek: float, seconds: float | None) -> int:
    """ffmpeg's `-stream_loop` for reading `seconds` of a looping clip from `seek` (-1: without
    end). Bounded, so a file that gives no picture ends instead of being read round forever."""
    if seconds is None or info.duration <= 0:
        return -1
    return math.ceil((seek + max(0.0, seconds)) / info.duration) + 1


class StderrTail:
    """The last bytes a process writes to `stream`, read as they come by a thread of its own."""

    LIMIT = 16_384

    def __init__(self, stream: IO[bytes] | None) -> None:
        self._tail = b""
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[bytes] | None) -> None:
        if stream is None:
            return
        with contextlib.suppress(OSError, ValueError):  # closed under it by close()
            while chunk := stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096):
                self._tail = (self._tail + chunk)[-self.LIMIT :]

    def join(self) -> None:
        self._thread.join(timeout=2)

    def text(self) -> bytes:
        """What was read so far (all of it, once the process has ended and `join` returned)."""
        self.join()
        return self._tail


def seek_args(seconds: float) -> list[str]:
    """ffmpeg's input seek to `seconds` from the clip's start; none at 0, where a file whose
    times start below 0 (an MKV cut from a stream) lost its first second to `-ss 0`."""
    return ["-ss", f"{seconds:.4f}"] if seconds > 0 else []


def seek_seconds(seconds: float) -> float:
    """Where `seek_args` really seeks to (it writes four decimals)."""
    return float(f"{seconds:.4f}") if seconds > 0 else 0.0


def speed_filter(speed: float, fps: int) -> str:
    """Retime to `speed` and resample to a constant `fps` (handles variable frame rate).

    Times count from the clip's start, or the slot's in-point in it, for picture and sound
    alike (ffmpeg makes that 0): a picture that starts after the sound keeps its place, its
    first frame held from 0, where counting from the first frame put a clip whose picture
    starts 0.4 s late 0.4 s ahead of its sound."""
    return f"setpts=PTS/{speed:.6f},fps={fps}:start_time=0"


class VideoReader:
    """Frames of one clip from `start` seconds, at `speed`, fitted to width x height."""

    def __init__(
        self,
        info: MediaInfo,
        width: int,
        height: int,
        fps: int,
        start: float = 0.0,
        speed: float = 1.0,
        fit: str = "cover",
        loop: bool = False,
        retime: bool = True,
        loop_seconds: float | None = None,
    ) -> None:
        self.info = info
        self.width, self.height = width, height
        self.frames_read = 0
        if loop and info.duration > 0 and start >= info.duration:
            # past the first round: counted by the picture's own length, as the sound's loop is
            start %= loop_period(info)
        seek = start
        # a loop that never comes round within the read is a plain read (its -ss is cheap)
        loop = loop and (loop_seconds is None or seek + loop_seconds > info.duration)
        loop_args = ["-stream_loop", str(loop_count(info, seek, loop_seconds))] if loop else []
        # retime=False gives every frame of the file as it is (a recorded take's frames, which
        # are placed by their own timestamps)
        fitted = square_pixels(info) + fit_filter(width, height, fit) + hdr_to_sdr(info)
        graph = f"{speed_filter(speed, fps)},{fitted}" if retime else fitted
        graph = whole_pictures(info) + graph
        if loop and seek > 0:
            # ffmpeg times a looped file's next round from the keyframe its seek landed on, so
            # the second round began over a second early (a clip cut with -c copy, in-point
            # 1.3 s); the loop is read from the file's start and cut to the in-point here
            graph = f"trim=start={seek:.4f},setpts=PTS-{seek:.4f}/TB," + graph
            seek = 0.0
        if loop:  # first of all, on the file's own times
            graph = _closed_loop_gaps(info) + graph
        # a decoding thread holds its own pictures: a source far larger than the output gets
        # one thread, not one per core plus one: a 4K clip then costs about what a 1080p one does
        pixels = info.width * info.height
        one_thread = pixels > LARGE_SOURCE_PIXELS or pixels <= SMALL_SOURCE_PIXELS
        threads = ["-threads", "1"] if one_thread else []
        command = [
            ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *threads,
            *loop_args, *seek_args(seek), "-i", str(info.path),
            "-an", "-sn", "-filter_complex", graph,
            "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
        ]  # fmt: skip
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
        )
        self._frames: queue.Queue[Frame | None] = queue.Queue(PREFETCH)
        self._stopped = threading.Event()
        # read as it comes: a damaged clip logs a line a packet, and a full stderr pipe stopped
        # ffmpeg before its first frame while this side waited for that frame (a hang)
        self._stderr = StderrTail(self._process.stderr)
        self._thread = threading.Thread(target=self._pump, name="decode", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        size = self.width * self.height * 3
        stdout: IO[bytes] | None = self._process.stdout
        assert stdout is not None
        try:
            while not self._stopped.is_set():
                data = stdout.read(size)
                if len(data) < size:
                    break
                frame = np.frombuffer(data, np.uint8).reshape(self.height, self.width, 3)
                put_unless_stopped(self._frames, frame, self._stopped)
        finally:
            put_unless_stopped(self._frames, _END, self._stopped)

    def read(self) -> Frame | None:
        """The next frame, or None at the end of the clip. The frame is read-only."""
        if self._stopped.is_set():
            return None
        try:  # the first picture within FIRST_FRAME_SECONDS, whatever the file does
            frame = self._frames.get(timeout=None if self.frames_read else FIRST_FRAME_SECONDS)
        except queue.Empty:
            self.close()
            raise MediaError(self.info.path, "cannot decode the video (no picture came in "
                             f"{FIRST_FRAME_SECONDS:.0f} s)") from None  # fmt: skip
        if frame is None:
            self._frames.put(_END)  # later reads see the end too
            if self.frames_read == 0:
                self._process.wait()
                said = self._stderr.text()
                blamed = failing_input(["-i", str(self.info.path)], said)  # the decoder's word
                reason = (blamed[1] if blamed else last_error_line(said)) or (
                    "no picture could be decoded"
                )
                raise MediaError(self.info.path, f"cannot decode the video ({reason})")
            return None
        self.frames_read += 1
        return frame

    def close(self) -> None:
        """Stop decoding and reap the process (safe to call twice)."""
        self._stopped.set()
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._thread.join(timeout=2)
        self._stderr.join()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()
