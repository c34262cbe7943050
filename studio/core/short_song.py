"""A song shorter than the video it plays under: the rest of the video has no music. A 1 s song
under an 8 s video gave 7 s of silence without a word; the CLI says it before the render and the
editor as soon as the song is chosen."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.errors import Problem
from studio.core.render_plan import RenderPlan

SONG_SHORT_SECONDS = 0.5  # a song this much shorter than the video is told (fade-outs are less)


@dataclass(frozen=True)
class ShortSong(Problem):
    """The song (`length` seconds) started at `start` ends before the video (`video` seconds)."""

    length: float = 0.0
    start: float = 0.0
    video: float = 0.0

    @property
    def lasts(self) -> float:
        """How long the song plays under the video (0 or less: not at all)."""
        return self.length - self.start


def short_song(plan: RenderPlan, length: float | None) -> ShortSong | None:
    """A ShortSong when the plan's song, `length` seconds long, ends before its video does."""
    song, start = plan.audio.soundtrack, plan.audio.start
    if song is None or not length or length <= 0:
        return None
    lasts = length - start
    if lasts <= 0:
        message = (
            f"the song is {length:.1f} s long and starts at {start:.1f} s: the video has no music"
        )
    elif lasts < plan.duration - SONG_SHORT_SECONDS:
        message = (f"the song ends {lasts:.1f} s into the {plan.duration:.1f} s video: the rest "
                   "has no music")  # fmt: skip
    else:
        return None
    return ShortSong(song, "", message, "warning", length, start, plan.duration)
