"""Every bundled template renders with every bundled sample, through the export's own code path.

A template is exported once per sample clip (every slot filled with it, photo slots with the
sample photo), at 3 frames per second: a real render of every slot, transition, filter, text and
sticker to the last frame, affordable on two cores. Before/After once failed at 95% here: a
clip shorter than its slot was held past its end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.media.probe import probe
from studio.media.render import prepare, render

pytestmark = pytest.mark.slow

TEMPLATES = sorted(
    p.name for p in bundled_templates_dir().iterdir() if (p / "template.json").is_file()
)
SAMPLES = sorted(p.name for p in resource_path("samples").iterdir() if p.suffix == ".mp4")
PHOTO = resource_path("samples", "portrait-photo.jpg")
FPS = 3


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("slug", TEMPLATES)
def test_bundled_template_renders_with_bundled_sample(
    tmp_path: Path, slug: str, sample: str
) -> None:
    loaded = load_template(bundled_templates_dir() / slug)
    clip = resource_path("samples", sample)
    slots = {slot.id: SlotInput(PHOTO if slot.kind == "photo" else clip)
             for slot in loaded.template.slots}  # fmt: skip
    blanks = {blank.id: blank.example or "words" for blank in loaded.template.blanks}
    plan = prepare(loaded, CreatorInput(slots=slots, blanks=blanks, fps=FPS))
    out = render(plan, tmp_path / f"{slug}.mp4")
    assert probe(out).duration == pytest.approx(plan.duration, abs=1 / FPS + 0.05)
