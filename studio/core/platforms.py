"""Platform presets (TikTok, Reels, Shorts, custom) from one data file that changes without code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from studio.core.errors import StudioError
from studio.core.resources import resource_path
from studio.core.user_data import user_data_dir


class Box(BaseModel):
    """An axis-aligned rectangle in canvas pixels."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)
    left: float
    top: float
    right: float
    bottom: float


class SafeZone(BaseModel):
    """Pixels each edge of a 1080x1920 frame that the platform's buttons and captions cover."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)
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

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)
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


USER_FILE = "platforms.json"


def load_platforms(path: Path | None = None, user_file: Path | None = None) -> dict[str, Platform]:
    """Every platform preset by id: `resources/platforms.json`, then the creator's own file
    (in the studio's data folder) adding presets or overriding fields of existing ones."""
    data = json.loads((path or resource_path("platforms.json")).read_text(encoding="utf-8"))
    presets: dict[str, dict[str, Any]] = dict(data["platforms"])
    user_file = user_file or user_data_dir() / USER_FILE
    if user_file.is_file():
        try:
            mine = json.loads(user_file.read_text(encoding="utf-8-sig")).get("platforms", {})
        except (OSError, ValueError, AttributeError) as exc:
            raise PlatformError(f"{user_file}: not a readable presets file ({exc})") from None
        for key, fields in mine.items():
            presets[key] = {**presets.get(key, {}), **fields}
    platforms = {}
    for key, value in presets.items():
        try:
            platforms[key] = Platform.model_validate({**value, "id": key})
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in (key, *first["loc"]))
            raise PlatformError(f"{user_file}: {where}: {first['msg']}") from None
    return platforms


class PlatformError(StudioError, ValueError):
    """A creator's presets file that cannot be used; the message names the file and field."""


def platform(platform_id: str) -> Platform:
    """One preset by id; the error lists the known ids."""
    platforms = load_platforms()
    if platform_id not in platforms:
        known = ", ".join(platforms)
        raise KeyError(f"unknown platform '{platform_id}' (known: {known})")
    return platforms[platform_id]
