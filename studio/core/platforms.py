"""Platform presets (TikTok, Reels, Shorts) read from one data file that can change without code."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from studio.core.resources import resource_path


class Box(BaseModel):
    """An axis-aligned rectangle in canvas pixels."""

    model_config = ConfigDict(frozen=True)
    left: float
    top: float
    right: float
    bottom: float


class SafeZone(BaseModel):
    """Pixels each edge of a 1080x1920 frame that the platform's buttons and captions cover."""

    model_config = ConfigDict(frozen=True)
    top: int = 0
    bottom: int = 0
    left: int = 0
    right: int = 0

    def visible_box(self, width: int, height: int) -> Box:
        """The uncovered area of a `width` x `height` canvas (scaled from 1080x1920)."""
        sx, sy = width / 1080, height / 1920
        return Box(
            left=self.left * sx,
            top=self.top * sy,
            right=width - self.right * sx,
            bottom=height - self.bottom * sy,
        )

    def covered_edges(self, box: Box, width: int, height: int) -> list[str]:
        """Which edges of `box` reach into the covered area ('top', 'bottom', ...)."""
        visible = self.visible_box(width, height)
        edges = []
        if box.top < visible.top - 0.5:
            edges.append("top")
        if box.bottom > visible.bottom + 0.5:
            edges.append("bottom")
        if box.left < visible.left - 0.5:
            edges.append("left")
        if box.right > visible.right + 0.5:
            edges.append("right")
        return edges


class Platform(BaseModel):
    """What one platform accepts and what its interface covers."""

    model_config = ConfigDict(frozen=True)
    id: str = ""
    name: str
    width: int
    height: int
    fps_min: float
    fps_max: float
    min_duration: float
    max_duration: float
    containers: list[str]
    video_codecs: list[str]
    audio_codecs: list[str]
    max_audio_rate: int
    caption_max: int
    hashtags_max: int
    title_max: int | None = None
    safe_zone: SafeZone = Field(default_factory=SafeZone)


@cache
def load_platforms(path: Path | None = None) -> dict[str, Platform]:
    """Every platform preset by id, from `resources/platforms.json`."""
    data = json.loads((path or resource_path("platforms.json")).read_text(encoding="utf-8"))
    return {
        key: Platform.model_validate({**value, "id": key})
        for key, value in data["platforms"].items()
    }


def platform(platform_id: str) -> Platform:
    """One preset by id; the error lists the known ids."""
    platforms = load_platforms()
    if platform_id not in platforms:
        known = ", ".join(platforms)
        raise KeyError(f"unknown platform '{platform_id}' (known: {known})")
    return platforms[platform_id]
