"""`bench/template_cost.py`: the template budget's estimate of a frame against the real thing.

Composes frames of heavy templates at 1080x1920 with the compositor the export uses and prints
the median milliseconds per frame next to what `studio/core/template/budget.py` estimates, so the
per-pixel costs there can be re-measured on another machine. The plans are made with `fill`,
past `prepare`, because `prepare` refuses the heaviest of them.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.fill import CreatorInput, SlotInput, fill
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.core.template.budget import budget_problems
from studio.core.timeline import resolve_timeline
from studio.media.compositor import Compositor
from studio.media.template_assets import picture_size

FRAMES = 12
STAR = bundled_templates_dir() / "pov" / "star.png"  # 300 px
TYPEWRITER = {"text": "The quick brown fox jumps over", "animation_in": "typewriter",
              "animation_duration": 3}  # fmt: skip
CASES: dict[str, dict[str, Any]] = {
    "30 spinning stickers": {
        "stickers": [
            {
                "id": f"s{i}",
                "image": "star.png",
                "animation": "spin",
                "x": (i % 6) / 6,
                "y": (i // 6) / 5,
            }
            for i in range(30)
        ],
    },
    "30 typewriter texts": {
        "texts": [{"id": f"t{i}", "y": i / 30, **TYPEWRITER} for i in range(30)],
    },
    "both": {
        "stickers": [
            {
                "id": f"s{i}",
                "image": "star.png",
                "animation": "spin",
                "x": (i % 6) / 6,
                "y": (i // 6) / 5,
            }
            for i in range(30)
        ],
        "texts": [{"id": f"t{i}", "y": i / 30, **TYPEWRITER} for i in range(30)],
    },
}


def measure(folder: Path, start: float) -> float:
    """Median seconds to compose a frame, from `start` seconds on."""
    loaded = load_template(folder)
    clip = resource_path("samples", "dance-portrait.mp4")
    plan = fill(loaded, CreatorInput(slots={"a": SlotInput(clip)}), None, None, None)
    compositor = Compositor(plan)
    try:
        times = []
        for index in range(FRAMES):
            began = time.perf_counter()
            compositor.frame_at(start + index / 30)
            times.append(time.perf_counter() - began)
    finally:
        compositor.close()
    return statistics.median(times[2:])


def estimate(folder: Path) -> str:
    """The budget's own words about this template with its time limit set to zero."""
    import studio.core.template.budget as budget

    loaded = load_template(folder)
    limit = budget.FRAME_SECONDS_LIMIT
    budget.FRAME_SECONDS_LIMIT = 0.0
    try:
        timeline = resolve_timeline(loaded.template, None, None)
        found = budget_problems(loaded.template, loaded.folder, loaded.file, timeline, None,
                                picture_size)  # fmt: skip
    finally:
        budget.FRAME_SECONDS_LIMIT = limit
    return found[0].message.split(" would take about ")[1].split(" per frame")[0] if found else "-"


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        print(f"{'template (1080x1920)':24} {'estimate':>9} {'typing':>9} {'all shown':>10}")
        for name, layers in CASES.items():
            folder = Path(scratch) / name.replace(" ", "-")
            folder.mkdir()
            shutil.copy(STAR, folder / "star.png")
            shutil.copy(bundled_templates_dir() / "pov" / "preview.png", folder)
            data = {"version": 1, "name": name, "canvas": {"width": 1080, "height": 1920},
                    "soundtrack": {"track": None, "clip_audio_db": None},
                    "slots": [{"id": "a", "label": "A", "duration": 15}], **layers}  # fmt: skip
            (folder / "template.json").write_text(json.dumps(data), encoding="utf-8")
            early, late = measure(folder, 0.5), measure(folder, 3.5)
            print(f"{name:24} {estimate(folder):>9} {early * 1000:>7.0f}ms {late * 1000:>8.0f}ms")


if __name__ == "__main__":
    main()
