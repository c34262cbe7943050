"""`bench/own_sticker.py`: what a creator's own photo sticker costs a frame.

A phone photo added as a sticker is 12 MP or more and shown a few hundred pixels wide. Composes
frames of `pov` (its clip, texts and star) with the compositor the export and the preview use,
without a sticker (the reference, same run) and with one 12 MP or 36 MP photo at the editor's
fitted scale, straight and turned, and at half its size. Prints the median milliseconds a frame
and the sticker's share above the reference.

    python bench/own_sticker.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.fill import CreatorInput, SlotInput, fill
from studio.core.overlays import OwnSticker
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.overlay_geometry import fitted_sticker_scale

FRAMES = 30


def photo(folder: Path, width: int, height: int) -> Path:
    """A photo-like picture: smooth colour with fine grain, as a phone's JPEG has."""
    rng = np.random.default_rng(7)
    ramp = np.linspace(40, 220, width, dtype=np.float32)[None, :, None]
    pixels = ramp + rng.normal(0, 12, (height, 1, 3)).astype(np.float32)
    path = folder / f"photo-{width}x{height}.png"
    Image.fromarray(np.clip(pixels + rng.normal(0, 8, (height, width, 1)), 0, 255).astype(
        np.uint8)).save(path, compress_level=1)  # fmt: skip
    return path


def frame_ms(stickers: tuple[OwnSticker, ...]) -> float:
    """Median milliseconds to compose a frame of `pov` with these own stickers."""
    loaded = load_template(bundled_templates_dir() / "pov")
    clip = resource_path("samples", "dance-portrait.mp4")
    given = CreatorInput(slots={"scene": SlotInput(clip)}, blanks={"activity": "baking",
                         "day": "Monday"}, overlays=stickers)  # fmt: skip
    compositor = Compositor(fill(loaded, given, None, None, None))
    try:
        times = []
        for index in range(FRAMES):
            began = time.perf_counter()
            compositor.frame_at(1.0 + index / 30)
            times.append(time.perf_counter() - began)
    finally:
        compositor.close()
    return statistics.median(times[3:]) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        frame_ms(())  # the first compositor opens the clip's decoder and fonts cold
        reference = frame_ms(())
        print(f"{'own sticker':34} {'ms/frame':>9} {'sticker':>8}")
        print(f"{'none (reference)':34} {reference:9.1f} {'':>8}")
        for width, height in ((4000, 3000), (6000, 6000)):
            path = photo(folder, width, height)
            fitted = fitted_sticker_scale(path)
            for label, scale, rotation in (("fitted", fitted, 0.0), ("fitted, turned 15", fitted,
                                           15.0), ("half size", 0.5, 0.0)):  # fmt: skip
                sticker = OwnSticker(id="sticker-1", path=str(path), scale=scale, rotation=rotation)
                took = frame_ms((sticker,))
                name = f"{width * height / 1e6:.0f} MP {label} ({scale:g})"
                print(f"{name:34} {took:9.1f} {took - reference:+8.1f}")


if __name__ == "__main__":
    main()
