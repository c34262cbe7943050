"""Filters on synthetic frames, with exact expectations a creator would notice."""

from __future__ import annotations

import numpy as np
import pytest

from studio.media.filters import FilterError, build_filter, filter_names

GREY = np.full((64, 48, 3), 128, np.uint8)
RAMP = np.tile(np.linspace(0, 255, 48, dtype=np.uint8)[None, :, None], (64, 1, 3))
COLOUR = np.dstack([RAMP[..., 0], RAMP[..., 0][:, ::-1], np.full((64, 48), 90, np.uint8)])


@pytest.mark.parametrize("name", filter_names())
def test_strength_zero_is_the_identity(name: str) -> None:
    assert np.array_equal(build_filter(name, 0.0).apply(COLOUR, 0.5), COLOUR)


@pytest.mark.parametrize("name", filter_names())
def test_filters_never_change_their_input(name: str) -> None:
    frame = COLOUR.copy()
    build_filter(name).apply(frame, 0.5)
    assert np.array_equal(frame, COLOUR)


@pytest.mark.parametrize("name", ["mono", "noir"])
def test_black_and_white_looks_have_equal_channels(name: str) -> None:
    out = build_filter(name).apply(COLOUR, 0).astype(int)
    assert np.abs(out[..., 0] - out[..., 1]).max() <= 1
    assert np.abs(out[..., 1] - out[..., 2]).max() <= 1


def test_warm_and_cool_move_red_and_blue_apart() -> None:
    warm = build_filter("warm").apply(GREY, 0).astype(int)[0, 0]
    cool = build_filter("cool").apply(GREY, 0).astype(int)[0, 0]
    assert warm[0] > warm[2] and cool[2] > cool[0]


def test_half_strength_lands_between() -> None:
    full = build_filter("vintage", 1.0).apply(GREY, 0).astype(int)
    half = build_filter("vintage", 0.5).apply(GREY, 0).astype(int)
    assert np.all(np.abs(half - (full + 128) / 2) <= 2)


def test_vignette_darkens_corners_not_the_centre() -> None:
    out = build_filter("vignette", params={"amount": 1.0}).apply(GREY, 0).astype(int)
    assert out[32, 24].min() >= 126
    assert out[0, 0].max() < 100


def test_grain_moves_over_time_and_keeps_brightness() -> None:
    grain = build_filter("grain", params={"amount": 0.5})
    a, b = grain.apply(GREY, 0.0), grain.apply(GREY, 0.1)
    assert not np.array_equal(a, b)
    assert abs(a.mean() - 128) < 3 and a.std() > 3
    assert grain.time_dependent


def test_sharpen_raises_edge_contrast() -> None:
    edge = np.zeros((32, 32, 3), np.uint8)
    edge[:, 16:] = 200
    out = build_filter("sharpen", params={"amount": 1.0}).apply(edge, 0).astype(int)
    assert out[16, 17, 0] > 200 and out[16, 14, 0] == 0


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("sepia", {}, "unknown filter 'sepia' (known: adjust, chroma-key, cool"),
        ("adjust", {"brightness": 3}, "adjust: brightness must be between -1 and 1, not 3"),
        ("adjust", {"glow": 1}, "adjust: no parameter 'glow' (parameters: brightness"),
        ("vignette", {"amount": "lots"}, "vignette: amount must be a number, not 'lots'"),
        # as lint says it: `frame` and `render` of a template that was not linted
        ("vintge", {}, "unknown filter 'vintge' (did you mean 'vintage'?) (known: adjust"),
        (
            "adjust",
            {"brightnes": 1},
            "adjust: no parameter 'brightnes' (did you mean 'brightness'?)",
        ),
    ],
)
def test_bad_filter_or_parameter_is_named(
    name: str, params: dict[str, object], message: str
) -> None:
    with pytest.raises(FilterError) as caught:
        build_filter(name, params=params)
    assert str(caught.value).startswith(message)
