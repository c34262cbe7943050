"""Format v1 templates render the same frames as before format v2 (within one level).

The references were rendered by the code before v2 existed (regenerate only on purpose, with
`python -m tests.media.test_v1_unchanged` on that code): a few frames of each bundled v1
template at an eighth of its size, filled with the bundled samples and the blanks' examples.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.media.render import prepare

REFERENCES = Path(__file__).parent / "v1_references.npz"
V1_TEMPLATES = ("before-after", "pov", "three-things")
TIMES = (0.2, 1.7, 3.9)
SAMPLES = ("city-landscape.mp4", "dance-portrait.mp4", "garden-square.mp4")


def render_frames(slug: str) -> np.ndarray:
    """The frames at TIMES of a bundled v1 template, at an eighth of its size."""
    loaded = load_template(bundled_templates_dir() / slug)
    template = loaded.template
    slots = {
        slot.id: SlotInput(resource_path("samples", SAMPLES[i % len(SAMPLES)]))
        for i, slot in enumerate(template.slots)
    }
    blanks = {blank.id: blank.example or blank.prompt for blank in template.blanks}
    plan = prepare(loaded, CreatorInput(slots=slots, blanks=blanks))
    compositor = Compositor(plan, scale=0.125)
    try:
        return np.stack([compositor.frame_at(t) for t in TIMES])
    finally:
        compositor.close()


@pytest.mark.parametrize("slug", V1_TEMPLATES)
def test_v1_template_renders_the_same_frames(slug: str) -> None:
    reference = np.load(REFERENCES)[slug]
    frames = render_frames(slug)
    assert reference.std() > 20  # real pictures, not black frames
    assert frames.shape == reference.shape
    difference = np.abs(frames.astype(np.int16) - reference.astype(np.int16))
    assert int(difference.max()) <= 1, f"{slug}: differs by up to {difference.max()} levels"


if __name__ == "__main__":  # regenerate the references (on the code before format v2)
    np.savez_compressed(REFERENCES, **{slug: render_frames(slug) for slug in V1_TEMPLATES})
    print(f"wrote {REFERENCES}", file=sys.stderr)
