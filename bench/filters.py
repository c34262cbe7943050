"""`bench/filters.py`: median milliseconds per frame of every filter at 1080x1920 and 540x960.

Frames come from a bundled sample clip (real picture content, not noise). Targets (issue 4):
looks at most 10 ms at 1080x1920, every filter at most 4 ms at 540x960.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.resources import resource_path
from studio.media.decode import VideoReader
from studio.media.filters import build_filter, filter_names
from studio.media.probe import probe

SIZES = [(1080, 1920), (540, 960)]
REPEATS = 15


def sample_frame(width: int, height: int) -> object:
    reader = VideoReader(probe(resource_path("samples", "dance-portrait.mp4")), width, height, 30)
    try:
        return reader.read().copy()  # type: ignore[union-attr]
    finally:
        reader.close()


def main() -> None:
    frames = {size: sample_frame(*size) for size in SIZES}
    print(f"{'filter':15}" + "".join(f"{f'{w}x{h} ms':>14}" for w, h in SIZES))
    for name in filter_names():
        row = []
        for size in SIZES:
            item = build_filter(name, strength=0.8)
            frame = frames[size]
            item.apply(frame, 0.0)  # tables and masks built outside the timing
            times = []
            for index in range(REPEATS):
                started = time.perf_counter()
                item.apply(frame, index / 30)
                times.append((time.perf_counter() - started) * 1000)
            row.append(statistics.median(times))
        print(f"{name:15}" + "".join(f"{ms:14.1f}" for ms in row))


if __name__ == "__main__":
    main()
