"""The person's alpha in each frame: segmented small, smoothed over time, feathered, scaled up.

The mask is computed from the very frame it cuts (a mask one frame late shows as a halo round
whoever moves). The model flickers from frame to frame, so each mask is blended with the previous
one: where the two agree (a still edge) the previous counts `smoothing` (about 0.7), where they
disagree strongly (an arm moving) the new one wins, so movement does not drag a ghost behind it.
All of it is done on the model's small mask (256 pixels across); only the final alpha is scaled
to the frame.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import cv2
import numpy as np

from studio.media.matte_cache import MatteCache, fingerprint, matte_path
from studio.media.person_segmenter import PersonSegmenter, input_size

CONTINUOUS_GAP = 0.1  # seconds: a longer jump (a scrub) starts the smoothing afresh
# how much a pixel may change before it counts as movement rather than flicker (0-255)
FLICKER, MOVEMENT = 24, 96


def _movement_weights(smoothing: float) -> np.ndarray:
    """A 256-entry table: the new mask's weight (0-255) for each size of change (0-255)."""
    change = np.arange(256, dtype=np.float32)
    ramp = np.clip((change - FLICKER) / (MOVEMENT - FLICKER), 0, 1)
    weight = (1 - smoothing) + smoothing * ramp
    table: np.ndarray = np.round(weight * 255).astype(np.uint8)
    return table


def _edge_curve(threshold: float, softness: float) -> np.ndarray:
    """A 256-entry table turning confidence into alpha: 0 below the edge, 255 above, a ramp of
    `softness` width round `threshold`."""
    width = 0.04 + 0.5 * softness
    low = threshold - width / 2
    ramp = np.clip((np.arange(256, dtype=np.float32) / 255 - low) / width, 0, 1)
    table: np.ndarray = np.round(ramp * 255).astype(np.uint8)
    return table


def shrink(frame: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """`frame` scaled down to `size` by averaging. Area averaging by an uneven factor costs
    14 ms from 1080x1920; a bilinear step to twice the size, then an exact halving, 3 ms for
    nearly the same picture (0.2 levels apart on average)."""
    width, height = size
    if frame.shape[1] > 2 * width and frame.shape[0] > 2 * height:
        frame = cv2.resize(frame, (2 * width, 2 * height), interpolation=cv2.INTER_LINEAR)
    small: np.ndarray = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    return small


def smoothed(previous: np.ndarray, fresh: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """`fresh` blended with `previous`, each pixel weighted by how much it changed (`weights`
    from `_movement_weights`), in 8-bit fixed point."""
    weight = cv2.LUT(cv2.absdiff(fresh, previous), weights)
    kept = cv2.multiply(previous, cv2.bitwise_not(weight), scale=1 / 255)
    mixed: np.ndarray = cv2.add(cv2.multiply(fresh, weight, scale=1 / 255), kept)
    return mixed


class PersonMatte:
    """Alpha (uint8, the frame's size) of the person in each frame of one stream."""

    def __init__(self, threshold: float, softness: float, smoothing: float) -> None:
        self.smoothing = smoothing
        self.softness = softness
        self._weights = _movement_weights(smoothing)
        self._curve = _edge_curve(threshold, softness)
        self._segmenter: PersonSegmenter | None = None
        self._previous: np.ndarray | None = None
        self._previous_t = -1.0
        self.source: Path | None = None  # the clip the frames come from (keys the cache)
        self._cache: MatteCache | None = None
        self._cache_size: tuple[int, int] = (0, 0)
        self.segmented = 0  # frames the model ran on (the rest came from the cache)

    def use_source(self, media: Path | None) -> None:
        """Keep masks in `media`'s matte file from now on (None: keep nothing)."""
        if media != self.source:
            self.save()
            self.source, self._cache = media, None

    def alpha(self, frame: np.ndarray, t: float) -> np.ndarray:
        """The person's alpha for `frame` shown at `t` seconds."""
        height, width = frame.shape[:2]
        small = shrink(frame, input_size(width, height))
        confidence = self._confidence(small, width, height, t)
        alpha = cv2.LUT(confidence, self._curve)
        if self.softness > 0:  # feather: soften the cut edge at the model's own scale
            radius = 1 + 2 * round(self.softness * 3)
            alpha = cv2.GaussianBlur(alpha, (radius, radius), 0)
        full: np.ndarray = cv2.resize(alpha, (width, height), interpolation=cv2.INTER_LINEAR)
        return full

    def _confidence(self, small: np.ndarray, width: int, height: int, t: float) -> np.ndarray:
        """The smoothed confidence for the model-sized picture, from the cache when it is there."""
        cache = self._cache_for(width, height)
        key = fingerprint(small) if cache is not None else b""
        stored = cache.get(key) if cache is not None else None
        continuous = 0 < t - self._previous_t <= CONTINUOUS_GAP
        previous = self._previous if continuous else None
        self._previous_t = t
        if stored is not None and stored.shape == small.shape[:2]:
            self._previous = stored
            return stored
        if self._segmenter is None:
            self._segmenter = PersonSegmenter()
        fresh = self._segmenter.confidence(small)
        self.segmented += 1
        if previous is not None and previous.shape == fresh.shape:
            fresh = smoothed(previous, fresh, self._weights)
        self._previous = fresh
        if cache is not None:
            cache.put(key, fresh)
        return fresh

    def _cache_for(self, width: int, height: int) -> MatteCache | None:
        """The matte file of the current source at this frame size (None without a source)."""
        if self.source is None:
            return None
        if self._cache is None or self._cache_size != (width, height):
            self.save()
            try:
                path = matte_path(self.source, width, height, self.smoothing)
            except OSError:
                return None  # the clip went away: segment without keeping anything
            self._cache = MatteCache(path)
            self._cache_size = (width, height)
        return self._cache

    def save(self) -> None:
        """Write the new masks to the data folder (an unwritable folder costs only the cache)."""
        if self._cache is not None:
            with contextlib.suppress(OSError):
                self._cache.save()

    def close(self) -> None:
        """Keep what was segmented and release the model; safe to repeat."""
        self.save()
        if self._segmenter is not None:
            self._segmenter.close()
            self._segmenter = None
