"""Preflight findings from facts, caption and text boxes, each with its fix."""

from __future__ import annotations

from studio.core.platforms import Box, platform
from studio.core.post.preflight import TextBox, VideoFacts, preflight

GOOD = VideoFacts(20.0, 30, 1080, 1920, "mp4", "h264", "aac", 48_000, moov_first=True)


def test_a_good_video_with_a_short_caption_is_ready() -> None:
    assert preflight(platform("tiktok"), GOOD, "hello #fyp") == []


def test_each_broken_rule_is_found_and_says_how_to_fix_it() -> None:
    bad = VideoFacts(200.0, 120, 1920, 1080, "mkv", "vp9", "opus", 96_000, moov_first=None)
    findings = preflight(platform("reels"), bad, "x" * 2300 + " #a #b #c #d #e #f")
    problems = {f.auto_fix: f for f in findings}
    assert set(problems) >= {"trim", "fps", "size", "reencode", "audio", "hashtags", None}
    assert problems["trim"].problem.startswith(
        "it is 200.0 s long; Instagram Reels takes at most 180"
    )
    assert problems["fps"].fix == "export at 30 fps"
    assert [f.severity for f in findings][:1] == ["error"]  # errors first
    caption = next(f for f in findings if "caption" in f.problem)
    assert caption.problem == "the caption is 2,318 characters; Instagram Reels allows 2,200"
    assert caption.fix == "shorten it by 118"


def test_shorts_wants_a_title_within_its_limit() -> None:
    shorts = platform("shorts")
    assert [f.auto_fix for f in preflight(shorts, GOOD, "hi")] == ["title"]
    assert preflight(shorts, GOOD, "hi", title="A title") == []
    [long_title] = preflight(shorts, GOOD, "hi", title="t" * 101)
    assert long_title.severity == "error" and "101 characters" in long_title.problem


def test_text_under_the_buttons_is_a_warning() -> None:
    low = TextBox("Follow for more", Box(left=300, top=1700, right=780, bottom=1800))
    [finding] = preflight(platform("tiktok"), GOOD, None, texts=[low])
    assert finding.problem == "text 'Follow for more' reaches under TikTok's buttons at the bottom"


def test_an_index_at_the_end_is_worth_fixing() -> None:
    slow = VideoFacts(20.0, 30, 1080, 1920, "mp4", "h264", "aac", 48_000, moov_first=False)
    [finding] = preflight(platform("tiktok"), slow)
    assert finding.auto_fix == "faststart"
