"""Preview proxies: a small every-frame-a-keyframe copy of a clip, so the editor can jump anywhere.

A phone clip has a keyframe every second or two; showing an arbitrary time means starting an
ffmpeg decoder there and decoding forward (100-230 ms a jump). The proxy is the clip at preview
size, 30 fps, with every frame a keyframe, read in-process by OpenCV: a jump is one seek and one
frame's decode. Proxies are made once per file (keyed by path, size and modification time) under
the data folder; exports never read them.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from studio.core.errors import Cancelled
from studio.core.render_plan import PlannedSlot
from studio.core.user_data import user_data_dir
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError, ffmpeg_exe, last_error_line
from studio.media.probe import MediaInfo, probe
from studio.media.slot_source import fit_image

PROXY_FPS = 30
PROXY_SHORT_SIDE = 540  # the preview canvas is 540x960
PROXY_VERSION = 1  # bump when the proxy's format changes: old files stop matching
CACHE_LIMIT_BYTES = 4 * 1024**3

ProgressCallback = Callable[[float], None]


def proxies_dir() -> Path:
    """Where proxies are kept (inside the data folder, so `STUDIO_DATA_DIR` moves them too)."""
    return user_data_dir() / "proxies"


def proxy_path(source: Path, short_side: int = PROXY_SHORT_SIDE) -> Path:
    """Where the proxy of `source` is (or will be): a new size or mtime gives a new name."""
    stat = source.stat()
    key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{short_side}|{PROXY_VERSION}"
    return proxies_dir() / f"{hashlib.sha1(key.encode()).hexdigest()}.mp4"


def cached_proxy(source: Path, short_side: int = PROXY_SHORT_SIDE) -> Path | None:
    """The proxy of `source` if it has been made, else None."""
    try:
        path = proxy_path(source, short_side)
    except OSError:
        return None
    return path if path.is_file() else None


def proxy_size(info: MediaInfo, short_side: int = PROXY_SHORT_SIDE) -> tuple[int, int]:
    """The clip's displayed size scaled so its short side is at most `short_side` (even)."""
    scale = min(1.0, short_side / max(1, min(info.width, info.height)))
    return max(2, round(info.width * scale / 2) * 2), max(2, round(info.height * scale / 2) * 2)


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
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.stem}.{os.getpid()}.{threading.get_ident()}.mp4")
    width, height = proxy_size(info, short_side)
    command = [
        ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
        "-i", str(source), "-an", "-sn", "-dn",
        # frame n of the proxy is the clip at n/30 s from its first frame
        "-vf", f"setpts=PTS-STARTPTS,fps={PROXY_FPS},scale={width}:{height}:flags=area,"
               "format=yuv420p",
        "-c:v", "libx264", "-preset", "ultrafast", "-tune", "fastdecode", "-g", "1",
        "-crf", "20", "-threads", "1",  # the other core keeps the preview drawing
        "-progress", "pipe:1", "-nostats", str(partial),
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
        os.replace(partial, target)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress(1.0)
    prune_proxies()
    return target


def prune_proxies(limit_bytes: int = CACHE_LIMIT_BYTES) -> None:
    """Delete the least recently made proxies until the folder is under `limit_bytes`."""
    folder = proxies_dir()
    if not folder.is_dir():
        return
    files = sorted(folder.glob("*.mp4"), key=lambda p: p.stat().st_mtime)
    total = sum(p.stat().st_size for p in files)
    for path in files:
        if total <= limit_bytes:
            break
        total -= path.stat().st_size
        path.unlink(missing_ok=True)


def _fit(picture: np.ndarray, width: int, height: int, fit: str) -> Frame:
    """Cover: crop the middle to the canvas's shape, then scale; contain: on a blurred copy."""
    h, w = picture.shape[:2]
    if fit == "contain":
        return fit_image(picture, width, height, "contain")
    crop_w, crop_h = min(w, round(h * width / height)), min(h, round(w * height / width))
    left, top = (w - crop_w) // 2, (h - crop_h) // 2
    crop = picture[top : top + crop_h, left : left + crop_w]
    method = cv2.INTER_AREA if crop_w > width else cv2.INTER_LINEAR
    return cv2.resize(crop, (width, height), interpolation=method)


def can_use_proxy(slot: PlannedSlot) -> bool:
    """Face-following slots track faces on the original's frames; the rest can use a proxy."""
    return slot.fit != "follow"


class ProxySource:
    """A slot's frames read from its proxy at any time: the same times as `SlotSource` gives."""

    is_still = False

    def __init__(self, slot: PlannedSlot, proxy: Path, width: int, height: int, fps: int) -> None:
        self.slot, self.path = slot, proxy
        self.width, self.height, self.fps = width, height, fps
        self._capture = cv2.VideoCapture(str(proxy), cv2.CAP_FFMPEG)
        if not self._capture.isOpened():
            raise MediaError(proxy, "cannot open the preview proxy")
        self.frame_count = max(1, int(self._capture.get(cv2.CAP_PROP_FRAME_COUNT)))
        self.proxy_size = (
            int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        self._next = 0  # the proxy frame a plain read() gives next
        self._shown: tuple[int, Frame] | None = None

    def proxy_index(self, t: float) -> int:
        """Which proxy frame shows at output time `t` (as the export's decoder would pick)."""
        slot = self.slot
        output_index = max(0, round((t - slot.visible.start) * self.fps))
        media = slot.in_point + slot.media_frame(output_index, self.fps) * slot.speed / self.fps
        index = round(media * PROXY_FPS)
        if slot.when_short == "loop":
            return index % self.frame_count
        return min(index, self.frame_count - 1)

    def frame_at(self, t: float) -> Frame:
        """The slot's picture at output time `t`, fitted to the canvas."""
        index = self.proxy_index(t)
        if self._shown is not None and self._shown[0] == index:
            return self._shown[1]
        if index != self._next:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, index)
        ok, bgr = self._capture.read()
        self._next = index + 1
        if not ok or bgr is None:
            if self._shown is not None:
                return self._shown[1]  # past the proxy's end: hold, as the export does
            return np.zeros((self.height, self.width, 3), np.uint8)
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        frame = _fit(rgb, self.width, self.height, self.slot.fit)
        frame.flags.writeable = False
        self._shown = (index, frame)
        return frame

    def close(self) -> None:
        self._capture.release()
