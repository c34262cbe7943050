"""The project model without Qt: commands, undo/redo, change events, the draft on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.core.draft import Draft, list_drafts, load_draft
from studio.core.fill import fill
from studio.core.project import (
    Change,
    Cover,
    DraftSlot,
    Project,
    RecordSettings,
    SetCover,
    SetLook,
    SetMusic,
    SetPlatforms,
    SetRecord,
    SetSlot,
    SoundtrackChoice,
    TypeBlank,
    TypeCaption,
    TypeTitle,
)
from studio.core.project import model as project_model
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.core.template.schema import BeatGrid, FilterRef


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path / "drafts")


def saved(project: Project) -> dict[str, object]:
    assert project.path is not None
    data: dict[str, object] = json.loads(project.path.read_text(encoding="utf-8"))
    return data


def test_a_new_project_names_its_template_by_id_and_version(project: Project) -> None:
    data = saved(project)
    assert data["template_id"] == "pov"
    assert data["template_version"] == 1
    assert len(str(data["template_digest"])) == 12


def test_every_command_is_saved_and_undo_redo_walks_back_and_forth(project: Project) -> None:
    project.execute(SetSlot("scene", DraftSlot(media="/clips/a.mp4")))
    project.execute(SetLook("scene", DraftSlot(media="/clips/a.mp4",
                                               filters=[FilterRef(name="mono")])))  # fmt: skip
    assert saved(project)["slots"] == {"scene": project.state.slots["scene"].model_dump()}
    assert project.undo()
    assert project.slot("scene") == DraftSlot(media="/clips/a.mp4")
    assert project.undo()
    assert project.slot("scene") is None and saved(project)["slots"] == {}
    assert not project.undo()
    assert project.redo() and project.redo() and not project.redo()
    filters = project.slot("scene").filters  # type: ignore[union-attr]
    assert filters == [FilterRef(name="mono")]


def test_keystrokes_in_one_blank_are_one_undo_step(project: Project) -> None:
    for text in ("e", "ea", "eat"):
        project.execute(TypeBlank("activity", text))
    project.seal()  # the creator left the field
    project.execute(TypeBlank("activity", "eat!"))
    for text in ("M", "Mo"):
        project.execute(TypeBlank("day", text))
    assert project.undo() and project.state.blanks == {"activity": "eat!"}
    assert project.undo() and project.state.blanks["activity"] == "eat"
    assert project.undo() and project.state.blanks == {}
    assert not project.can_undo


def type_into(project: Project, blank: str, after: str) -> None:
    """Keystrokes as a line edit sends them: one text per character typed."""
    for end in range(1, len(after) + 1):
        project.execute(TypeBlank(blank, after[:end]))


def test_replacing_typed_words_is_a_step_of_its_own(project: Project) -> None:
    type_into(project, "day", "Monday")
    type_into(project, "day", "Friday")  # selected all, then typed over it
    assert project.state.blanks["day"] == "Friday"
    assert project.undo() and project.state.blanks["day"] == "Monday"
    assert project.redo() and project.state.blanks["day"] == "Friday"
    assert project.undo() and project.undo() and project.state.blanks == {}


def test_deleting_after_typing_is_a_step_of_its_own(project: Project) -> None:
    type_into(project, "day", "Mon")
    for text in ("Mo", "M"):  # backspace, backspace
        project.execute(TypeBlank("day", text))
    assert project.undo_steps == 2
    assert project.undo() and project.state.blanks["day"] == "Mon"


def test_undo_reaches_back_a_bounded_number_of_steps(project: Project) -> None:
    project.autosave = lambda _: None  # the draft on disk is not what this test is about
    for number in range(project_model.UNDO_LIMIT + 10):
        project.execute(TypeBlank("day", f"day {number}"))
        project.seal()  # each its own step, as when the creator leaves the field every time
    assert project.undo_steps == project_model.UNDO_LIMIT
    while project.undo():
        pass
    assert project.state.blanks["day"] == "day 9"  # the ten oldest steps stay done


def test_edits_not_undoable_are_saved_but_not_undo_steps(project: Project) -> None:
    project.execute(TypeBlank("day", "Monday"))
    project.execute(TypeCaption("so true"), undoable=False)  # a record of what happened
    assert project.undo_steps == 1 and saved(project)["caption"] == "so true"
    project.undo()
    assert project.state.blanks == {} and project.state.caption == "so true"


def test_the_caption_follows_the_blanks_until_the_creator_edits_it(project: Project) -> None:
    project.execute(TypeBlank("day", "Monday"))
    assert "Monday" in project.caption() and not project.caption_is_own
    project.seal()
    project.execute(TypeBlank("day", "Saturday"))
    assert "Saturday" in project.caption() and "Monday" not in project.caption()
    project.execute(TypeCaption(project.caption() + " so true"))
    assert project.caption_is_own
    project.execute(TypeBlank("day", "Sunday"))
    assert "Saturday" in project.caption()  # theirs now: it stays as they wrote it
    project.execute(TypeCaption(None))  # the template's caption back
    assert "Sunday" in project.caption() and not project.caption_is_own


def test_the_export_and_the_project_say_the_same_caption(project: Project) -> None:
    project.execute(TypeBlank("day", "Saturday"))
    project.execute(TypeBlank("activity", "nap"))
    project.execute(SetSlot("scene", DraftSlot(media="/clips/a.mp4")))
    plan = fill(project.loaded, project.creator_input(), None, None, None)
    assert plan.post_text() == project.caption()


def test_two_projects_made_in_the_same_second_have_their_own_drafts(tmp_path: Path) -> None:
    loaded = load_template(bundled_templates_dir() / "pov")
    first = Project.new(loaded, tmp_path)
    second = Project.new(loaded, tmp_path)  # within the same second
    assert first.path != second.path
    first.execute(TypeBlank("day", "Monday"))
    second.execute(TypeBlank("day", "Friday"))
    assert first.path is not None and second.path is not None
    assert Project.open(first.path).state.blanks == {"day": "Monday"}  # type: ignore[union-attr]
    assert Project.open(second.path).state.blanks == {"day": "Friday"}  # type: ignore[union-attr]


def test_a_new_edit_after_undo_drops_the_redo_steps(project: Project) -> None:
    project.execute(TypeTitle("one"))
    project.undo()
    project.execute(TypeTitle("two"))
    assert not project.can_redo and project.state.title == "two"


def test_listeners_hear_what_changed(project: Project) -> None:
    heard: list[Change] = []
    unsubscribe = project.subscribe(heard.append)
    project.execute(TypeBlank("day", "Monday"))
    project.execute(TypeCaption("so true #pov"))
    project.undo()
    unsubscribe()
    project.execute(SetPlatforms(["tiktok"]))
    assert [(c.aspects, c.keys) for c in heard] == [
        (frozenset({"blanks"}), frozenset({"day"})),
        (frozenset({"post"}), frozenset()),
        (frozenset({"post"}), frozenset()),
    ]
    assert heard[-1].text == "undo caption"


def test_the_post_and_cover_survive_a_reopen(project: Project) -> None:
    project.execute(TypeCaption("Monday again #pov #mood"))
    project.execute(TypeTitle("Mondays"))
    project.execute(SetPlatforms(["tiktok", "shorts"]))
    project.execute(SetCover(Cover(time=1.5, text="Day 1")))
    record = RecordSettings(speed=2.0, countdown=3, max_seconds=15.0, stop_at=12.5,
                            mirror=True, ghost=False, look="mono", song="/music/sing.m4a",
                            song_start=31.5)  # fmt: skip
    project.execute(SetRecord(record, "speed"))
    assert project.path is not None
    again = Project.open(project.path)
    assert again is not None
    assert again.state.caption == "Monday again #pov #mood"
    assert again.state.hashtags == ["#pov", "#mood"]
    assert again.state.title == "Mondays"
    assert again.state.platforms == ["tiktok", "shorts"]
    assert again.state.cover == Cover(time=1.5, text="Day 1")
    assert again.state.record == record
    assert again.loaded.slug == "pov"


def test_an_old_draft_still_opens_and_its_music_counts_as_the_creators(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({
        "template": str(bundled_templates_dir() / "pov"),
        "slots": {"scene": {"media": "/clips/a.mp4", "in_point": 1.0}},
        "blanks": {"activity": "eat"}, "soundtrack": "/music/mine.m4a",
        "updated": "2026-11-20T10:00:00+00:00",
    }))  # fmt: skip
    project = Project.open(old)
    assert project is not None
    assert project.slot("scene") == DraftSlot(media="/clips/a.mp4", in_point=1.0)
    assert project.state.music == SoundtrackChoice(path="/music/mine.m4a", origin="creator")
    assert project.creator_input().soundtrack == Path("/music/mine.m4a")


def test_a_draft_with_only_the_song_to_record_to_keeps_it(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"template": str(bundled_templates_dir() / "pov"),
                               "record_music": "/music/sing.m4a"}))  # fmt: skip
    project = Project.open(old)
    assert project is not None and project.state.record == RecordSettings(song="/music/sing.m4a")


def test_a_take_posted_alone_keeps_its_post(tmp_path: Path) -> None:
    from studio.core.project import take_project

    video = tmp_path / "take-1" / "take.mp4"
    video.parent.mkdir()
    video.write_bytes(b"")
    project = take_project(video, tmp_path / "posts")
    project.execute(TypeTitle("Just me"))
    project.execute(TypeCaption("singing #solo"))
    again = take_project(video, tmp_path / "posts")  # after a crash, the same take again
    assert (again.title(), again.caption()) == ("Just me", "singing #solo")
    assert take_project(tmp_path / "other.mp4", tmp_path / "posts").title() == ""
    assert again.state.last_export == str(video) and again.state.kind == "take"
    assert list_drafts(tmp_path) == []  # not among the template drafts


def test_the_drafts_list_still_reads_a_new_draft(project: Project) -> None:
    project.execute(TypeCaption("hello"))
    assert project.path is not None
    drafts = list_drafts(project.path.parent)
    assert [path for path, _ in drafts] == [project.path]
    assert isinstance(load_draft(project.path), Draft)


def test_an_unreadable_draft_opens_as_nothing(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json")
    assert Project.open(tmp_path / "broken.json") is None
    assert Project.open(tmp_path / "missing.json") is None


def make_take(folder: Path, song: Path, start: float) -> Path:
    """An assembled take as the recorder leaves it: take.mp4 beside take.json."""
    folder.mkdir(parents=True)
    (folder / "take.json").write_text(json.dumps({"track": str(song), "track_start": start,
                                                   "segments": [1]}))  # fmt: skip
    (folder / "take.mp4").write_bytes(b"")  # the model never opens it
    return folder / "take.mp4"


def test_a_takes_song_travels_with_it_and_undo_takes_both_back(project: Project,
                                                               tmp_path: Path) -> None:  # fmt: skip
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    take = make_take(tmp_path / "take-1", song, 4.0)
    project.put_media("scene", take)
    assert project.state.music == SoundtrackChoice(path=str(song), origin="take", start=4.0,
                                                   slot="scene")  # fmt: skip
    given = project.creator_input()
    assert given.soundtrack == song and given.soundtrack_start == 4.0
    plan = fill(project.loaded, given.__class__(**{**given.__dict__, "blanks": {
        "activity": "eat", "day": "Monday"}}), None, song, 30.0)  # fmt: skip
    assert plan.audio.soundtrack == song and plan.audio.start == pytest.approx(4.0)
    project.undo()  # one step: the clip and its song
    assert project.slot("scene") is None and project.state.music == SoundtrackChoice()


def test_the_creators_own_pick_stays_over_a_takes_song(project: Project, tmp_path: Path) -> None:
    mine = SoundtrackChoice(path="/music/mine.m4a", origin="creator")
    project.execute(SetMusic(mine))
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    project.put_media("scene", make_take(tmp_path / "take-1", song, 2.0))
    assert project.state.music == mine


def test_replacing_the_take_with_a_plain_clip_brings_the_template_song_back(
    project: Project, tmp_path: Path
) -> None:
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    project.put_media("scene", make_take(tmp_path / "take-1", song, 2.0))
    project.put_media("scene", tmp_path / "plain.mp4")
    assert project.state.music == SoundtrackChoice()
    assert project.creator_input().soundtrack is None


def test_a_fixed_song_is_not_replaced_by_the_takes(tmp_path: Path) -> None:
    from tests.media_factory import small_template

    folder = small_template(tmp_path / "fixed", {
        "soundtrack": {"track": "bundled:sunny-pop", "replaceable": False},
        "slots": [{"id": "scene", "label": "Scene", "prompt": "Film it", "duration": 2}],
    })  # fmt: skip
    project = Project.new(load_template(folder), tmp_path / "drafts")
    assert project.music_is_fixed
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    project.put_media("scene", make_take(tmp_path / "take-1", song, 2.0))
    assert project.state.music == SoundtrackChoice()


def test_a_take_in_a_later_slot_starts_the_song_earlier(tmp_path: Path) -> None:
    loaded = load_template(bundled_templates_dir() / "before-after")
    project = Project.new(loaded, tmp_path / "drafts")
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    project.put_media("before", tmp_path / "plain.mp4")
    project.put_media("after", make_take(tmp_path / "take-1", song, 10.0))
    project.execute(TypeBlank("what", "my desk"))
    plan = fill(loaded, project.creator_input(), BeatGrid(bpm=100), song, 60.0)
    after = next(s for s in plan.slots if s.id == "after")
    # at the moment the take appears, the song is where the take was sung
    assert plan.audio.start + after.visible.start == pytest.approx(10.0, abs=0.5)
    assert after.visible.start > 1.0


def test_a_draft_that_cannot_be_written_says_so_without_raising(project: Project) -> None:
    assert project.path is not None
    project.path = project.path.parent / "missing" / "x.json"
    project.path.parent.write_text("a file where the folder should be")
    project.execute(TypeTitle("x"))
    assert project.save_error is not None and "cannot save the draft" in project.save_error


def test_what_is_missing_is_data_for_the_pages_to_phrase(project: Project) -> None:
    assert [(m.kind, m.id, m.label) for m in project.missing()] == [
        ("clip", "scene", "Your scene"),
        ("text", "activity", project.loaded.template.blank("activity").prompt),
        ("text", "day", project.loaded.template.blank("day").prompt),
    ]
    project.execute(SetSlot("scene", DraftSlot(media="/clips/a.mp4")))
    project.execute(TypeBlank("activity", "eat"))
    project.execute(TypeBlank("day", "x" * 40))
    [too_long] = project.missing()
    assert (too_long.kind, too_long.length, too_long.maximum) == ("too_long", 40, 16)


def test_a_draft_finds_its_bundled_template_after_the_install_moved(project: Project) -> None:
    assert project.path is not None
    data = saved(project)
    data["template"] = "/an/older/install/templates/pov"  # where the app lived before
    project.path.write_text(json.dumps(data))
    again = Project.open(project.path)
    assert again is not None and again.loaded.folder == bundled_templates_dir() / "pov"


def test_a_hand_edited_nan_in_a_draft_does_not_open(project: Project) -> None:
    assert project.path is not None
    text = project.path.read_text().replace('"time": 0.0', '"time": NaN')
    assert '"time": NaN' in text
    project.path.write_text(text)
    assert Project.open(project.path) is None


def test_a_video_that_follows_its_song_ends_with_the_takes_song(tmp_path: Path) -> None:
    from tests.media_factory import small_template

    folder = small_template(tmp_path / "follow", {
        "follow_soundtrack": True,
        "slots": [{"id": "scene", "label": "Scene", "prompt": "Film it", "duration": 2}],
    })  # fmt: skip
    project = Project.new(load_template(folder), tmp_path / "drafts")
    song = tmp_path / "song.m4a"
    song.write_bytes(b"")
    project.put_media("scene", make_take(tmp_path / "take-1", song, 10.0))
    plan = fill(project.loaded, project.creator_input(), None, song, 30.0)
    assert plan.duration == pytest.approx(20.0)  # the song's last 20 s, from where it was sung


def test_a_v2_templates_creator_input_is_missing_until_picked(tmp_path: Path) -> None:
    project = Project.new(load_template(bundled_templates_dir() / "green-screen"), tmp_path)
    assert ("clip", "background") in [(m.kind, m.id) for m in project.missing()]
    project.put_media("background", tmp_path / "beach.jpg")
    assert "background" not in [m.id for m in project.missing()]
    assert project.state.template_version == 2


def test_what_is_missing_is_named_in_the_creators_language(project: Project) -> None:
    assert [(m.kind, m.label) for m in project.missing("it")] == [
        ("clip", "La tua scena"),
        ("text", "Che cosa stai facendo?"),
        ("text", "Quando?"),
    ]
    assert project.missing()[0].label == "Your scene"  # English is the template's own


def test_a_family_emoji_is_one_character_for_fill_and_the_missing_check(project: Project) -> None:
    from studio.core.fill import fill_problems
    from studio.core.template.lint_v2 import longest_input

    family = "👨\u200d👩\u200d👧\u200d👦"  # seven code points, eleven UTF-16 units
    most = next(b.max_length for b in project.loaded.template.blanks if b.id == "day")
    project.execute(TypeBlank("day", family * most))
    assert not [m for m in project.missing() if m.id == "day"]
    given = project.creator_input()
    assert not [p for p in fill_problems(project.loaded, given) if "'day'" in p]
    project.execute(TypeBlank("day", family * (most + 1)))
    [too_long] = [m for m in project.missing() if m.id == "day"]
    assert (too_long.kind, too_long.length) == ("too_long", most + 1)
    assert longest_input(family, 3) == family + " " + family  # three characters: 👪, space, 👪


def test_the_video_is_current_until_an_edit_it_does_not_show(project: Project) -> None:
    from studio.core.project import RecordExport

    project.execute(TypeBlank("day", "Saturday"))
    project.execute(RecordExport("/videos/a.mp4", project.video_digest()), undoable=False)
    assert project.video_is_current
    project.execute(TypeCaption("so true"))  # the post's words are not in the picture
    assert project.video_is_current
    project.seal()
    project.execute(TypeBlank("day", "Sunday"))
    assert not project.video_is_current
    project.undo()
    assert project.video_is_current  # back to what was exported
