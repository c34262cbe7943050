"""Tiny synthetic media with exact content (solid colours, flashes, beeps), made with the bundled
ffmpeg, so tests can assert pixels and samples exactly."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import numpy as np

from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg


def solid_clip(path: Path, colour: str, seconds: float = 2.0, size: str = "320x240",
               fps: int = 30, tone_hz: float | None = None) -> Path:  # fmt: skip
    """A clip of one colour, optionally with a steady tone."""
    args = ["-f", "lavfi", "-i", f"color=c={colour}:s={size}:r={fps}:d={seconds}"]
    if tone_hz:
        args += ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=48000:d={seconds}",
                 "-c:a", "aac"]  # fmt: skip
    run_ffmpeg([*args, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-t", str(seconds), str(path)])
    return path


def flash_clip(path: Path, flash_frame: int, seconds: float = 3.0, fps: int = 30,
               size: tuple[int, int] = (320, 240)) -> Path:  # fmt: skip
    """Black video with one white frame at `flash_frame`, and a beep starting at that instant."""
    width, height = size
    frames = int(seconds * fps)
    rate = 48_000
    audio = np.zeros(int(seconds * rate), np.float32)
    start = int(flash_frame / fps * rate)
    beep = np.sin(2 * np.pi * 1000 * np.arange(int(0.1 * rate)) / rate).astype(np.float32) * 0.5
    audio[start : start + beep.size] = beep
    wav = path.with_suffix(".f32")
    wav.write_bytes(audio.tobytes())
    command = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
               "-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{width}x{height}", "-r", str(fps),
               "-i", "pipe:0", "-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", str(wav),
               "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", str(path)]  # fmt: skip
    video = np.zeros((frames, height, width), np.uint8)
    video[flash_frame] = 255
    subprocess.run(command, input=video.tobytes(), check=True)
    wav.unlink()
    return path


def small_template(folder: Path, data: dict[str, Any]) -> Path:
    """A template folder with a small canvas (fast to render) and the given fields."""
    folder.mkdir(parents=True, exist_ok=True)
    base = {
        "version": 1,
        "name": "Test",
        "canvas": {"width": 270, "height": 480, "fps": 30},
        "soundtrack": {"track": None, "clip_audio_db": 0},
    }
    shutil.copy(Path(__file__).parent.parent / "templates" / "pov" / "preview.png", folder)
    (folder / "template.json").write_text(json.dumps({**base, **data}))
    return folder


def decode_frames(path: Path, size: tuple[int, int]) -> np.ndarray:
    """Every frame of a video as RGB (N x H x W x 3)."""
    width, height = size
    raw = run_ffmpeg(["-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, height, width, 3)


def decode_audio(path: Path, rate: int = 48_000) -> np.ndarray:
    """The audio of a file as mono float32."""
    raw = run_ffmpeg(["-i", str(path), "-vn", "-ac", "1", "-ar", str(rate), "-f", "f32le", "-"])
    return np.frombuffer(raw.stdout, np.float32)


def stream_summary(path: Path) -> str:
    """What `ffmpeg -i` says about a file (the bundled ffmpeg has no ffprobe)."""
    result = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    return result.stderr


def draw_face(frame: np.ndarray, cx: int, cy: int, size: int) -> np.ndarray:
    """Draw a cartoon face (skin oval, brows, eyes, nose, mouth) that OpenCV's frontal-face
    Haar cascade detects: the project's own synthetic face, so tests need no photo of anyone."""
    import cv2

    def oval(x: float, y: float, rx: float, ry: float, colour: tuple[int, int, int]) -> None:
        centre, axes = (
            (round(cx + x * size), round(cy + y * size)),
            (round(rx * size), round(ry * size)),
        )
        cv2.ellipse(frame, centre, axes, 0, 0, 360, colour, -1, cv2.LINE_AA)

    oval(0, 0, 0.5, 0.65, (200, 160, 130))
    for side in (-1, 1):
        oval(side * 0.2, -0.2, 0.13, 0.03, (60, 40, 30))
        oval(side * 0.2, -0.1, 0.1, 0.05, (240, 240, 240))
        oval(side * 0.2, -0.1, 0.04, 0.04, (40, 30, 20))
    oval(0, 0.12, 0.05, 0.12, (170, 130, 105))
    oval(0, 0.33, 0.16, 0.05, (150, 60, 60))
    return frame


def frames_clip(path: Path, frames: np.ndarray, fps: int = 30) -> Path:
    """Encode RGB frames (N x H x W x 3) losslessly enough to read levels back exactly."""
    height, width = frames.shape[1:3]
    command = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
               "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}", "-r", str(fps),
               "-i", "pipe:0", "-c:v", "libx264", "-qp", "0", "-pix_fmt", "yuv444p",
               str(path)]  # fmt: skip
    subprocess.run(command, input=np.ascontiguousarray(frames).tobytes(), check=True)
    return path


def counting_clip(
    path: Path, frames: int = 60, fps: int = 30, size: tuple[int, int] = (64, 64)
) -> Path:
    """A grey clip whose level is 4 x the frame number: a decoded frame says which it was."""
    levels = (np.arange(frames) * 4).astype(np.uint8)
    video = np.broadcast_to(levels[:, None, None, None], (frames, size[1], size[0], 3))
    return frames_clip(path, video, fps)


def frame_number(frame: np.ndarray) -> int:
    """Which frame of a `counting_clip` this is."""
    return round(float(frame.mean()) / 4)
