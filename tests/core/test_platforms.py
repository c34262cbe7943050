"""Platform presets from one data file, extended by the creator's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.core.platforms import PlatformError, load_platforms


def test_every_platform_has_its_limits() -> None:
    presets = load_platforms()
    assert set(presets) >= {"tiktok", "reels", "shorts", "custom"}
    assert (presets["tiktok"].max_duration, presets["tiktok"].hashtags_max) == (600, 5)
    assert (presets["reels"].max_duration, presets["reels"].caption_max) == (180, 2200)
    assert (presets["shorts"].title_max, presets["shorts"].fps_min) == (100, 24)
    assert presets["tiktok"].safe_zone.bottom > 0


def test_a_creator_file_overrides_and_adds_presets(private_data_folder: Path) -> None:
    private_data_folder.mkdir()
    (private_data_folder / "platforms.json").write_text(json.dumps({"platforms": {
        "custom": {"name": "My feed", "max_duration": 90},
        "tiktok": {"hashtags_max": 3},
    }}))  # fmt: skip
    presets = load_platforms()
    assert (presets["custom"].name, presets["custom"].max_duration) == ("My feed", 90)
    assert presets["tiktok"].hashtags_max == 3 and presets["tiktok"].caption_max == 2200


def test_a_broken_creator_file_is_named(private_data_folder: Path) -> None:
    private_data_folder.mkdir()
    (private_data_folder / "platforms.json").write_text(json.dumps(
        {"platforms": {"custom": {"max_duration": "long"}}}))  # fmt: skip
    with pytest.raises(PlatformError, match=r"platforms\.json: custom\.max_duration: "):
        load_platforms()
