"""Frames of an animated GIF, WebP or PNG as a clip: at the canvas rate, from any point, at any
speed, looping or ending like a clip.

ffmpeg cannot seek or loop an animated WebP (it decodes nothing after `-ss` and never ends with
`-stream_loop -1`), so every animation is read through Pillow, which handles all three formats.
"""

from __future__ import annotations

from studio.media.decode import Frame
from studio.media.fit import fit_image
from studio.media.picture import AnimationFrames
from studio.media.probe import MediaInfo


class AnimatedReader:
    """The same interface as VideoReader: `read()` gives the next frame or None at the end."""

    def __init__(
        self, info: MediaInfo, width: int, height: int, fps: int, start: float = 0.0,
        speed: float = 1.0, fit: str = "cover", loop: bool = False,
    ) -> None:  # fmt: skip
        self.info = info
        self.width, self.height, self.fps = width, height, fps
        self.start, self.speed, self.fit, self.loop = start, speed, fit, loop
        self.frames_read = 0
        self._frames = AnimationFrames(info.path)
        self._fitted_index = -1
        self._fitted: Frame | None = None

    def read(self) -> Frame | None:
        """The next frame, or None past the animation's end (unless it loops)."""
        seconds = self.start + self.frames_read / self.fps * self.speed
        duration = self._frames.info.duration
        if self.loop and duration > 0:
            seconds %= duration
        elif seconds >= duration:
            return None
        index = self._frames.index_at(seconds)
        if index != self._fitted_index or self._fitted is None:
            fitted = fit_image(self._frames.frame(index), self.width, self.height, self.fit)
            fitted.flags.writeable = False  # shared by every output frame that shows it
            self._fitted, self._fitted_index = fitted, index
        self.frames_read += 1
        return self._fitted

    def close(self) -> None:
        """Release the file (safe to call twice)."""
        self._frames.close()
