"""Every bundled template renders from the bundled samples, through the export's own code path.

Each template is exported once at 3 frames per second, its slots filled from the sample clips and
photos in turn: a real render of every slot, transition, filter, text and sticker to the last
frame, affordable on two cores. Before/After once failed at 95% here with every sample (a clip
shorter than its slot was held past its end), so it is exported with each of them.
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
PHOTOS = sorted(p.name for p in resource_path("samples").iterdir() if p.suffix == ".jpg")
FPS = 3


def render_bundled(tmp_path: Path, slug: str, offset: int) -> None:
    """Export `slug` with every slot (and v2 input) filled from the samples, slot i taking the
    (offset + i)-th clip or photo, and check the file lasts as long as the plan."""
    loaded = load_template(bundled_templates_dir() / slug)
    template = loaded.template
    places = [*template.slots, *getattr(template, "inputs", [])]  # v2 inputs are picked like slots
    slots = {}
    for i, place in enumerate(places):
        if place.kind == "photo":
            slots[place.id] = SlotInput(
                resource_path("samples", PHOTOS[(offset + i) % len(PHOTOS)])
            )
        else:
            slots[place.id] = SlotInput(
                resource_path("samples", SAMPLES[(offset + i) % len(SAMPLES)])
            )
    blanks = {blank.id: blank.example or "words" for blank in template.blanks}
    plan = prepare(loaded, CreatorInput(slots=slots, blanks=blanks, fps=FPS))
    out = render(plan, tmp_path / f"{slug}.mp4")
    assert probe(out).duration == pytest.approx(plan.duration, abs=1 / FPS + 0.05)


@pytest.mark.parametrize("slug", TEMPLATES)
def test_bundled_template_renders_from_the_samples(tmp_path: Path, slug: str) -> None:
    # each template starts at another sample, so across the catalogue every clip fills every
    # kind of slot without rendering the whole cross product (60 exports) on two cores
    render_bundled(tmp_path, slug, TEMPLATES.index(slug))


@pytest.mark.parametrize("offset", range(len(SAMPLES)))
def test_before_after_holds_every_sample_past_its_end(tmp_path: Path, offset: int) -> None:
    """The failure this file was written for: each sample held past its end in a long slot."""
    render_bundled(tmp_path, "before-after", offset)
