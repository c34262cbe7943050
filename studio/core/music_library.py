"""The bundled soundtracks and their beat grids (`resources/music/<name>.json`)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from studio.core.resources import resource_path
from studio.core.template.loader import bundled_track_path
from studio.core.template.schema import BeatGrid


class BundledTrack(BaseModel):
    """A soundtrack shipped with the studio."""

    model_config = ConfigDict(frozen=True)
    name: str
    title: str
    mood: str = ""
    duration: float
    beats: BeatGrid
    licence: str

    @property
    def path(self) -> Path:
        return bundled_track_path(self.name)


def bundled_tracks() -> list[BundledTrack]:
    """Every bundled soundtrack, sorted by title."""
    tracks = []
    for meta in sorted(resource_path("music").glob("*.json")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        tracks.append(BundledTrack.model_validate({**data, "name": meta.stem}))
    return sorted(tracks, key=lambda t: t.title)


def bundled_track(name: str) -> BundledTrack | None:
    """The bundled soundtrack with this name, or None."""
    meta = resource_path("music", f"{name}.json")
    if not meta.is_file():
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    return BundledTrack.model_validate({**data, "name": name})
