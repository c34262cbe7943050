"""Hashtag suggestions: ranked by where they come from, with the reason shown."""

from __future__ import annotations

import json
from pathlib import Path

from studio.core.post.suggest import (
    PlatformTags,
    TagHistory,
    load_platform_tags,
    suggest_hashtags,
)


def test_ranking_adds_up_sources_and_explains_each() -> None:
    history = TagHistory({"#Plants": 5, "#gym": 1})
    trending = PlatformTags(trending=("#fyp", "#plants"), evergreen=("#pov",))
    suggestions = suggest_hashtags(
        caption="Watering my plants #pov",
        template_tags=["#pov", "#routine"],
        texts=["on a Monday"],
        history=history,
        platform_tags=trending,
        platform_name="TikTok",
    )
    ranked = [(s.tag, s.reasons) for s in suggestions]
    assert ranked[:4] == [
        ("#Plants", ("from your caption", "you used it 5 times", "trending on TikTok")),
        ("#routine", ("from the template",)),
        ("#monday", ("from your text",)),
        ("#watering", ("from your caption",)),
    ]
    tags = [s.tag for s in suggestions]
    assert "#pov" not in tags  # already in the caption
    assert tags.index("#fyp") < tags.index("#gym")  # trending (2) above used once (1.5)


def test_history_is_counted_without_case_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    history = TagHistory.load(path)
    history.record(["#Plants", "#pov"])
    history.record(["#plants"])
    again = TagHistory.load(path)
    assert again.counts == {"#pov": 1, "#plants": 2}
    path.write_text("{broken")
    assert TagHistory.load(path).counts == {}  # a damaged file starts afresh


def test_the_creators_own_tag_list_replaces_the_bundled_one(tmp_path: Path) -> None:
    bundled = load_platform_tags(tmp_path / "missing.json")
    assert "#fyp" in bundled["tiktok"].trending and {"tiktok", "reels", "shorts"} <= set(bundled)
    mine = tmp_path / "hashtags.json"
    mine.write_text(json.dumps({"platforms": {"tiktok": {"trending": ["#mine"]}}}))
    assert load_platform_tags(mine)["tiktok"].trending == ("#mine",)
