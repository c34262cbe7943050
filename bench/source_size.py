"""`bench/source_size.py`: the render's process-tree peak memory for a 4K source vs a 1080p one.

The same 1080x1920 two-slot template (a crossfade, so two decoders run at once) is rendered by
`studio render` in a process of its own, once per source size, while this script samples the
resident memory of that process and all its children (decoders, encoder) every 20 ms. A source
larger than the canvas should cost about what a canvas-sized one does: the decoder scales it.

    python bench/source_size.py [--seconds 4]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._tree import sampled

SOURCES = {"1080p": "1920x1080", "4K": "3840x2160"}


def _clip(folder: Path, name: str, size: str, seconds: float) -> Path:
    from studio.media.ffmpeg import run_ffmpeg

    path = folder / f"{name}.mp4"
    if not path.exists():  # detailed, moving content so the encoder works as on real footage
        run_ffmpeg(["-f", "lavfi", "-i", f"testsrc2=s={size}:r=30:d={seconds}",
                    "-vf", "noise=alls=20:allf=t", "-c:v", "libx264", "-preset", "ultrafast",
                    "-pix_fmt", "yuv420p", str(path)])  # fmt: skip
    return path


def _template(folder: Path, seconds: float) -> Path:
    template = folder / "template"
    template.mkdir(exist_ok=True)
    half = seconds / 2
    data = {
        "version": 1, "name": "Source size", "canvas": {"width": 1080, "height": 1920, "fps": 30},
        "soundtrack": {"track": None},
        "slots": [
            {"id": "a", "label": "A", "duration": half + 0.5,
             "transition": {"kind": "crossfade", "duration": 1.0}},
            {"id": "b", "label": "B", "duration": half + 0.5},
        ],
    }  # fmt: skip
    (template / "template.json").write_text(json.dumps(data))
    shutil.copy(
        Path(__file__).resolve().parent.parent / "templates" / "pov" / "preview.png", template
    )
    return template


def measure(template: Path, clip: Path, output: Path) -> tuple[float, float]:
    """Peak tree RSS (MB) and wall time (s) of one `studio render`."""
    command = [sys.executable, "-m", "studio", "render", str(template), "-o", str(output),
               "--media", f"a={clip}", "--media", f"b={clip}", "--quiet"]  # fmt: skip
    wall, peak, _ = sampled(command)
    return peak, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "studio-bench-source-size"
    folder.mkdir(exist_ok=True)
    template = _template(folder, args.seconds)
    for name, size in SOURCES.items():
        clip = _clip(folder, name, size, args.seconds)
        peak, wall = measure(template, clip, folder / f"out-{name}.mp4")
        print(f"{name:6} source {size}: process tree peak {peak:7.0f} MB, {wall:5.1f} s")


if __name__ == "__main__":
    main()
