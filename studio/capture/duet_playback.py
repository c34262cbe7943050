"""The other clip of a duet while the creator records: its picture at the soundtrack clock's
position, so the creator reacts to it in time, as on TikTok.

While recording, the clock only moves forward, so the clip is read straight through by one
decoder (the slot source restarts it only when the creator scrubs back). The take is stamped
with the same clock, so in the export the two line up frame for frame.
"""

from __future__ import annotations

from pathlib import Path

from studio.core.render_plan import PlannedSlot
from studio.core.timeline import Span
from studio.media.decode import Frame
from studio.media.slot_source import SlotSource

FOREVER = 1e9  # the clip holds its last frame for as long as the creator records
PREVIEW_SIZE = (270, 480)  # a 9:16 thumbnail beside the camera: cheap to decode at 30 fps


class DuetPlayback:
    """Frames of `path` by track position; `close()` stops its decoder."""

    def __init__(self, path: Path, fps: int = 30, size: tuple[int, int] = PREVIEW_SIZE) -> None:
        self.path = path
        slot = PlannedSlot("duet", path, Span(0.0, FOREVER), fit="cover")
        self._source = SlotSource(slot, size[0], size[1], fps)

    def frame_at(self, position: float) -> Frame:
        """The clip's picture `position` seconds in (its last frame after its end)."""
        return self._source.frame_at(max(0.0, position))

    def close(self) -> None:
        """Stop the decoder."""
        self._source.close()
