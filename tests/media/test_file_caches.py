"""Beat grids and probes are remembered per path, size and modification time: asking again
about the same song costs nothing, and a song that changed is measured again."""

from __future__ import annotations

import os
import wave
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.media import probe as probe_module
from studio.media.beats import BEAT_GRIDS, RATE, detect_beats
from studio.media.file_memo import FileMemo
from studio.media.probe import probe


def click_wav(path: Path, bpm: float, seconds: float = 12.0) -> Path:
    """A mono 16-bit WAV of clicks at `bpm`."""
    samples = np.zeros(int(seconds * RATE), np.float32)
    tick = np.sin(2 * np.pi * 1500 * np.arange(400) / RATE) * np.exp(-np.arange(400) / 60)
    for start in np.arange(0.2, seconds - 0.1, 60 / bpm):
        at = int(start * RATE)
        samples[at : at + 400] += tick[: len(samples) - at].astype(np.float32)
    with wave.open(str(path), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes((samples * 20_000).astype("<i2").tobytes())
    return path


def test_a_beat_grid_is_found_once_per_version_of_the_song(tmp_path: Path) -> None:
    song = click_wav(tmp_path / "song.wav", bpm=120)
    misses = BEAT_GRIDS.misses
    first = detect_beats(song)
    assert BEAT_GRIDS.misses == misses + 1
    hits = BEAT_GRIDS.hits
    assert detect_beats(song) == first  # typing a blank plans again: no decode
    assert (BEAT_GRIDS.hits, BEAT_GRIDS.misses) == (hits + 1, misses + 1)
    click_wav(song, bpm=90)  # the creator replaced the song under the same name
    stamp = song.stat().st_mtime_ns + 10**9
    os.utime(song, ns=(stamp, stamp))
    again = detect_beats(song)
    assert BEAT_GRIDS.misses == misses + 2
    assert first is not None and again is not None and first.bpm is not None
    assert again.bpm is not None and abs(again.bpm - 90) < 2 and abs(first.bpm - 120) < 2


def test_a_probe_is_made_once_per_version_of_the_file(tmp_path: Path) -> None:
    song = click_wav(tmp_path / "song.wav", bpm=120, seconds=4)
    cache = probe_module._probe_file
    before = cache.cache_info()
    assert probe(song).duration == 4.0
    assert probe(song).duration == 4.0
    after = cache.cache_info()
    assert (after.misses, after.hits) == (before.misses + 1, before.hits + 1)
    click_wav(song, bpm=120, seconds=6)  # longer now: a new probe, the new length
    assert probe(song).duration == 6.0
    assert cache.cache_info().misses == before.misses + 2


def test_own_stickers_tried_in_a_row_keep_only_what_fits_the_budget(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from studio.media import sticker_picture as stickers

    picture_bytes = 400 * 300 * 4
    memo = FileMemo(stickers._rgba, weigh=lambda picture: picture.nbytes,
                    budget=3 * picture_bytes)  # fmt: skip
    monkeypatch.setattr(stickers, "_stickers", memo)  # a budget small enough for a fast test
    paths = []
    for number in range(8):  # a creator trying their photos as a sticker, one after another
        path = tmp_path / f"photo-{number}.png"
        Image.fromarray(np.full((300, 400, 3), number * 30, np.uint8)).save(path)
        paths.append(path)
        assert stickers.sticker_picture(path)[0, 0, 0] == number * 30
    assert memo.held() == 3 * picture_bytes  # the three newest, not all eight
    misses = memo.misses
    assert stickers.sticker_picture(paths[-1]) is stickers.sticker_picture(paths[-1])
    assert memo.misses == misses  # the one on screen is not decoded again
    stickers.sticker_picture(paths[0])
    assert memo.misses == misses + 1  # the oldest was let go
