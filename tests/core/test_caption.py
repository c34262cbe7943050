"""Captions parsed, normalised and counted the way the platforms do it."""

from __future__ import annotations

import pytest

from studio.core.post.caption import (
    compose_caption,
    count_caption,
    hashtags_in,
    limit_hashtags,
    mentions_in,
    normalise_hashtags,
    parse_caption,
)
from studio.core.post.graphemes import visible_length


@pytest.mark.parametrize(
    ("caption", "tags"),
    [
        ("#fyp #foryou", ["#fyp", "#foryou"]),
        ("#café and #cafe\u0301", ["#café"]),  # the same tag typed two ways (NFC)
        ("#日本 #旅行", ["#日本", "#旅行"]),
        ("#Привет #مرحبا #नमस्ते", ["#Привет", "#مرحبا", "#नमस्ते"]),
        ("so good 🎉#party🎉", ["#party"]),
        ("##tag", ["#tag"]),
        ("#tag. #end!", ["#tag", "#end"]),
        ("# alone", []),
        ("#123 #2024 #a1", ["#a1"]),
        ("email a#b", []),
        ("see https://x.com/page#section and www.a.com/#top", []),
        ("link https://x.com/#frag #real", ["#real"]),
        ("#FYP #fyp #Fyp", ["#FYP"]),
        ("&#39; is an entity", []),
        ("#snake_case_tag", ["#snake_case_tag"]),
        ("#über-cool", ["#über"]),
        ("full width ＃タグ", ["#タグ"]),
        ("@#notatag", []),
    ],
)
def test_hashtags_are_split_like_the_platforms_split_them(caption: str, tags: list[str]) -> None:
    assert hashtags_in(caption) == tags


def test_mentions_and_links_are_their_own_tokens() -> None:
    caption = "with @maria_rossi. and @a.b, mail@x.com https://x.com/@no"
    assert mentions_in(caption) == ["@maria_rossi", "@a.b"]
    assert [t.kind for t in parse_caption(caption)] == ["mention", "mention", "url"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("abc", 3),
        ("café", 4),
        ("cafe\u0301", 4),  # e + combining accent is one character
        ("🇮🇹🇩🇪", 2),  # flags
        ("👨‍👩‍👧‍👦", 1),  # a family joined with zero-width joiners
        ("👍🏽", 1),  # skin tone
        ("❤️", 1),  # emoji presentation selector
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1),  # Scotland: a tag sequence
        ("日本語", 3),
        ("\u1112\u1161\u11ab", 1),  # Hangul jamo make one syllable
        ("नमस्ते", 3),  # Devanagari conjunct
        ("a\r\nb", 3),
        # where the hand-written rules were wrong: a joiner joins only emoji ...
        ("a\u200db", 2),
        ("I\u200d\u263a", 2),  # a letter, a joiner and a text smiley: two
        # ... and since Unicode 15.1 a virama joins a conjunct only in six Indic scripts
        ("\u0b95\u0bcd\u0bb7", 2),  # Tamil க்ஷ: the pulli is visible, two characters
        ("\u0e01\u0e3a\u0e01", 2),  # Thai phinthu between two consonants
        ("\u0d15\u0d4d\u0d15", 1),  # Malayalam ക്ക stays one conjunct
    ],
)
def test_length_counts_characters_as_people_see_them(text: str, length: int) -> None:
    assert visible_length(text) == length


def test_normalising_keeps_one_of_each_tag_and_names_what_is_not_a_tag() -> None:
    kept, rejected = normalise_hashtags(["fyp", "#FYP", "##Café", "summer vibes", "#123", " "])
    assert kept == ["#fyp", "#Café"]
    assert rejected == ["summer vibes", "#123"]


def test_composing_adds_only_the_tags_the_text_lacks() -> None:
    assert compose_caption("Monday mood #fyp", ["#FYP", "pov", "#pov"]) == "Monday mood #fyp #pov"
    assert compose_caption("", ["#a"]) == "#a"


def test_limiting_hashtags_keeps_the_first_and_all_the_words() -> None:
    caption = "a #one b #two #three c #four @friend"
    assert limit_hashtags(caption, 2) == "a #one b #two c @friend"
    assert limit_hashtags("#x #X #y", 1) == "#x #X"  # a repeat of a kept tag is not extra


def test_counting_against_a_platform_limit() -> None:
    count = count_caption("🇮🇹 " * 10 + "#a #b #c", length_max=25, hashtags_max=2)
    assert (count.length, count.hashtags) == (28, 3)
    assert count.too_long and count.too_many_hashtags
