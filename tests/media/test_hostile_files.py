"""Hostile and mistaken files: decompression bombs at every door that opens a picture, and
messages a creator can act on (a folder, not media at all, no permission), never ffmpeg's
internals or a traceback."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from studio.core.errors import StudioError
from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import PlannedSlot
from studio.core.template import load_template
from studio.core.timeline import Span
from studio.media.compositor import Compositor
from studio.media.ffmpeg import MediaError
from studio.media.filters import FilterError, build_filter
from studio.media.picture import MAX_PICTURE_PIXELS, load_picture_rgba
from studio.media.probe import probe
from studio.media.render import prepare
from studio.media.slot_source import SlotSource
from tests.hostile_media import bomb_png
from tests.media_factory import small_template, solid_clip

ONE_SLOT = {"slots": [{"id": "one", "label": "One", "duration": 1}]}


def _one_line(error: StudioError, path: Path, needle: str) -> None:
    line = error.first_line
    assert str(path) in line and needle in line, line
    assert "\n" not in line and "Traceback" not in line
    assert not re.search(r"0x[0-9a-f]{6,}|\[\w+#\d", line)  # no ffmpeg internals


@pytest.fixture(params=[(30000, 30000), (9000, 9000)], ids=["900MP", "81MP"])
def bomb(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """900 MP trips Pillow's own limit first; 81 MP is under Pillow's and over ours."""
    width, height = request.param
    assert width * height > MAX_PICTURE_PIXELS
    return bomb_png(tmp_path / "bomb.png", width, height)


# a decoded bomb would fail on its missing rows ("truncated"), so "too large" proves it was
# refused from its header alone
def test_bomb_as_slot_photo(tmp_path: Path, bomb: Path) -> None:
    with pytest.raises(StudioError) as caught:
        prepare(load_template(small_template(tmp_path / "t", ONE_SLOT)),
                CreatorInput(slots={"one": SlotInput(bomb)}))  # fmt: skip
    _one_line(caught.value, bomb, "too large")


def test_bomb_as_soundtrack(tmp_path: Path, bomb: Path) -> None:
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=1.0)
    with pytest.raises(StudioError) as caught:
        prepare(load_template(small_template(tmp_path / "t", ONE_SLOT)),
                CreatorInput(slots={"one": SlotInput(clip)}, soundtrack=bomb))  # fmt: skip
    _one_line(caught.value, bomb, "too large")


def test_bomb_as_sticker(tmp_path: Path, bomb: Path) -> None:
    folder = small_template(tmp_path / "t", {**ONE_SLOT, "stickers": [
        {"id": "star", "image": "bomb.png", "start": 0, "duration": 1}]})  # fmt: skip
    os.replace(bomb, folder / "bomb.png")
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=1.0)
    with pytest.raises(StudioError) as caught:
        prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
    # the template's budget refuses it from its header, naming the field and the file
    [line] = caught.value.lines
    assert (
        "stickers[0].image: a " in line
        and "px sticker ('bomb.png')" in line
        and "per frame" in line
    )
    with pytest.raises(MediaError):  # and the compositor's own loader refuses it too
        load_picture_rgba(folder / "bomb.png")


def test_bomb_as_green_screen_background(bomb: Path) -> None:
    with pytest.raises(FilterError) as caught:
        build_filter("chroma-key", params={"background": str(bomb)})
    _one_line(caught.value, bomb, "too large")


def test_bomb_in_the_preview(bomb: Path) -> None:
    """The editor's preview builds slot sources at a scale; the photo is refused there too."""
    with pytest.raises(MediaError) as caught:
        SlotSource(PlannedSlot("one", bomb, Span(0, 1)), 135, 240, 30)
    _one_line(caught.value, bomb, "too large")


def test_bomb_probed_as_media(bomb: Path) -> None:
    with pytest.raises(MediaError) as caught:
        probe(bomb)
    _one_line(caught.value, bomb, "too large")


def test_good_picture_still_opens(tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), (10, 200, 30)).save(photo)
    slot = PlannedSlot("one", photo, Span(0, 1))
    source = SlotSource(slot, 40, 30, 30)
    assert tuple(source.frame_at(0)[15, 20]) == (10, 200, 30)
    assert Compositor  # the compositor imports the same loader


# --- messages -----------------------------------------------------------------------------------
def _not_media(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    random = folder / "random.mp4"
    random.write_bytes(os.urandom(5000))
    text = folder / "notes.mp4"
    text.write_text("shopping list: eggs, milk\n" * 20)
    system = folder / "system.mp4"
    system.symlink_to("/etc/passwd")
    device = folder / "device.mov"
    device.symlink_to("/dev/zero")
    photo = folder / "broken.jpg"
    photo.write_text("not a jpeg")
    return {"random": random, "text": text, "system": system, "device": device, "photo": photo}


@pytest.mark.parametrize("case", ["random", "text", "system", "device", "photo"])
def test_not_media_says_so(tmp_path: Path, case: str) -> None:
    path = _not_media(tmp_path / "media")[case]
    with pytest.raises(MediaError) as caught:
        probe(path)
    _one_line(caught.value, path, "is not a video or photo")
    assert "truncated" not in str(caught.value) and "moov" not in str(caught.value)


def test_folder_named_like_a_clip_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "clip.mp4"
    folder.mkdir()
    with pytest.raises(MediaError) as caught:
        probe(folder)
    _one_line(caught.value, folder, "is a folder")


def test_permission_denied_says_so(tmp_path: Path) -> None:
    """Root reads any file, so as root the probe runs in a forked child that became `nobody`."""
    clip = solid_clip(tmp_path / "private.mp4", "red", seconds=1.0)
    clip.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(MediaError) as caught:
            probe(clip)
        message = str(caught.value)
    else:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: drop to nobody, probe, report, and leave without cleanup
            try:
                os.setgid(65534)
                os.setuid(65534)
                try:
                    probe(clip)
                    os.write(write, b"opened")
                except MediaError as exc:
                    os.write(write, str(exc).encode())
            finally:
                os._exit(0)
        os.close(write)
        message = os.read(read, 4096).decode()
        os.close(read)
        os.waitpid(pid, 0)
    assert message == f"{clip}: permission denied (the file cannot be read)"


def test_an_animated_gif_cut_anywhere_is_named_in_one_line(tmp_path: Path) -> None:
    """A GIF cut short at about a third of its bytes made Pillow's frame count raise
    IndexError, past every handler: a traceback instead of the file's name."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(0)
    frames = [Image.fromarray(rng.integers(0, 255, (48, 64, 3), np.uint8)) for _ in range(6)]
    whole = tmp_path / "whole.gif"
    frames[0].save(whole, save_all=True, append_images=frames[1:], duration=100, loop=0)
    data = whole.read_bytes()
    for permille in range(300, 1000, 4):
        cut = tmp_path / f"cut-{permille}.gif"
        cut.write_bytes(data[: len(data) * permille // 1000])
        try:
            probe(cut)
        except MediaError as exc:
            assert str(exc).startswith(f"{cut}: ") and "\n" not in str(exc)
