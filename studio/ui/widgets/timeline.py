"""The editor's timeline under the preview: music and beats, a lane per slot and creator input
stacked by layer, the template's shapes, texts and stickers, and the creator's own.

It is drawn from the render plan, so every time on it is the export's time. Click or drag to
scrub; drag a clip's thumbnails inside its slot to choose which part of the clip plays (the
in-point), snapping to whole beats unless snapping is off or Shift is held; drag an own text's
or sticker's ends (or the whole of it) to choose when it shows; click a block to select it.
Left/Right step one frame, Home/End go to the ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.timeline import Span
from studio.ui.widgets.timeline_lanes import LaneItem, LaneNames, plan_lanes
from studio.ui.widgets.timeline_paint import Lanes, paint_playhead, paint_timeline

DRAG_START_PX = 4  # a press that moves less than this is a click
EDGE_PX = 6  # a press this close to an own item's end drags that end
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


@dataclass
class _Retime:
    """A drag of an own item's start ("start"), end ("end") or whole ("both")."""

    item: LaneItem
    part: str
    press_x: float
    span: Span | None = None  # where it is dragged to


class TimelineView(QWidget):
    """Emits `seek(seconds)`, `in_point_changed(slot_id, seconds)` (a slot's or a creator
    input's), `retimed(own_id, start, end)` and `selected(kind, id)` (kind is "slot", "input",
    "text", "shape", "sticker", "own" or "caption": a word, as `slot:line:index`)."""

    seek = Signal(float)
    in_point_changed = Signal(str, float)
    retimed = Signal(str, float, float)
    selected = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.plan: RenderPlan | None = None
        self.clips: dict[str, SlotClip] = {}  # by slot id
        self.peaks = np.zeros(0)
        self.wave_picture: tuple[object, QPixmap] | None = None  # drawn bars, by song and size
        self.beats: tuple[float, ...] = ()
        self.playhead = 0.0
        self.snap = True
        self.selection: tuple[str, str] | None = None
        self.dragged_in_point: tuple[str, float] | None = None  # shown while dragging
        self.names = LaneNames(words=self.words)
        self._lanes: Lanes | None = None
        # everything but the playhead, drawn once and again only where it changed (the playhead
        # moves every frame while playing; a keystroke changes one text's lane)
        self._picture: QPixmap | None = None
        self._stale: list[QRectF] | None = None  # None: all of it
        self._drag: _Drag | None = None
        self._retime: _Retime | None = None
        self._scrubbing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedHeight(self.lanes().height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline"))
        self.setToolTip(
            self.tr(
                "Click to jump there; drag a clip's pictures to choose the part that plays "
                "(Shift: no snapping to beats); drag your own texts and stickers, or their ends, "
                "to choose when they show"
            )
        )

    # --- what to show --------------------------------------------------------------------------
    def show_plan(self, plan: RenderPlan | None) -> None:
        """Draw `plan`'s slots, texts and stickers; clips of slots no longer in it are dropped.
        Only the lanes that changed are drawn again (a keystroke: its text's lane)."""
        old = self._lanes
        self.plan = plan
        self._lanes = None
        new = self.lanes()
        self.setFixedHeight(new.height)
        media = {s.id: s.media for s in (*plan.slots, *plan.inputs)} if plan else {}
        self.clips = {k: c for k, c in self.clips.items() if media.get(k) == c.media}
        same_shape = (old is not None and old.duration == new.duration and old.width == new.width
                      and [r for _, r in old.lanes] == [r for _, r in new.lanes])  # fmt: skip
        if not same_shape or old is None:
            self.redraw()
            return
        for (before, rect), (after, _) in zip(old.lanes, new.lanes, strict=True):
            if before != after:
                self.redraw(rect)

    def show_clip(self, slot_id: str, clip: SlotClip) -> None:
        self.clips[slot_id] = clip
        lanes = self.lanes()
        found = lanes.lane_of("slot", slot_id) or lanes.lane_of("input", slot_id)
        self.redraw(found[1] if found is not None else None)

    def redraw(self, rect: QRectF | None = None) -> None:
        """Draw the picture under the playhead again, all of it or only `rect` (what changed)."""
        if rect is None:
            self._stale = None
        elif self._stale is not None:
            self._stale.append(rect)
        self.update(rect.toAlignedRect() if rect is not None else self.rect())

    def show_sound(self, peaks: np.ndarray, beats: tuple[float, ...]) -> None:
        """The soundtrack's envelope over the video's length (0-1 levels) and its beat times."""
        self.peaks, self.beats = peaks, beats
        self.wave_picture = None
        self.redraw()

    def show_names(self, labels: dict[str, str]) -> None:
        """The slots' and creator inputs' names, in the template's words for the creator."""
        self.names = LaneNames(labels, self.words)
        self._lanes = None
        self.redraw()

    def select(self, kind: str, item_id: str | None) -> None:
        """Show `item_id` as selected (picked elsewhere: on the canvas or in the panel)."""
        self.selection = (kind, item_id) if item_id is not None else None
        self.redraw()

    def show_time(self, seconds: float) -> None:
        self.playhead = seconds
        self.update()  # the playhead alone: the picture under it stays

    def words(self, key: str) -> str:
        """The timeline's own words, translated (the painter has no translation context)."""
        if key == "starts":
            return self.tr("starts at {0} s")  # {0} in the locale's format: 2,50
        if key == "preparing":
            return self.tr("Preparing preview {0}%")
        lane_names = {"Music": self.tr("Music"), "Clips": self.tr("Clips"),
                      "Texts": self.tr("Texts"), "Shapes": self.tr("Shapes"),
                      "Stickers": self.tr("Stickers"), "Yours": self.tr("Yours"),
                      "Captions": self.tr("Captions")}  # fmt: skip
        if key in lane_names:
            return lane_names[key]
        return self.tr("The timeline appears when a template is open")

    @property
    def duration(self) -> float:
        return self.plan.duration if self.plan is not None else 0.0

    # --- geometry ------------------------------------------------------------------------------
    def lanes(self) -> Lanes:
        lanes = self._lanes
        if lanes is None or lanes.width != self.width():
            rows = plan_lanes(self.plan, self.names) if self.plan is not None else []
            lanes = self._lanes = Lanes(self.width(), self.duration, rows)
        return lanes

    def item_rect(self, kind: str, item_id: str) -> QRectF:
        """Where an item's block is drawn (for tests and the screen reader)."""
        lanes = self.lanes()
        found = lanes.lane_of(kind, item_id)
        assert found is not None, f"no {kind} '{item_id}' on the timeline"
        lane, rect = found
        item = next(i for i in lane.items if i.kind == kind and i.id == item_id)
        return lanes.block(rect, item.span.start, item.span.end)

    def slot_rect(self, slot_id: str) -> QRectF:
        """Where a slot's block is drawn (for tests and the screen reader)."""
        return self.item_rect("slot", slot_id)

    def lane_names(self) -> list[str]:
        """The names down the left column, top to bottom (empty for a lane's extra rows)."""
        return [self.words("Music"), *(lane.name for lane, _ in self.lanes().lanes)]

    def dragged_span(self, item: LaneItem) -> Span | None:
        """Where an own item being retimed is dragged to."""
        retime = self._retime
        if retime is not None and retime.item.id == item.id and retime.item.kind == item.kind:
            return retime.span
        return None

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
            self.selection = (hit.kind, hit.id)
            self.selected.emit(hit.kind, hit.id)
            if hit.clip is not None and hit.id in self.clips:
                self._drag = _Drag(hit.clip, point.x(), hit.clip.in_point)
            if hit.kind == "own":
                self._retime = _Retime(hit, self._part(hit, point.x(), lanes), point.x())
            self._go(t)
            self.redraw()
            return
        self._scrubbing = True
        self._go(t)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._scrubbing:
            self._go(self.lanes().seconds(point.x()))
            return
        retime = self._retime
        if retime is not None and (
            retime.span is not None or abs(point.x() - retime.press_x) >= DRAG_START_PX
        ):
            retime.span = self._retimed(retime, point.x())
            self.redraw()
            return
        drag = self._drag
        if drag is None:
            return
        if not drag.moved and abs(point.x() - drag.press_x) < DRAG_START_PX:
            return
        drag.moved = True
        self.dragged_in_point = (drag.slot.id, self.dragged(drag, point.x(), self._snaps(event)))
        self.redraw()

    def _snaps(self, event: QMouseEvent) -> bool:
        return self.snap and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        retime, self._retime = self._retime, None
        if retime is not None and retime.span is not None:
            span = self._retimed(retime, event.position().x())
            self.redraw()
            if span != retime.item.span:
                self.retimed.emit(retime.item.id, span.start, span.end)
        drag, self._drag, self._scrubbing = self._drag, None, False
        if drag is None or not drag.moved:
            self.dragged_in_point = None
            return
        seconds = self.dragged(drag, event.position().x(), self._snaps(event))
        self.dragged_in_point = None
        self.redraw()
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

    def _part(self, item: LaneItem, x: float, lanes: Lanes) -> str:
        """Which part of an own item a press at `x` takes: an end, or the whole."""
        if abs(x - lanes.x(item.span.start)) <= EDGE_PX:
            return "start"
        if abs(x - lanes.x(item.span.end)) <= EDGE_PX:
            return "end"
        return "both"

    def _retimed(self, retime: _Retime, x: float) -> Span:
        """The span a drag of an own item to `x` gives it: whole frames, inside the video."""
        fps = self.plan.fps if self.plan is not None else 30
        shift = round((x - retime.press_x) / self.lanes().pixels_per_second * fps) / fps
        span, shortest = retime.item.span, 1 / fps
        if retime.part == "start":
            return Span(min(max(0.0, span.start + shift), span.end - shortest), span.end)
        if retime.part == "end":
            return Span(span.start, max(min(self.duration, span.end + shift),
                                        span.start + shortest))  # fmt: skip
        shift = min(max(shift, -span.start), self.duration - span.end)
        return Span(span.start + shift, span.end + shift)

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
        self.update()  # the playhead alone
        self.seek.emit(seconds)

    def _hit(self, point: QPointF, lanes: Lanes) -> LaneItem | None:
        """The block under `point` (the later of two overlapping ones: it is drawn on top)."""
        slack = EDGE_PX / lanes.pixels_per_second  # an own item's ends are grabbed just outside
        t = lanes.seconds(point.x())
        for lane, rect in lanes.lanes:
            if not rect.top() <= point.y() <= rect.bottom():
                continue
            for item in reversed(lane.items):
                grace = slack if item.kind == "own" else 0.0
                if item.span.start - grace <= t <= item.span.end + grace:
                    return item
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        lanes = self.lanes()
        picture = self._picture_now(lanes)
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, picture)
            paint_playhead(painter, self, lanes)
        finally:
            painter.end()

    def _picture_now(self, lanes: Lanes) -> QPixmap:
        """The picture under the playhead, drawn again where it is stale."""
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        picture = self._picture
        if picture is None or picture.size() != size or picture.devicePixelRatio() != ratio:
            picture = self._picture = QPixmap(size)
            picture.setDevicePixelRatio(ratio)
            self._stale = None
        elif self._stale is not None and not self._stale:
            return picture
        painter = QPainter(picture)
        painter.setFont(self.font())  # as the widget's own painter would
        try:
            if self._stale is not None:
                region = QRegion()
                for rect in self._stale:
                    region += rect.toAlignedRect()
                painter.setClipRegion(region)
            paint_timeline(painter, self, lanes, self._stale)
        finally:
            painter.end()
        self._stale = []
        return picture


class TimelineScroll(QScrollArea):
    """The timeline, scrolling up and down when the window is too short for all its lanes."""

    SHORTEST = 150  # the ruler, the music and a lane or two stay in view

    def __init__(self, timeline: TimelineView) -> None:
        super().__init__()
        self.timeline = timeline
        self.setWidget(timeline)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        timeline.installEventFilter(self)  # its height changes with the plan's lanes

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.timeline.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(100, min(self.timeline.height(), self.SHORTEST))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timeline and event.type() == QEvent.Type.Resize:
            self.setMaximumHeight(self.timeline.height())
            self.updateGeometry()
        return False
