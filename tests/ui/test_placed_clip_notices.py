"""What the export would show wrong is told in the editor as soon as a clip is placed, in the
creator's language: a clip shorter than its slot, or one cut short, holds its last picture,
which a creator learnt of only at Export (cut short, in English) or in the finished video."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.ui.main_window import MainWindow
from studio.ui.pages.edit_page import EditPage
from tests.hostile_media import cut_short_clip
from tests.media_factory import solid_clip
from tests.ui.settling import settle

pytestmark = pytest.mark.slow


@contextmanager
def edit_page(window: MainWindow, template: str, language: str) -> Iterator[EditPage]:
    """The Edit page of a bundled template with the window in `language` (English after)."""
    window.apply_settings(replace(window.settings, language=language))
    try:
        window.open_template(load_template(bundled_templates_dir() / template))
        yield window.edit
    finally:
        window.apply_settings(replace(window.settings, language="en"))


def lines_with(page: EditPage, word: str) -> list[str]:
    return [line for line in page.problems.text().splitlines() if word in line]


def test_a_short_clip_is_told_where_it_is_placed_and_the_line_goes_with_it(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """The duet's slots last 15 s and hold a short clip's last picture: a 5 s clip is told in
    German, naming the slot, with how long it stands still and German decimals; a clip long
    enough takes the line away."""
    with edit_page(studio, "duet", "de") as page:
        page.choose_media("original", str(resource_path("samples", "dance-portrait.mp4")))
        settle(qtbot, page)
        assert lines_with(page, "still") == [
            "dance-portrait.mp4 läuft 5,0 s der 15,0 s, die „Original“ zu sehen ist: das letzte "
            "Bild steht die übrigen 10,0 s still. Wähle einen längeren Clip."]  # fmt: skip
        card = page.cards["original"]  # and on the card, where it was placed (in view)
        assert (
            card.note.text()
            == ("Das letzte Bild steht die letzten 10,0 s still: der Clip läuft 5,0 der 15,0 s.")
            and not card.note.isHidden()
        )
        assert page.cards["me"].note.isHidden()
        long_enough = solid_clip(tmp_path / "long.mp4", "teal", seconds=15.2, size="64x64")
        page.choose_media("original", str(long_enough))
        settle(qtbot, page)
        assert lines_with(page, "still") == [] and card.note.isHidden()


def test_a_clip_cut_short_is_told_when_it_is_placed(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """A copy stopped part way claims 4 s and holds 1.2: said in Italian as it is placed in
    POV's slot (which loops a short clip, so nothing else is said), kept when Export refuses
    for an empty blank, gone with another clip."""
    with edit_page(studio, "pov", "it") as page:
        page.choose_media("scene", str(cut_short_clip(tmp_path / "cut.mp4")))
        settle(qtbot, page)
        told = lines_with(page, "troncato")
        assert told == ["cut.mp4 finisce dopo 1,2 s dei 4,0 s che dovrebbe durare: il file è "
                        "troncato. Copialo di nuovo."]  # fmt: skip
        note = page.cards["scene"].note  # on the card too, where it was placed
        assert note.text() == "Il file è troncato: finisce dopo 1,2 dei 4,0 s che dovrebbe durare."
        assert page.export() is None  # its blanks are empty: Export says so, and keeps the line
        lines = page.problems.text().splitlines()
        assert lines[0].startswith("Compila") and told[0] in lines
        page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
        settle(qtbot, page)
        assert lines_with(page, "troncato") == [] and note.isHidden()


def test_a_song_with_damaged_sound_is_told_when_it_is_chosen(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """A bad download of the creator's own song plays nothing from 4.9 s to 6.7 s (the export
    is silent there): said in German as soon as it is the video's music."""
    from studio.core.project import SetMusic, SoundtrackChoice
    from tests.hostile_media import damaged_file, tone_song

    song = damaged_file(tone_song(tmp_path / "song.m4a"))
    with edit_page(studio, "pov", "de") as page:
        page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
        settle(qtbot, page)
        assert page.project is not None
        page.project.execute(SetMusic(SoundtrackChoice(path=str(song), origin="creator")))
        settle(qtbot, page)
        assert lines_with(page, "Ton") == [
            "damaged-song.m4a: der Ton ist bei 4,9–6,7 s der Datei beschädigt, dem Video fehlt "
            "er daher bei 4,9–6,7 s. Kopiere die Datei noch einmal."]  # fmt: skip


def test_a_song_shorter_than_the_video_is_told_when_it_is_chosen(
    qtbot: Any, studio: MainWindow, tmp_path: Path
) -> None:
    """A 12 s song under the 15 s duet: the last 3 s have no music. Said only at Export before,
    in English with the file's whole path, and gone after a language switch."""
    from studio.core.project import SetMusic, SoundtrackChoice
    from tests.hostile_media import tone_song

    song = tone_song(tmp_path / "song.m4a")
    with edit_page(studio, "duet", "it") as page:
        assert page.project is not None
        page.project.execute(SetMusic(SoundtrackChoice(path=str(song), origin="creator")))
        settle(qtbot, page)
        assert lines_with(page, "musica") == [
            "song.m4a finisce dopo 12,0 s, il video dura 15,0 s: il resto è senza musica."
        ]


def test_the_music_lane_shows_where_a_song_ends_and_where_it_is_damaged(tmp_path: Path) -> None:
    """A 12 s song damaged at 4.9-6.7 s under the 15 s duet: the lane is silent there and
    after 12 s (it ran on over the damage, and the song was stretched over the whole video)."""
    from studio.media.render import prepare
    from studio.ui.timeline_feed import sound_lane
    from tests.hostile_media import damaged_file, tone_song

    song = damaged_file(tone_song(tmp_path / "song.m4a"))
    loaded = load_template(bundled_templates_dir() / "duet")
    clip = resource_path("samples", "dance-portrait.mp4")
    plan = prepare(loaded, CreatorInput(slots={"original": SlotInput(clip),
                                               "me": SlotInput(clip)},
                                        blanks={"who": "@me"}, soundtrack=song))  # fmt: skip
    levels, _ = sound_lane(loaded, plan, 150)  # a tenth of a second each
    heard = [index / 10 for index, level in enumerate(levels) if level > 0.05]
    assert heard[0] < 0.2 and 11.8 < heard[-1] < 12.1
    assert not [t for t in heard if 5.0 <= t <= 6.6]  # the damaged stretch
    assert [t for t in heard if 7.0 <= t <= 11.5]  # the rest, in its place
