"""An export's frames, composed on a thread of their own and handed to the encoder in order.

The compose thread starts before the encoder does: while the sound is mixed (about half a
second of one core, before the encoder can open the mixed file) it composes the first frames
on the other core, keeping up to HEAD_START_BYTES of them. Once the encoder takes frames it
keeps QUEUE_FRAMES at most, so memory does not grow with the video's length; once the frames
kept early are written, their memory is handed back (`allocator.give_back_freed`): kept, it
raised REF-15's tree peak from 510 to 576 MB, handed back 522-538.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

import numpy as np

from studio.core.errors import Cancelled
from studio.core.render_plan import RenderPlan
from studio.media.allocator import give_back_freed
from studio.media.compositor import Compositor
from studio.media.encoder import Encoder

QUEUE_FRAMES = 4
HEAD_START_BYTES = 96 * 2**20  # 30 frames of 1080x1920: what one core composes meanwhile

Item = np.ndarray | BaseException | None  # a frame, the compose thread's error, or the end


class FrameStream:
    """The compose thread of one export, started at once; `write_to` feeds its frames to the
    encoder, and `stop` ends the thread (always call it, in a `finally`)."""

    def __init__(self, compositor: Compositor, plan: RenderPlan) -> None:
        self._compositor, self._plan = compositor, plan
        frame_bytes = compositor.width * compositor.height * 3 // 2
        self._limit = max(QUEUE_FRAMES, HEAD_START_BYTES // max(1, frame_bytes))
        self._items: deque[Item] = deque()
        self._changed = threading.Condition()
        self._stop = threading.Event()
        # not a daemon, and joined without a timeout: a thread still inside OpenCV when the
        # interpreter exits ends the process with `terminate called without an active
        # exception` (signal 6), which a join that gave up after 5 s allowed on frames slower
        # than that; the template budget keeps a frame well under that, so the wait is one
        # frame at most
        self._worker = threading.Thread(target=self._compose, name="compose")
        self._worker.start()

    def _compose(self) -> None:
        compositor, plan = self._compositor, self._plan
        try:
            for index in range(plan.frame_count):
                if self._stop.is_set():
                    return
                # composed in the encoder's format here: the writer only moves bytes
                t = plan.frame_time(index)
                # a slot that ended is let go first: a shared decoder then keeps no frame for it
                compositor.release_passed(t)
                frame = compositor.frame_i420_at(t)
                compositor.open_upcoming(t)
                if not self._put(frame):
                    return
        except BaseException as exc:  # handed to the writer, which raises it
            self._put(exc)
            return
        self._put(None)

    def _put(self, item: Item) -> bool:
        """Keep `item` once there is room; False when the stream was stopped meanwhile."""
        with self._changed:
            while len(self._items) >= self._limit and not self._stop.is_set():
                self._changed.wait(0.1)
            if self._stop.is_set():
                return False
            self._items.append(item)
            self._changed.notify_all()
            return True

    def _take(self, timeout: float) -> tuple[bool, Item]:
        """(True, the next item), or (False, None) when none came within `timeout`."""
        with self._changed:
            if not self._items:
                self._changed.wait(timeout)
            if not self._items:
                return False, None
            item = self._items.popleft()
            self._changed.notify_all()
            return True, item

    def write_to(
        self,
        encoder: Encoder,
        cancel: threading.Event,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Feed every frame to `encoder`, in order; raises the compose thread's error, or
        `Cancelled` once `cancel` is set."""
        with self._changed:
            self._limit = QUEUE_FRAMES  # from now on the encoder sets the pace
            ahead = len(self._items)  # composed while the sound was mixed
        written = 0
        while True:
            if cancel.is_set():
                raise Cancelled()
            came, item = self._take(0.2)
            if not came:
                continue
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            encoder.write(item)
            written += 1
            if written == ahead > QUEUE_FRAMES:
                give_back_freed()  # the frames kept ahead are gone: their memory too
            if progress is not None:
                progress(written)

    def stop(self) -> None:
        """End the compose thread and wait for it (a frame at most)."""
        self._stop.set()
        with self._changed:
            self._changed.notify_all()
        self._worker.join()
