"""How the timeline is drawn: its lanes' geometry and the painting, kept apart from its input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from studio.core.render_plan import PlannedSlot
from studio.ui.locale_numbers import local_number
from studio.ui.theme import ACCENT
from studio.ui.widgets.timeline_lanes import Lane, LaneItem

if TYPE_CHECKING:
    from studio.ui.widgets.timeline import SlotClip, TimelineView

PAD = 10  # room at both ends so the first and last frame can be clicked
NAMES = 84  # the column of lane names on the left (narrower on a narrow timeline)
RULER, WAVE, GAP = 16, 36, 3
TICK_STEPS = (0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0)
BACKGROUND, BLOCK, EDGE, MUTED = "#1E1E22", "#2A2A31", "#3A3A42", "#8A8A95"
FILLS = {
    "text": "#4B3A6B",
    "sticker": "#3A5B4B",
    "shape": "#3A4A5B",
    "own": "#6B4A2A",
    "caption": "#6B5A2A",
}


class Lanes:
    """Where each lane is, and seconds to x and back, for a widget `width` pixels wide."""

    def __init__(self, width: int, duration: float, lanes: Sequence[Lane]) -> None:
        self.width, self.duration = width, duration
        self.names = NAMES if width >= 480 else 56
        self.left = self.names + PAD
        self.pixels_per_second = (width - self.left - PAD) / duration if duration > 0 else 1.0
        top = 0.0
        self.ruler = QRectF(0, top, width, RULER)
        top += RULER + GAP
        self.wave = QRectF(0, top, width, WAVE)
        top += WAVE + GAP
        self.lanes: list[tuple[Lane, QRectF]] = []
        for lane in lanes:
            self.lanes.append((lane, QRectF(0, top, width, lane.height)))
            top += lane.height + (GAP if lane.clips else 1)
        self.height = round(top + GAP)

    @property
    def slots(self) -> QRectF:
        """The first lane of clips (the only one of a format 1 template)."""
        return next((rect for lane, rect in self.lanes if lane.clips), QRectF())

    def lane_of(self, kind: str, item_id: str) -> tuple[Lane, QRectF] | None:
        """The lane an item is on."""
        for lane, rect in self.lanes:
            if any(item.kind == kind and item.id == item_id for item in lane.items):
                return lane, rect
        return None

    def text_row(self, row: int) -> QRectF:
        """One row of the template's texts."""
        rows = [rect for lane, rect in self.lanes if lane.key.startswith("texts:")]
        return rows[min(row, len(rows) - 1)] if rows else QRectF()

    def x(self, seconds: float) -> float:
        return self.left + seconds * self.pixels_per_second

    def seconds(self, x: float) -> float:
        return min(max((x - self.left) / self.pixels_per_second, 0.0), self.duration)

    def block(self, lane: QRectF, start: float, end: float) -> QRectF:
        left = self.x(start)
        return QRectF(left, lane.top(), max(2.0, self.x(end) - left), lane.height())


def paint_timeline(painter: QPainter, view: TimelineView, lanes: Lanes,
                   only: Sequence[QRectF] | None = None) -> None:  # fmt: skip
    """Everything under the playhead, back to front: ruler, music and beats, every lane, names;
    with `only`, just what meets those rectangles (the painter is clipped to them)."""

    def wanted(rect: QRectF) -> bool:
        return only is None or any(rect.intersects(part) for part in only)

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, view.width(), view.height()), QColor(BACKGROUND))
    plan = view.plan
    if plan is None or plan.duration <= 0:
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(0, 0, view.width(), view.height()), Qt.AlignmentFlag.AlignCenter,
                         view.words("empty"))  # fmt: skip
        return
    small = QFont(painter.font())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
    painter.setFont(small)
    if wanted(lanes.ruler):
        _ruler(painter, lanes)
    if wanted(lanes.wave):
        _wave(painter, view, lanes)
    for lane, rect in lanes.lanes:
        if not wanted(rect):
            continue
        painter.fillRect(QRectF(lanes.names, rect.top(), rect.width() - lanes.names,
                                rect.height()), QColor("#222227"))  # fmt: skip
        for item in lane.items:
            if item.clip is not None:
                _slot(painter, view, lanes, rect, item.clip)
            else:
                _layer_item(painter, view, lanes, rect, item)
        _dragged_clip(painter, view, lanes, rect, lane)
    _names(painter, view, lanes)


def paint_playhead(painter: QPainter, view: TimelineView, lanes: Lanes) -> None:
    """What moves over the picture: the playhead, and the frame that shows the focus."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if view.plan is not None and view.plan.duration > 0:
        _playhead(painter, view, lanes)
    if view.hasFocus():
        painter.setPen(QPen(QColor(ACCENT), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, 0.5, view.width() - 1, view.height() - 1))


def _names(painter: QPainter, view: TimelineView, lanes: Lanes) -> None:
    """Each lane's name in the left column, cut short with an ellipsis rather than overlapping."""
    column = QRectF(0, 0, lanes.names, view.height())
    painter.fillRect(column, QColor(BACKGROUND))
    painter.setPen(QColor(MUTED))
    metrics = painter.fontMetrics()
    rows = [(view.words("Music"), lanes.wave), *((lane.name, rect) for lane, rect in lanes.lanes)]
    for name, rect in rows:
        if not name:
            continue
        room = QRectF(6, rect.top(), lanes.names - 10, rect.height())
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                            int(room.width())))  # fmt: skip


def _layer_item(painter: QPainter, view: TimelineView, lanes: Lanes, lane: QRectF,
                item: LaneItem) -> None:  # fmt: skip
    span = view.dragged_span(item) or item.span
    rect = lanes.block(lane, span.start, span.end).adjusted(0, 1, 0, -1)
    chosen = view.selection == (item.kind, item.id)
    _box(painter, rect, QColor(FILLS.get(item.kind, BLOCK)), chosen)
    if item.kind == "own":  # its ends can be dragged: show where to take them
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 4, 2, rect.height() - 8),
                         QColor("#FFFFFF"))  # fmt: skip
        painter.fillRect(QRectF(rect.right() - 3, rect.top() + 4, 2, rect.height() - 8),
                         QColor("#FFFFFF"))  # fmt: skip
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect.adjusted(5, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                     painter.fontMetrics().elidedText(item.label, Qt.TextElideMode.ElideRight,
                                                      max(0, int(rect.width()) - 8)))  # fmt: skip


def _ruler(painter: QPainter, lanes: Lanes) -> None:
    step = next((s for s in TICK_STEPS if s * lanes.pixels_per_second >= 44), TICK_STEPS[-1])
    painter.setPen(QColor(MUTED))
    t = 0.0
    while t <= lanes.duration + 1e-6:
        x = lanes.x(t)
        painter.drawLine(QPointF(x, RULER - 4), QPointF(x, RULER))
        label = f"{int(t) // 60}:{int(t) % 60:02d}" if step >= 1 else local_number(t, 1)
        if x + 2 + painter.fontMetrics().horizontalAdvance(label) <= lanes.width:  # never cut off
            painter.drawText(QPointF(x + 2, RULER - 4), label)
        t += step


def _wave(painter: QPainter, view: TimelineView, lanes: Lanes) -> None:
    lane = lanes.wave
    painter.fillRect(lane, QColor("#25252B"))
    if len(view.peaks):
        painter.drawPixmap(lanes.wave.topLeft(), _wave_bars(view, lanes))
    beat_pen = QPen(QColor(ACCENT))
    beat_pen.setWidthF(1.0)
    painter.setPen(beat_pen)
    for beat in view.beats:
        x = lanes.x(beat)
        painter.drawLine(QPointF(x, lane.top()), QPointF(x, lane.top() + 6))
        painter.drawLine(QPointF(x, lane.bottom() - 6), QPointF(x, lane.bottom()))


def _wave_bars(view: TimelineView, lanes: Lanes) -> QPixmap:
    """The song's bars, recorded once per song and lane size: a 3-minute song has thousands of
    bars, and the timeline repaints at every keystroke and every frame while playing."""
    lane, ratio = lanes.wave, view.devicePixelRatioF()
    key = (id(view.peaks), len(view.peaks), ratio, lane.x(), lane.y(), lane.width(), lane.height(),
           lanes.x(0), lanes.x(lanes.duration))  # fmt: skip
    cached = view.wave_picture
    if cached is not None and cached[0] == key:
        return cached[1]
    picture = QPixmap(max(1, round(lane.width() * ratio)), max(1, round(lane.height() * ratio)))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    recorder = QPainter(picture)
    recorder.translate(-lane.topLeft())
    bar = (lanes.x(lanes.duration) - lanes.x(0)) / len(view.peaks)
    colour = QColor("#6A6A75")
    middle = lane.center().y()
    for index, peak in enumerate(view.peaks):
        level = max(0.5, float(peak) * (lane.height() - 6) / 2)
        recorder.fillRect(QRectF(lanes.x(0) + index * bar, middle - level,
                                 max(1.0, bar - 0.5), level * 2), colour)  # fmt: skip
    recorder.end()
    view.wave_picture = (key, picture)
    return picture


def _slot(painter: QPainter, view: TimelineView, lanes: Lanes, lane: QRectF,
          slot: PlannedSlot) -> None:  # fmt: skip
    rect = lanes.block(lane, slot.visible.start, slot.visible.end).adjusted(1, 0, -1, 0)
    chosen = view.selection is not None and view.selection[1] == slot.id
    clip = view.clips.get(slot.id)
    _box(painter, rect, QColor(BLOCK), chosen, dashed=slot.media is None)
    in_point = slot.in_point
    dragging = view.dragged_in_point is not None and view.dragged_in_point[0] == slot.id
    if dragging and view.dragged_in_point is not None:
        in_point = view.dragged_in_point[1]
    if clip is not None and clip.thumbnails:
        painter.save()
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.setClipPath(path)
        _strip(painter, lanes, slot, clip, in_point, rect)
        painter.restore()
    painter.setPen(QColor("#FFFFFF"))
    label = view.names.label(slot.id) if slot.media is None else slot.media.name
    if dragging:
        label = view.words("starts").format(local_number(in_point, 2))
    text_rect = rect.adjusted(5, 2, -4, 0)
    label_width = min(text_rect.width(), painter.fontMetrics().horizontalAdvance(label) + 8)
    painter.fillRect(QRectF(rect.left() + 2, rect.top() + 2, label_width, 15),
                     QColor(0, 0, 0, 150))  # readable on any thumbnail  # fmt: skip
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                     painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                      int(text_rect.width())))  # fmt: skip
    if clip is not None and clip.progress is not None:
        bar = QRectF(rect.left() + 4, rect.bottom() - 7, rect.width() - 8, 4)
        painter.fillRect(bar, QColor(EDGE))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * clip.progress, 4),
                         QColor(ACCENT))  # fmt: skip
        painter.drawText(
            rect.adjusted(5, 0, -4, -9),
            Qt.AlignmentFlag.AlignBottom,
            view.words("preparing").format(round(clip.progress * 100)),
        )


def _dragged_clip(painter: QPainter, view: TimelineView, lanes: Lanes, lane_rect: QRectF,
                  lane: Lane) -> None:  # fmt: skip
    """While a clip is dragged, all of it, faded outside its slot where it will not play."""
    if view.dragged_in_point is None or view.plan is None:
        return
    slot_id, in_point = view.dragged_in_point
    slot = next((i.clip for i in lane.items if i.clip is not None and i.id == slot_id), None)
    clip = view.clips.get(slot_id)
    if slot is None or clip is None or not clip.thumbnails:
        return
    rect = lanes.block(lane_rect, slot.visible.start, slot.visible.end).adjusted(1, 0, -1, 0)
    painter.save()
    painter.setClipRect(lane_rect.adjusted(lanes.names, 0, 0, 0))
    painter.setOpacity(0.45)
    _strip(painter, lanes, slot, clip, in_point, rect)
    painter.restore()
    painter.setPen(QPen(QColor(ACCENT), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 6, 6)


def _strip(painter: QPainter, lanes: Lanes, slot: PlannedSlot, clip: SlotClip, in_point: float,
           rect: QRectF) -> None:  # fmt: skip
    """The clip's thumbnails laid along the timeline so that `in_point` is at the slot's start."""
    first = clip.thumbnails[0]
    tile_w = max(12.0, rect.height() * first.width() / max(1, first.height()))
    speed = max(slot.speed, 1e-3)
    start_x = lanes.x(slot.visible.start - in_point / speed)
    end_x = lanes.x(slot.visible.start + (clip.seconds - in_point) / speed)
    count = len(clip.thumbnails)
    x = start_x
    while x < end_x:
        width = min(tile_w, end_x - x)
        media = (x + width / 2 - start_x) / lanes.pixels_per_second * speed
        index = min(count - 1, max(0, round(media / max(clip.seconds, 1e-6) * (count - 1))))
        image = clip.thumbnails[index]
        target = QRectF(x, rect.top(), width, rect.height())
        source = QRectF(0, 0, image.width() * width / tile_w, image.height())
        painter.drawImage(target, image, source)
        x += tile_w


def _box(painter: QPainter, rect: QRectF, fill: QColor, chosen: bool, dashed: bool = False) -> None:
    pen = QPen(QColor(ACCENT if chosen else EDGE), 2 if chosen else 1)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 6, 6)


def _playhead(painter: QPainter, view: TimelineView, lanes: Lanes) -> None:
    x = lanes.x(view.playhead)
    painter.setPen(QPen(QColor("#FFFFFF"), 2))
    painter.drawLine(QPointF(x, 0), QPointF(x, view.height()))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPolygon(QPolygonF([QPointF(x - 5, 0), QPointF(x + 5, 0), QPointF(x, 7)]))
