"""Format v2 beside REF-15: a 15 s `duet` of two 720p sources visible at once, and the
`photo-dump` of eight 12 MP photos in motion (each scaled once, then warped per frame)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bench._ref15 import noisy_clip

PHOTO_SIZE = (4000, 3000)  # 12 MP


def twelve_megapixel_photos(folder: Path, count: int = 8) -> list[Path]:
    """Camera-sized JPEGs with noise and detail (as slow to decode as a phone's)."""
    from PIL import Image

    paths = []
    rng = np.random.default_rng(8)
    width, height = PHOTO_SIZE
    for index in range(count):
        path = folder / f"photo-{index + 1}.jpg"
        if not path.exists():
            ys = np.linspace(0, 255, height, dtype=np.float32)[:, None]
            xs = np.linspace(0, 255, width, dtype=np.float32)[None, :]
            base = np.stack([ys + 0 * xs, xs + 0 * ys, (ys + xs) / 2], axis=-1)
            noise = rng.normal(0, 12, (height, width, 1)).astype(np.float32)
            picture = np.clip(base * (0.6 + 0.05 * index) + noise, 0, 255).astype(np.uint8)
            Image.fromarray(picture).save(path, quality=90)
        paths.append(path)
    return paths


def duet_plan(work: Path):  # type: ignore[no-untyped-def]
    """The bundled duet, both halves from 720p clips, 15 s."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.core.resources import bundled_templates_dir
    from studio.core.template import load_template
    from studio.media.render import prepare

    clip = noisy_clip(work, 15.0)
    given = CreatorInput(
        slots={"original": SlotInput(clip, 0.0), "me": SlotInput(clip, 0.0)},
        blanks={"who": "@bench"},
    )
    return prepare(load_template(bundled_templates_dir() / "duet"), given)


def photo_dump_plan(work: Path):  # type: ignore[no-untyped-def]
    """The bundled photo dump with eight 12 MP photos (about 15 s on its track)."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.core.resources import bundled_templates_dir
    from studio.core.template import load_template
    from studio.media.render import prepare

    photos = twelve_megapixel_photos(work)
    given = CreatorInput(
        slots={f"p{i + 1}": SlotInput(path) for i, path in enumerate(photos)},
        blanks={"title": "bench dump"},
    )
    return prepare(load_template(bundled_templates_dir() / "photo-dump"), given)


def render_duet(work: Path) -> Path:
    from studio.media.render import render

    out = work / "duet.mp4"
    render(duet_plan(work), out)
    return out


def render_photo_dump(work: Path) -> Path:
    from studio.media.render import render

    out = work / "photo-dump.mp4"
    render(photo_dump_plan(work), out)
    return out
