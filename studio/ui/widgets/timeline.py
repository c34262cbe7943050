"""The editor's timeline under the preview: music, beats, slots with their clips, text, stickers.

It is drawn from the render plan, so every time on it is the export's time. Click or drag to
scrub; drag a clip's thumbnails inside its slot to choose which part of the clip plays (the
in-point), snapping to whole beats unless snapping is off or Shift is held; click a block to
select it. Left/Right step one frame, Home/End go to the ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.timeline import Span
from studio.ui.widgets.timeline_paint import Lanes, paint_timeline

DRAG_START_PX = 4  # a press that moves less than this is a click
SNAP_PX = 10  # a beat this close to where the drag would land pulls it there


@dataclass
class SlotClip:
    """What the timeline knows about the clip in a slot: its length, thumbnails, proxy progress."""

    media: Path
    seconds: float
    thumbnails: tuple[QImage, ...] = ()
    progress: float | None = None  # 0-1 while its preview proxy is being made


@dataclass
class _Drag:
    slot: PlannedSlot
    press_x: float
    in_point: float  # the in-point when the press started
    moved: bool = False


def text_rows(plan: RenderPlan, most: int = 3) -> dict[str, int]:
    """A row for each text, the first free one at its start (at most `most` rows)."""
    ends: list[float] = []
    rows: dict[str, int] = {}
    for text in sorted(plan.texts, key=lambda x: x.span.start):
        row = next((i for i, end in enumerate(ends) if end <= text.span.start + 1e-6), None)
        if row is None:
            row = min(len(ends), most - 1)
            if row == len(ends):
                ends.append(0.0)
        ends[row] = max(ends[row], text.span.end)
        rows[text.id] = row
    return rows


class TimelineView(QWidget):
    """Emits `seek(seconds)`, `in_point_changed(slot_id, seconds)` and `selected(kind, id)`
    (kind is "slot", "text", "sticker" or "caption": a word, as `slot:line:index`)."""

    seek = Signal(float)
    in_point_changed = Signal(str, float)
    selected = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.plan: RenderPlan | None = None
        self.clips: dict[str, SlotClip] = {}  # by slot id
        self.peaks = np.zeros(0)
        self.beats: tuple[float, ...] = ()
        self.playhead = 0.0
        self.snap = True
        self.selection: tuple[str, str] | None = None
        self.text_rows: dict[str, int] = {}  # texts that overlap in time go on separate rows
        self.dragged_in_point: tuple[str, float] | None = None  # shown while dragging
        self._drag: _Drag | None = None
        self._scrubbing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedHeight(Lanes.HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline"))
        self.setToolTip(self.tr("Click to jump there; drag a clip's pictures to choose the part "
                                "that plays (Shift: no snapping to beats)"))  # fmt: skip

    # --- what to show --------------------------------------------------------------------------
    def show_plan(self, plan: RenderPlan | None) -> None:
        """Draw `plan`'s slots, texts and stickers; clips of slots no longer in it are dropped."""
        self.plan = plan
        self.text_rows = text_rows(plan) if plan is not None else {}
        self.setFixedHeight(self.lanes().height)
        media = {s.id: s.media for s in plan.slots} if plan else {}
        self.clips = {k: c for k, c in self.clips.items() if media.get(k) == c.media}
        self.update()

    def show_clip(self, slot_id: str, clip: SlotClip) -> None:
        self.clips[slot_id] = clip
        self.update()

    def show_sound(self, peaks: np.ndarray, beats: tuple[float, ...]) -> None:
        """The soundtrack's envelope over the video's length (0-1 levels) and its beat times."""
        self.peaks, self.beats = peaks, beats
        self.update()

    def show_time(self, seconds: float) -> None:
        self.playhead = seconds
        self.update()

    def words(self, key: str) -> str:
        """The timeline's own words, translated (the painter has no translation context)."""
        if key == "starts":
            return self.tr("starts at {0} s")  # {0} in the locale's format: 2,50
        if key == "preparing":
            return self.tr("Preparing preview {0}%")
        return self.tr("The timeline appears when a template is open")

    @property
    def duration(self) -> float:
        return self.plan.duration if self.plan is not None else 0.0

    # --- geometry ------------------------------------------------------------------------------
    def lanes(self) -> Lanes:
        stickers = bool(self.plan and self.plan.stickers)
        rows = 1 + max(self.text_rows.values(), default=0)
        captions = bool(self.plan and self.plan.captions)
        return Lanes(self.width(), self.duration, stickers, rows, captions)

    def slot_rect(self, slot_id: str) -> QRectF:
        """Where a slot's block is drawn (for tests and the screen reader)."""
        assert self.plan is not None
        slot = next(s for s in self.plan.slots if s.id == slot_id)
        lanes = self.lanes()
        return lanes.block(lanes.slots, slot.visible.start, slot.visible.end)

    def x_of(self, seconds: float) -> float:
        return self.lanes().x(seconds)

    # --- mouse and keys ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.plan is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        lanes = self.lanes()
        t = lanes.seconds(point.x())
        hit = self._hit(point, lanes)
        if hit is not None:
            kind, item_id = hit
            self.selection = hit
            self.selected.emit(kind, item_id)
            slot = next((s for s in self.plan.slots if s.id == item_id), None)
            if kind == "slot" and slot is not None and item_id in self.clips:
                self._drag = _Drag(slot, point.x(), slot.in_point)
            self._go(t)
            self.update()
            return
        self._scrubbing = True
        self._go(t)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._scrubbing:
            self._go(self.lanes().seconds(point.x()))
            return
        drag = self._drag
        if drag is None:
            return
        if not drag.moved and abs(point.x() - drag.press_x) < DRAG_START_PX:
            return
        drag.moved = True
        self.dragged_in_point = (drag.slot.id, self.dragged(drag, point.x(), self._snaps(event)))
        self.update()

    def _snaps(self, event: QMouseEvent) -> bool:
        return self.snap and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag, self._scrubbing = self._drag, None, False
        if drag is None or not drag.moved:
            self.dragged_in_point = None
            return
        seconds = self.dragged(drag, event.position().x(), self._snaps(event))
        self.dragged_in_point = None
        self.update()
        if abs(seconds - drag.in_point) > 1e-6:
            self.in_point_changed.emit(drag.slot.id, seconds)
        if not drag.slot.visible.contains(self.playhead):  # show the part just chosen
            self._go(drag.slot.visible.start)

    def dragged(self, drag: _Drag, x: float, snap: bool) -> float:
        """The in-point a drag to `x` chooses: the strip follows the mouse, clamped to the clip."""
        slot, clip = drag.slot, self.clips[drag.slot.id]
        per_second = self.lanes().pixels_per_second
        shift = (x - drag.press_x) / per_second  # output seconds the strip moved right
        if snap and len(self.beats) > 1:
            beat = float(np.median(np.diff(self.beats)))
            whole = round(shift / beat) * beat
            if abs(whole - shift) * per_second <= SNAP_PX:
                shift = whole
        needed = slot.visible.duration * slot.speed
        latest = max(0.0, clip.seconds - needed)
        chosen = min(max(drag.in_point - shift * slot.speed, 0.0), latest)
        fps = self.plan.fps if self.plan is not None else 30
        return round(chosen * fps) / fps  # a whole frame of the clip, as the export reads it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.plan is None:
            super().keyPressEvent(event)
            return
        step = 1 / self.plan.fps
        last = (self.plan.frame_count - 1) * step
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._go(max(0.0, round(self.playhead / step - 1) * step))
        elif key == Qt.Key.Key_Right:
            self._go(min(last, round(self.playhead / step + 1) * step))
        elif key == Qt.Key.Key_Home:
            self._go(0.0)
        elif key == Qt.Key.Key_End:
            self._go(last)
        else:
            super().keyPressEvent(event)

    def _go(self, seconds: float) -> None:
        if self.plan is None:
            return
        step = 1 / self.plan.fps  # land on a frame, as the export does
        seconds = min(max(round(seconds / step) * step, 0.0), (self.plan.frame_count - 1) * step)
        self.playhead = seconds
        self.update()
        self.seek.emit(seconds)

    def _hit(self, point: QPointF, lanes: Lanes) -> tuple[str, str] | None:
        assert self.plan is not None
        t = lanes.seconds(point.x())
        y = point.y()
        plan = self.plan
        items = [("slot", lanes.slots, s.id, s.visible) for s in reversed(plan.slots)]
        items += [("text", lanes.text_row(self.text_rows.get(x.id, 0)), x.id, x.span)
                  for x in plan.texts]  # fmt: skip
        if lanes.stickers is not None:
            items += [("sticker", lanes.stickers, x.id, x.span) for x in plan.stickers]
        if lanes.captions is not None and plan.captions is not None:
            items += [("caption", lanes.captions, w.key, Span(w.start, w.end))
                      for cue in plan.captions.cues for w in cue.words]  # fmt: skip
        for kind, lane, item_id, span in items:
            if lane.top() <= y <= lane.bottom() and span.start <= t <= span.end:
                return kind, item_id
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_timeline(painter, self, self.lanes())
        finally:
            painter.end()
