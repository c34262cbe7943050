"""Stickers' pixels, opened as the render opens them and kept while the file stays the same."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.media.ffmpeg import MediaError
from studio.media.file_memo import FileMemo
from studio.media.picture import DAMAGED, inspect_picture, load_picture_rgba, open_picture


def _rgba(path: Path) -> np.ndarray:
    return load_picture_rgba(path)  # its declared size checked before it is decoded


# a creator's own sticker may be a 12 MP photo (48 MB as RGBA): an hour of trying pictures keeps
# the newest that fit in this many bytes, not every one tried
STICKERS_BUDGET = 256_000_000
_stickers = FileMemo(_rgba, size=64, weigh=lambda picture: picture.nbytes, budget=STICKERS_BUDGET)


def sticker_picture(path: Path | str) -> np.ndarray:
    """A sticker's RGBA pixels (lint opens them this way too); kept per version of the file, so a
    sticker saved again (the template preview) is read again."""
    try:
        return _stickers(Path(path))
    except OSError:  # gone: the opener names the problem
        return load_picture_rgba(path)


# an animated sticker's frames are all kept decoded: this many pixels over all its frames at most
# (100 MB as RGBA; a 480x480 GIF of 100 frames is 23 million); a larger animation shows its first
# frame only
MAX_ANIMATED_STICKER_PIXELS = 25_000_000


def sticker_frame(path: Path | str, age: float) -> np.ndarray:
    """The sticker's picture `age` seconds after it appears: an animated GIF, WebP or PNG loops."""
    return sticker_frame_at(path, age)[1]


def sticker_frame_at(path: Path | str, age: float) -> tuple[int, np.ndarray]:
    """Which frame of the sticker shows `age` seconds after it appears (0 for a still), and
    its picture: a region sticker keeps each frame fitted to its region by this number."""
    info = inspect_picture(path)
    if not info.animated or info.width * info.height * len(info.frame_durations) > (
        MAX_ANIMATED_STICKER_PIXELS
    ):
        return 0, sticker_picture(path)
    frames, starts, length = _animations(Path(path))
    if len(frames) < 2 or length <= 0:
        return 0, frames[0]
    index = max(0, int(np.searchsorted(starts, age % length, side="right")) - 1)
    return index, frames[index]


Animation = tuple[tuple[np.ndarray, ...], np.ndarray, float]


def _animation(path: Path) -> Animation:
    """Every frame as RGBA (each composed on the ones before), when each starts, and the loop."""
    info = inspect_picture(path)
    frames = []
    with open_picture(path) as image:
        try:
            for index in range(len(info.frame_durations)):
                image.seek(index)
                frames.append(np.asarray(image.convert("RGBA")))
        except DAMAGED as exc:
            raise MediaError(Path(path), f"the picture is damaged and cannot be decoded ({exc})"
                             ) from None  # fmt: skip
    starts = np.cumsum((0.0, *info.frame_durations))
    return tuple(frames), starts[:-1], float(starts[-1])


# animations decoded whole, kept while they fit (each is at most 100 MB), apart from the
# stills (a few large animations in one video must not push each other out at every frame)
ANIMATIONS_BUDGET = 400_000_000


def _weight(animation: Animation) -> int:
    return sum(frame.nbytes for frame in animation[0])


_animations = FileMemo(_animation, size=32, weigh=_weight, budget=ANIMATIONS_BUDGET)
