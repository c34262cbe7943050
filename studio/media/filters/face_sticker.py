"""A sticker that follows the face: a crown above it, sunglasses on the eyes, a mask over it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

import cv2
import numpy as np

from studio.media.faces import Box, FaceTracker
from studio.media.filters.base import Filter, Frame, choice_param, param, register
from studio.media.overlay import blend_rgba
from studio.media.text import emoji_rgba


@dataclass(frozen=True)
class FaceArt:
    emoji: str
    place: str  # "above" the head, on the "eyes", or over the whole "face"
    width: float  # in face widths


FACE_ART = {
    "crown": FaceArt("\N{CROWN}", "above", 0.9),
    "party-hat": FaceArt("\N{PARTY POPPER}", "above", 0.8),
    "sunglasses": FaceArt("\N{DARK SUNGLASSES}", "eyes", 1.05),
    "cat": FaceArt("\N{CAT FACE}", "face", 1.45),
    "star-eyes": FaceArt("\N{GRINNING FACE WITH STAR EYES}", "face", 1.35),
}


def sticker_box(face: Box, art: FaceArt, size: float, width: int, height: int,
                aspect: float) -> tuple[int, int, int, int]:  # fmt: skip
    """Left, top, width and height in pixels of the sticker for a face box."""
    sticker_w = max(2, round(face.w * width * art.width * size))
    sticker_h = max(2, round(sticker_w * aspect))
    centre_x = face.cx * width
    face_top, face_h = (face.cy - face.h / 2) * height, face.h * height
    if art.place == "above":
        centre_y = face_top - sticker_h * 0.35
    elif art.place == "eyes":
        centre_y = face_top + face_h * 0.4
    else:
        centre_y = face.cy * height
    return round(centre_x - sticker_w / 2), round(centre_y - sticker_h / 2), sticker_w, sticker_h


@register
@dataclass(frozen=True)
class FaceSticker(Filter):
    name: ClassVar[str] = "face-sticker"
    title: ClassVar[str] = "Face sticker"
    description: ClassVar[str] = "a crown, sunglasses or mask that follows the face"
    time_dependent: ClassVar[bool] = True
    sticker: str = choice_param("crown", "Sticker", tuple(FACE_ART))
    size: float = param(1.0, "Size", 0.5, 2.0, step=0.05)

    @cached_property
    def tracker(self) -> FaceTracker:
        return FaceTracker()

    @cached_property
    def art(self) -> np.ndarray:
        return emoji_rgba(FACE_ART[self.sticker].emoji)

    def apply(self, frame: Frame, t: float) -> Frame:
        """Strength is the sticker's opacity: only its own pixels are blended."""
        if self.strength <= 0:
            return frame
        face = self.tracker.face_at(frame, t)
        if face is None:
            return frame
        height, width = frame.shape[:2]
        art = FACE_ART[self.sticker]
        aspect = self.art.shape[0] / self.art.shape[1]
        left, top, w, h = sticker_box(face, art, self.size, width, height, aspect)
        method = cv2.INTER_AREA if w < self.art.shape[1] else cv2.INTER_LINEAR
        out = frame.copy()
        picture = cv2.resize(self.art, (w, h), interpolation=method)
        blend_rgba(out, picture, left, top, opacity=self.strength)
        return out
