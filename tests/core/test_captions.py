"""Auto captions as data: words in the source clip's time, mapped through the plan's cut,
edited by commands with undo and the draft, written as SRT and VTT."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.core.captions.commands import EditWord, MergeLines, SetTranscript, SplitLine
from studio.core.captions.cues import CaptionBox
from studio.core.captions.looks import CAPTION_LOOKS, caption_look
from studio.core.captions.planning import with_captions
from studio.core.captions.subtitles import srt_text, vtt_text, words_json
from studio.core.captions.timing import cues_for_plan
from studio.core.captions.transcript import (
    CaptionLine,
    Transcript,
    Word,
    lines_of,
    sane_word,
    tidy_lines,
)
from studio.core.platforms import Box, load_platforms
from studio.core.project import Project
from studio.core.project.model import read_state
from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.timeline import Span

CLIP = "/clips/talk.mp4"


def _words(*items: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text=t, start=s, end=e) for t, s, e in items)


TALK = Transcript(
    language="en",
    source=CLIP,
    lines=(
        CaptionLine(words=_words(("Hello", 1.0, 1.4), ("there", 1.5, 1.9))),
        CaptionLine(words=_words(("welcome", 4.0, 4.5), ("to", 4.6, 4.7), ("Rome", 4.8, 5.2))),
    ),
)


def _plan(in_point: float = 0.0, speed: float = 1.0, start: float = 0.0, end: float = 10.0,
          time_effect: str = "normal") -> RenderPlan:  # fmt: skip
    slot = PlannedSlot("talk", Path(CLIP), Span(start, end), in_point, speed,
                       time_effect=time_effect)  # fmt: skip
    return RenderPlan(1080, 1920, 30, 10.0, (slot,))


def _times(plan: RenderPlan) -> list[tuple[str, float, float]]:
    return [(w.text, w.start, w.end) for cue in cues_for_plan(plan, {"talk": TALK})
            for w in cue.words]  # fmt: skip


def test_words_follow_the_in_point_and_the_speed() -> None:
    assert _times(_plan())[0] == ("Hello", 1.0, 1.4)
    # the creator moves the in-point to 0.5 s: every word comes half a second sooner
    assert _times(_plan(in_point=0.5))[0] == ("Hello", 0.5, 0.9)
    # twice as fast: at half the time; a slot starting at 2 s shifts them all
    assert _times(_plan(speed=2.0, start=2.0))[:2] == [("Hello", 2.5, 2.7), ("there", 2.75, 2.95)]


def test_a_re_cut_shows_only_the_words_left_in_and_clips_a_word_half_in() -> None:
    # the slot shows 1.7 s .. 4.65 s of the clip: "Hello" is cut out, "there" is half in
    times = _times(_plan(in_point=1.7, start=0.0, end=2.95))
    assert times == [("there", 0.0, 0.2), ("welcome", 2.3, 2.8), ("to", 2.9, 2.95)]


def test_reversed_slots_have_no_captions_and_a_replaced_clip_loses_the_old_words() -> None:
    assert _times(_plan(time_effect="reverse")) == []
    other = RenderPlan(1080, 1920, 30, 10.0, (PlannedSlot("talk", Path("/clips/other.mp4"),
                                                          Span(0, 10)),))  # fmt: skip
    assert cues_for_plan(other, {"talk": TALK}) == []


def test_a_line_is_held_after_its_last_word_but_never_over_the_next() -> None:
    cues = cues_for_plan(_plan(), {"talk": TALK})
    assert [(c.start, c.end) for c in cues] == [(1.0, 2.3), (4.0, 5.6)]
    close = TALK.model_copy(update={"lines": (
        TALK.lines[0], CaptionLine(words=_words(("now", 2.0, 2.2))))})  # fmt: skip
    first, second = cues_for_plan(_plan(), {"talk": close})
    assert first.end == second.start == 2.0


def test_a_word_never_starts_after_it_ends_and_repeated_lines_are_dropped() -> None:
    word = sane_word(" late ", 3.0, 2.5, 1.4)
    assert word is not None and word.text == "late" and word.start < word.end
    assert word.confidence == 1.0
    assert sane_word("  ", 1.0, 2.0, 0.9) is None
    looping = [
        CaptionLine(words=_words(("la", 1.0, 1.2), ("la", 1.2, 1.5))),
        CaptionLine(words=_words(("La", 2.0, 2.2), ("la.", 2.2, 2.5))),  # the same line again
        CaptionLine(words=_words(("stop", 1.4, 1.3))),  # starts inside the first line
    ]
    tidy = tidy_lines(looping)
    assert [line.text for line in tidy] == ["la la", "stop"]
    assert all(w.start < w.end for line in tidy for w in line.words)
    assert tidy[1].start >= tidy[0].end
    # the same line said again later, after other words, is the creator's, not a loop
    again = [looping[0], CaptionLine(words=_words(("yes", 3.0, 3.2))),
             CaptionLine(words=_words(("no", 4.0, 4.2))),
             CaptionLine(words=_words(("la", 5.0, 5.2), ("la", 5.2, 5.5)))]  # fmt: skip
    assert [line.text for line in tidy_lines(again)] == ["la la", "yes", "no", "la la"]


def test_words_group_into_short_lines_at_pauses_and_sentence_ends() -> None:
    words = _words(("One", 0, 0.2), ("two.", 0.3, 0.5), ("Three", 0.6, 0.8), ("four", 2.0, 2.2))
    assert [line.text for line in lines_of(words)] == ["One two.", "Three", "four"]


def test_srt_and_vtt_say_each_line_with_its_times() -> None:
    cues = cues_for_plan(_plan(), {"talk": TALK})
    assert srt_text(cues) == (
        "1\n00:00:01,000 --> 00:00:02,300\nHello there\n\n"
        "2\n00:00:04,000 --> 00:00:05,600\nwelcome to Rome\n"
    )
    assert vtt_text(cues) == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.300\nHello <00:00:01.500>there\n\n"
        "00:00:04.000 --> 00:00:05.600\nwelcome <00:00:04.600>to <00:00:04.800>Rome\n"
    )
    data = json.loads(words_json(TALK))
    assert data["language"] == "en"
    assert data["lines"][1]["words"][2] == {"text": "Rome", "start": 4.8, "end": 5.2,
                                           "confidence": 1.0}  # fmt: skip


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path / "drafts")


def test_editing_a_word_is_a_command_with_undo_and_is_saved(project: Project) -> None:
    project.execute(SetTranscript("scene", TALK))
    project.execute(EditWord("scene", 1, 2, "Roma"))
    assert project.state.transcripts["scene"].lines[1].text == "welcome to Roma"
    assert project.state.transcripts["scene"].lines[1].words[2].start == 4.8  # times kept
    assert project.path is not None
    reread = read_state(project.path)
    assert reread is not None and reread.transcripts["scene"].lines[1].text == "welcome to Roma"
    assert project.undo()
    assert project.state.transcripts["scene"].lines[1].text == "welcome to Rome"
    assert project.redo()
    assert project.state.transcripts["scene"].lines[1].words[2].text == "Roma"


def test_lines_split_and_merge_with_undo(project: Project) -> None:
    project.execute(SetTranscript("scene", TALK))
    project.execute(SplitLine("scene", 1, 1))
    assert [line.text for line in project.state.transcripts["scene"].lines] == [
        "Hello there", "welcome", "to Rome"]  # fmt: skip
    project.execute(MergeLines("scene", 0))
    assert [line.text for line in project.state.transcripts["scene"].lines] == [
        "Hello there welcome", "to Rome"]  # fmt: skip
    project.undo()
    project.undo()
    assert project.state.transcripts["scene"] == TALK


def test_the_corrected_words_follow_a_re_cut_without_a_new_transcription(
    project: Project,
) -> None:
    project.execute(SetTranscript("scene", TALK))
    project.execute(EditWord("scene", 0, 0, "Ciao"))
    transcripts = project.state.transcripts
    moved = _plan(in_point=0.5)
    cues = cues_for_plan(moved, {"talk": transcripts["scene"]})
    assert (cues[0].words[0].text, cues[0].words[0].start) == ("Ciao", 0.5)


def test_there_are_four_looks_and_karaoke_does_more_than_recolour() -> None:
    assert {"pop", "karaoke", "boxed", "outline"} <= set(CAPTION_LOOKS)
    karaoke = CAPTION_LOOKS["karaoke"]
    assert karaoke.active_color and (karaoke.active_box or karaoke.active_scale > 1)
    assert CAPTION_LOOKS["pop"].reveal == "word"
    assert CAPTION_LOOKS["boxed"].line_box
    assert CAPTION_LOOKS["outline"].stroke_width >= 8
    assert caption_look("no-such-look") == caption_look(None)


def test_the_default_caption_box_is_clear_of_every_platform_s_buttons() -> None:
    box = CaptionBox()
    width, height = 1080, 1920
    pixels = Box(left=(box.x - box.width / 2) * width, top=(box.bottom - box.height) * height,
                 right=(box.x + box.width / 2) * width, bottom=box.bottom * height)  # fmt: skip
    for platform in load_platforms().values():
        assert platform.safe_zone.covered_edges(pixels, width, height) == [], platform.id


def test_a_plan_without_any_word_seen_is_left_as_it_was() -> None:
    plan = _plan(in_point=8.0)
    assert with_captions(plan, {"talk": TALK}) is plan
    assert with_captions(_plan(), {"talk": TALK}, "boxed").captions is not None


def test_the_template_places_and_styles_captions_and_the_creator_s_look_wins() -> None:
    from studio.core.template.v2 import CaptionsElement

    element = CaptionsElement(x=0.5, bottom=0.5, w=0.6, h=0.1, look="outline", font="Inter-Bold",
                              size=60, max_lines=1)  # fmt: skip
    planned = with_captions(_plan(), {"talk": TALK}, element=element).captions
    assert planned is not None
    assert planned.box == CaptionBox(0.5, 0.5, 0.6, 0.1) and planned.max_lines == 1
    assert (planned.look.id, planned.look.font, planned.look.size) == ("outline", "Inter-Bold", 60)
    mine = with_captions(_plan(), {"talk": TALK}, "pop", element=element).captions
    assert mine is not None and mine.look.id == "pop" and mine.look.size == 60
