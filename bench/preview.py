"""`bench/preview.py`: how fast the editor's 540x960 preview draws, playing and scrubbing.

Playing asks for consecutive frames (one decoder reads on); scrubbing jumps to random times
(each jump far enough away restarts a decoder at the new point). Prints medians in ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.render import prepare


def main() -> None:
    loaded = load_template(bundled_templates_dir() / "three-things")
    samples = ["dance-portrait.mp4", "city-landscape.mp4", "garden-square.mp4"]
    slots = {
        slot.id: SlotInput(resource_path("samples", samples[index]))
        for index, slot in enumerate(loaded.template.slots)
    }
    given = CreatorInput(slots=slots, blanks={b.id: b.example for b in loaded.template.blanks})
    plan = prepare(loaded, given)
    compositor = Compositor(plan, scale=0.5)
    try:
        compositor.frame_at(0.0)  # decoders started
        playing = []
        for index in range(1, 150):
            started = time.perf_counter()
            compositor.frame_at(index / plan.fps)
            playing.append((time.perf_counter() - started) * 1000)
        rng = random.Random(1)
        scrubbing = []
        for _ in range(30):
            started = time.perf_counter()
            compositor.frame_at(rng.uniform(0, plan.duration))
            scrubbing.append((time.perf_counter() - started) * 1000)
    finally:
        compositor.close()
    print(f"preview {compositor.width}x{compositor.height}, template three-things")
    print(f"playing:   median {statistics.median(playing):6.1f} ms per frame "
          f"({1000 / statistics.median(playing):.0f} fps)")  # fmt: skip
    print(f"scrubbing: median {statistics.median(scrubbing):6.1f} ms per jump, "
          f"worst {max(scrubbing):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
