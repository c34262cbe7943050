"""Preview proxies: the clip at preview size as a frame cache, so the editor can jump anywhere.

A phone clip has a keyframe every second or two; showing an arbitrary time means starting an
ffmpeg decoder there and decoding forward (100-230 ms a jump). The proxy is the clip at preview
size and 30 fps as one file of back-to-back JPEG frames with an index of where each starts:
a jump is one slice of a memory map and one JPEG decode, in-process (see proxy_source.py).
(An all-intra H.264 file read by OpenCV is not enough: its seek decodes up to 16 frames.)
Proxies are made once per file (keyed by path, size and modification time) under the data
folder; exports never read them.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from studio.core.errors import Cancelled
from studio.core.user_data import user_data_dir
from studio.media.decode import hdr_to_sdr, whole_pictures
from studio.media.ffmpeg import MediaError, ffmpeg_exe, last_error_line
from studio.media.probe import MediaInfo, probe

PROXY_FPS = 30
PROXY_SHORT_SIDE = 540  # the preview canvas is 540x960
PROXY_VERSION = 4  # bump when the proxy's pictures change: old files stop matching (4: HDR,
# interlaced clips and start times counted as the export counts them)
CACHE_LIMIT_BYTES = 4 * 1024**3

ProgressCallback = Callable[[float], None]


def proxies_dir() -> Path:
    """Where proxies are kept (inside the data folder, so `STUDIO_DATA_DIR` moves them too)."""
    return user_data_dir() / "proxies"


def proxy_path(source: Path, short_side: int = PROXY_SHORT_SIDE) -> Path:
    """Where the proxy of `source` is (or will be): a new size or mtime gives a new name."""
    stat = source.stat()
    key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{short_side}|{PROXY_VERSION}"
    return proxies_dir() / f"{hashlib.sha1(key.encode()).hexdigest()}.mjpeg"


def index_path(proxy: Path) -> Path:
    """The proxy's frame index: where each JPEG starts, as a .npy array."""
    return proxy.with_suffix(".index.npy")


def cached_proxy(source: Path, short_side: int = PROXY_SHORT_SIDE) -> Path | None:
    """The proxy of `source` if it has been made, else None."""
    try:
        path = proxy_path(source, short_side)
    except OSError:
        return None
    return path if path.is_file() and index_path(path).is_file() else None


def frame_offsets(path: Path, chunk: int = 1 << 24) -> np.ndarray:
    """Where each JPEG of a back-to-back stream starts. A JPEG's entropy-coded data stuffs every
    0xFF with 0x00, so the start-of-image marker FF D8 (then the next marker's FF) appears only
    where a frame begins."""
    starts: list[np.ndarray] = []
    position, carry = 0, b""
    with path.open("rb") as file:
        while block := file.read(chunk):
            data = np.frombuffer(carry + block, np.uint8)
            hits = np.flatnonzero((data[:-2] == 0xFF) & (data[1:-1] == 0xD8) & (data[2:] == 0xFF))
            starts.append(hits + position - len(carry))
            position += len(block)
            carry = block[-2:]
    return np.concatenate(starts).astype(np.int64) if starts else np.zeros(0, np.int64)


def proxy_size(info: MediaInfo, short_side: int = PROXY_SHORT_SIDE) -> tuple[int, int]:
    """The clip's displayed size scaled so its short side is at most `short_side` (even)."""
    scale = min(1.0, short_side / max(1, min(info.width, info.height)))
    return max(2, round(info.width * scale / 2) * 2), max(2, round(info.height * scale / 2) * 2)


def to_jpeg_colours(info: MediaInfo, width: int, height: int) -> str:
    """ffmpeg filters that scale the clip to width x height in JPEG's full-range BT.601.

    JPEG means full-range BT.601: the clip's own matrix (phones tag BT.709) is converted, or the
    preview's colours would differ from the export's. swscale changes a matrix on a slow path
    (a third of a proxy's filtering and encoding time); the colorspace filter does it for 8-bit
    BT.709 after scaling, at a quarter of the pixels. Untagged clips are read as BT.601 (as the
    export's decoder reads them), so only their range changes, which swscale does cheaply.
    """
    if hdr := hdr_to_sdr(info):  # scaled first: tone mapping costs by the pixel
        return (
            f"scale={width}:{height}:flags=area{hdr},"
            "scale=out_color_matrix=bt601:out_range=full,format=yuvj420p"
        )
    if info.colour_matrix == "bt709" and info.pixel_format in ("yuv420p", "yuvj420p"):
        levels = "pc" if info.full_range else "tv"
        return (
            f"scale={width}:{height}:flags=area,colorspace=iall=bt709:irange={levels}"
            ":all=bt709:space=bt470bg:range=pc:fast=1:format=yuv420p"
        )
    return (
        f"scale={width}:{height}:flags=area:out_color_matrix=bt601:out_range=full,format=yuvj420p"
    )


def make_proxy(
    source: Path,
    progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
    short_side: int = PROXY_SHORT_SIDE,
) -> Path:
    """Make (or find) the proxy of a video; reports 0-1 progress; Cancelled when stopped."""
    info = probe(source)
    if info.kind != "video":
        raise MediaError(source, "only a video clip has a preview proxy")
    target = proxy_path(source, short_side)
    if cached_proxy(source, short_side) == target:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.stem}.{os.getpid()}.{threading.get_ident()}.mjpeg")
    partial_index = index_path(partial)
    width, height = proxy_size(info, short_side)
    command = [
        ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
        "-i", str(source), "-an", "-sn", "-dn",
        # frame n of the proxy is the clip at n/30 s from its start, as the export counts
        # (a picture that starts after the sound: its first frame held from 0)
        "-vf", f"{whole_pictures(info)}fps={PROXY_FPS}:start_time=0,"
        f"{to_jpeg_colours(info, width, height)}",
        "-c:v", "mjpeg", "-q:v", "4", "-threads", "1",  # the other core keeps the preview drawing
        "-f", "mjpeg", "-progress", "pipe:1", "-nostats", str(partial),
    ]  # fmt: skip
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    stderr: list[bytes] = []
    reader = threading.Thread(
        target=lambda: stderr.append(process.stderr.read() if process.stderr else b""),
        daemon=True,
    )
    reader.start()
    stopped = False
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if stop is not None and stop.is_set():
                stopped = True
                process.kill()
                break
            if line.startswith(b"out_time_us=") and progress is not None and info.duration > 0:
                micros = line.split(b"=", 1)[1].strip()
                if micros.isdigit():
                    progress(min(1.0, int(micros) / 1e6 / info.duration))
        process.wait()
        reader.join(timeout=5)
        if stopped:
            raise Cancelled()
        if process.returncode != 0:
            reason = last_error_line(b"".join(stderr)) or f"ffmpeg exited {process.returncode}"
            raise MediaError(source, f"cannot prepare the preview ({reason})")
        starts = frame_offsets(partial)
        if len(starts) == 0:
            raise MediaError(source, "cannot prepare the preview (no picture could be decoded)")
        with partial_index.open("wb") as file:
            np.save(file, starts)
        os.replace(partial_index, index_path(target))
        os.replace(partial, target)  # last: the proxy counts as made once its frames are there
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        partial.unlink(missing_ok=True)
        partial_index.unlink(missing_ok=True)
    if progress is not None:
        progress(1.0)
    prune_proxies()
    return target


def prune_proxies(limit_bytes: int = CACHE_LIMIT_BYTES) -> None:
    """Delete the least recently made proxies until the folder is under `limit_bytes`."""
    folder = proxies_dir()
    if not folder.is_dir():
        return
    files = sorted(folder.glob("*.mjpeg"), key=lambda p: p.stat().st_mtime)
    total = sum(p.stat().st_size for p in files)
    for path in files:
        if total <= limit_bytes:
            break
        try:
            size = path.stat().st_size
            path.unlink(missing_ok=True)
            index_path(path).unlink(missing_ok=True)
        except OSError:  # open in a preview (Windows will not delete a mapped file): next time
            continue
        total -= size
