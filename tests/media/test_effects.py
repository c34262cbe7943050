"""LUT files, skin smoothing, green screen, face stickers and look thumbnails on synthetic frames."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from studio.media.faces import detect_faces
from studio.media.filters import FilterError, build_filter, look_names, look_thumbnails
from studio.media.filters.cube_file import write_cube
from tests.media_factory import draw_face, solid_clip

RNG = np.random.default_rng(3)
NOISE = RNG.integers(0, 256, (48, 64, 3), dtype=np.uint8)


def _grid(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    k = np.linspace(0, 1, size, dtype=np.float32)
    b, g, r = np.meshgrid(k, k, k, indexing="ij")  # .cube order: red changes fastest
    return r, g, b


@pytest.mark.parametrize("size", [17, 33, 65])
def test_identity_cube_returns_the_frame_within_one_level(tmp_path: Path, size: int) -> None:
    r, g, b = _grid(size)
    write_cube(tmp_path / "identity.cube", np.stack([r, g, b], axis=-1))
    lut = build_filter("lut", params={"file": str(tmp_path / "identity.cube")})
    out = lut.apply(NOISE, 0)
    assert np.abs(out.astype(int) - NOISE).max() <= 1


def test_a_known_cube_maps_a_known_colour(tmp_path: Path) -> None:
    r, g, b = _grid(33)
    write_cube(tmp_path / "swap.cube", np.stack([b, 1 - g, r], axis=-1))  # swap R/B, invert G
    out = build_filter("lut", params={"file": str(tmp_path / "swap.cube")}).apply(NOISE, 0)
    expected = np.dstack([NOISE[..., 2], 255 - NOISE[..., 1], NOISE[..., 0]])
    assert np.abs(out.astype(int) - expected).max() <= 1
    orange = np.full((2, 2, 3), (255, 128, 0), np.uint8)
    lut = build_filter("lut", params={"file": str(tmp_path / "swap.cube")})
    assert np.abs(lut.apply(orange, 0)[0, 0].astype(int) - (0, 127, 255)).max() <= 1


def test_cube_strength_blends_toward_the_original(tmp_path: Path) -> None:
    r, g, b = _grid(17)
    write_cube(tmp_path / "invert.cube", np.stack([1 - r, 1 - g, 1 - b], axis=-1))
    grey = np.full((2, 2, 3), 200, np.uint8)
    half = build_filter("lut", 0.5, {"file": str(tmp_path / "invert.cube")}).apply(grey, 0)
    assert abs(int(half[0, 0, 0]) - 128) <= 2  # halfway between 200 and 55


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "LUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 1 x\n",
            "bad.cube line 4: expected 3 numbers, found '0 1 x'",
        ),
        ('TITLE "t"\n0 0 0\n', "bad.cube line 2: colour values before LUT_3D_SIZE"),
        ("LUT_3D_SIZE 99\n", "bad.cube line 1: LUT_3D_SIZE must be 2 to 65, not 99"),
        ("LUT_3D_SIZE 2\n0 0 0\n", "bad.cube line 1: LUT_3D_SIZE 2 needs 8 colours, found 1"),
        ("LUT_1D_SIZE 256\n", "bad.cube line 1: 1D LUTs are not supported"),
        ("GAMMA 2.2\n", "bad.cube line 1: unknown keyword 'GAMMA'"),
        ("", "bad.cube: no LUT_3D_SIZE line"),
        ("LUT_3D_SIZE 2\n" + "0 0 0\n" * 8 + "1 1 1\n", "bad.cube line 10: more than 8 colours"),
        ("LUT_3D_SIZE 2\n" + "0 0 nan\n" * 8, "bad.cube line 2: expected 3 numbers"),
    ],
)
def test_malformed_cube_files_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.cube").write_text(text)
    with pytest.raises(FilterError) as caught:
        build_filter("lut", params={"file": str(tmp_path / "bad.cube")})
    assert str(caught.value).startswith(message)


def test_missing_cube_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FilterError, match=r"gone\.cube: cannot read the file"):
        build_filter("lut", params={"file": str(tmp_path / "gone.cube")})


def test_skin_smoothing_removes_blotches_and_keeps_edges() -> None:
    skin = np.full((240, 240, 3), (200, 160, 130), np.uint8)
    skin[:, 120:] = (40, 30, 20)  # a hard edge, like hair against a cheek
    blotches = (RNG.normal(0, 8, (240, 240, 1)) * np.ones(3)).astype(np.int16)
    noisy = np.clip(skin + blotches, 0, 255).astype(np.uint8)
    out = build_filter("smooth-skin", params={"smoothness": 0.8}).apply(noisy, 0)
    flat = np.s_[20:220, 10:100, 0]
    assert out[flat].std() < noisy[flat].std() / 2
    # the edge stays within two pixels of where it was and just as strong
    row = out[120, :, 0].astype(int)
    assert row[117] > 170 and row[123] < 70


def test_green_screen_shows_the_background_and_keeps_the_subject(tmp_path: Path) -> None:
    frame = np.zeros((120, 160, 3), np.uint8)
    frame[:] = (20, 200, 40)  # a lit green screen, not quite pure
    frame[40:80, 60:100] = (220, 30, 30)  # a red subject
    background = np.full((120, 160, 3), (30, 60, 250), np.uint8)
    cv2.imwrite(str(tmp_path / "beach.png"), cv2.cvtColor(background, cv2.COLOR_RGB2BGR))
    key = build_filter("chroma-key", params={"background": str(tmp_path / "beach.png")})
    out = key.apply(frame, 0).astype(int)
    assert np.abs(out[10, 10] - (30, 60, 250)).max() <= 2
    assert np.abs(out[60, 80] - (220, 30, 30)).max() <= 2


def test_green_screen_spill_is_pulled_out_of_the_edges() -> None:
    fringe = np.full((4, 4, 3), (150, 200, 140), np.uint8)  # skin with green light on it
    out = build_filter("chroma-key", params={"tolerance": 0.0, "spill": 1.0}).apply(fringe, 0)
    assert out[0, 0, 1] <= out[0, 0, 0]  # green no brighter than red any more


def test_green_screen_background_clip_moves(tmp_path: Path) -> None:
    clip = tmp_path / "bg.mp4"
    solid_clip(clip, "blue", seconds=1.0, size="64x48")
    green = np.full((48, 64, 3), (0, 255, 0), np.uint8)
    keyer = build_filter("chroma-key", params={"background": str(clip)})
    try:
        out = keyer.apply(green, 0.5)
    finally:
        keyer.close()  # its background's decoder, which ran on past the test
    assert out[24, 32, 2] > 200 and out[24, 32, 1] < 40


def test_a_broken_green_screen_background_is_named(tmp_path: Path) -> None:
    (tmp_path / "empty.mp4").write_bytes(b"")
    with pytest.raises(FilterError, match=r"chroma-key background: .*empty\.mp4"):
        build_filter("chroma-key", params={"background": str(tmp_path / "empty.mp4")})


def _face_frame(cx: int = 300, cy: int = 420, size: int = 200) -> np.ndarray:
    frame = np.full((960, 540, 3), (40, 80, 120), np.uint8)
    return draw_face(frame, cx, cy, size)


def test_the_synthetic_face_is_detected_where_it_was_drawn() -> None:
    faces = detect_faces(_face_frame())
    assert len(faces) == 1
    assert abs(faces[0].cx * 540 - 300) < 20 and abs(faces[0].cy * 960 - 420) < 30


@pytest.mark.parametrize(("sticker", "rows"), [("crown", (200, 330)), ("sunglasses", (330, 420))])
def test_face_sticker_lands_on_the_face(sticker: str, rows: tuple[int, int]) -> None:
    frame = _face_frame()
    out = build_filter("face-sticker", params={"sticker": sticker}).apply(frame, 0)
    changed = np.argwhere(np.abs(out.astype(int) - frame).sum(axis=2) > 30)
    assert changed.size, "no sticker drawn"
    top, bottom = changed[:, 0].min(), changed[:, 0].max()
    left, right = changed[:, 1].min(), changed[:, 1].max()
    assert rows[0] - 60 < (top + bottom) / 2 < rows[1]
    assert abs((left + right) / 2 - 300) < 25  # centred on the face, not the frame (270)


def test_face_sticker_follows_a_moving_face_and_leaves_an_empty_frame_alone() -> None:
    sticker = build_filter("face-sticker", params={"sticker": "cat"})
    centres = []
    for index, cx in enumerate(range(200, 340, 10)):
        frame = _face_frame(cx=cx)
        changed = np.argwhere(np.abs(sticker.apply(frame, index / 30).astype(int) - frame).sum(2))
        centres.append((changed[:, 1].min() + changed[:, 1].max()) / 2)
    assert centres[-1] - centres[0] > 90  # it moved with the face
    assert max(np.diff(centres)) < 40  # and smoothly
    empty = np.full((960, 540, 3), (40, 80, 120), np.uint8)
    assert np.array_equal(build_filter("face-sticker").apply(empty, 0), empty)


def test_look_thumbnails_show_every_look_on_the_frame() -> None:
    frame = np.dstack([np.full((320, 180), v, np.uint8) for v in (180, 120, 90)])
    thumbnails = look_thumbnails(frame, width=90)
    assert set(thumbnails) == {"none", *look_names()} and len(look_names()) >= 10
    assert all(t.shape == (160, 90, 3) for t in thumbnails.values())
    mono = thumbnails["mono"].astype(int)
    assert np.abs(mono[..., 0] - mono[..., 2]).max() <= 1
    assert not np.array_equal(thumbnails["warm"], thumbnails["cool"])


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("face-sticker", {"sticker": "moustache"}, "face-sticker: sticker must be one of crown,"),
        ("chroma-key", {"key": "red"}, "chroma-key: key must be one of green, blue, not 'red'"),
        ("lut", {"file": 3}, "lut: file must be a file path, not 3"),
        ("lut", {"file": "look.png"}, "lut: file must be a .cube file, not 'look.png'"),
    ],
)
def test_bad_choice_and_file_parameters_are_named(
    name: str, params: dict[str, object], message: str
) -> None:
    with pytest.raises(FilterError) as caught:
        build_filter(name, params=params)
    assert str(caught.value).startswith(message)
