"""The reference edit REF-15 (shared/FACTS.md), built once and rendered by three renderers.

15 s at 1080x1920 30 fps; two slots cover-cropped from a noisy 1280x720 clip with a 0.5 s
crossfade; two 72 px stroked text lines; a 300x300 sticker from 2 s to 10 s; one colour look;
a soundtrack plus the clip's audio at -12 dB; libx264 veryfast crf 20, AAC 48 kHz, faststart.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from studio.core.resources import resource_path
from studio.media.ffmpeg import run_ffmpeg

WIDTH, HEIGHT, FPS = 1080, 1920, 30
LOOK = "warm"
TEXTS = [("line1", "When the beat drops", 0.3), ("line2", "and you forgot the steps", 0.72)]


def noisy_clip(folder: Path, seconds: float) -> Path:
    """A 1280x720 30 fps clip with camera-like noise (hard to encode, like a webcam's)."""
    path = folder / f"noisy-{int(seconds)}s.mp4"
    if not path.exists():
        run_ffmpeg([
            "-f", "lavfi", "-i", f"testsrc2=size=1280x720:rate=30:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate=48000:duration={seconds}",
            "-vf", "noise=alls=7:allf=t", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path),
        ])  # fmt: skip
    return path


def template_folder(folder: Path, seconds: float) -> Path:
    """REF-15 as a studio template (or its 60 s variant, for the memory check)."""
    out = folder / f"ref-{int(seconds)}"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(resource_path("stickers", "star.png"), out / "star.png")
    shutil.copy(resource_path("stickers", "star.png"), out / "preview.png")
    half = seconds / 2
    data = {
        "version": 1,
        "name": "REF-15",
        "canvas": {"width": WIDTH, "height": HEIGHT, "fps": FPS},
        "duration": seconds,
        "soundtrack": {"track": "bundled:night-drive", "clip_audio_db": -12},
        "slots": [
            {"id": "a", "label": "A", "duration": half, "filter": {"name": LOOK},
             "transition": {"kind": "crossfade", "duration": 0.5}},
            {"id": "b", "label": "B", "duration": half, "filter": {"name": LOOK}},
        ],
        "blanks": [{"id": b, "prompt": b, "max_length": 40} for b, _, _ in TEXTS],
        "texts": [
            {"id": b, "text": f"{{blank:{b}}}", "y": y,
             "style": {"size": 72, "stroke_width": 6, "font": "Inter-Black"}}
            for b, _, y in TEXTS
        ],
        "stickers": [{"id": "star", "image": "star.png", "x": 0.75, "y": 0.45, "scale": 1.0,
                      "start": 2, "duration": 8}],
    }  # fmt: skip
    (out / "template.json").write_text(json.dumps(data))
    return out
