"""The creator's own texts and stickers edited on the preview itself: drag to move (or the arrow
keys), the corner handle scales, the round handle above turns, Delete removes. Moving snaps to
the centre lines and to the edges of the platforms' safe zone. Each drag is one undo step (its
commands merge and the run is sealed on release).

Boxes come from `media/overlay_geometry.py`, the sizes the compositor draws at, so the handles sit
on the very pixels the export will have.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QPolygonF

from studio.core.fill_overlays import LARGEST_TEXT, own_id
from studio.core.overlays import OwnSticker, OwnText
from studio.core.platforms import PlatformError, SafeZone, load_platforms
from studio.core.project import ChangeOverlay, DeleteOverlay
from studio.core.render_plan import PlannedSticker, PlannedText, RenderPlan
from studio.core.timeline import Span
from studio.media.ffmpeg import MediaError
from studio.media.overlay_geometry import ItemBox, item_box, turned
from studio.ui.theme import ACCENT
from studio.ui.widgets.preview_canvas import PreviewCanvas

HANDLE_PX = 7  # a handle's half size on screen
GRAB_PX = 12  # a press this close to a handle takes it
SNAP_PX = 8  # a centre line or safe-zone edge this close pulls the item onto it
ROTATE_ARM_PX = 26  # the turning handle's distance above the item
ROTATION_SNAP = 5.0  # degrees from upright (or a quarter turn) that snap to it
SMALLEST_SCALE = 0.1
# arrow keys move the chosen item a pixel of the frame (Shift: ten)
NUDGES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
          Qt.Key.Key_Down: (0, 1)}  # fmt: skip

Own = OwnText | OwnSticker


def strictest_zone() -> SafeZone:
    """What every platform's buttons cover together (the most of each edge)."""
    try:
        zones = [p.safe_zone for p in load_platforms().values()]
    except PlatformError:  # a broken presets file of the creator's: no zone to snap to
        return SafeZone()
    return SafeZone(top=max((z.top for z in zones), default=0),
                    bottom=max((z.bottom for z in zones), default=0),
                    left=max((z.left for z in zones), default=0),
                    right=max((z.right for z in zones), default=0))  # fmt: skip


@dataclass
class _Grab:
    """A drag in progress: what was taken, the item and the press where it began."""

    mode: str  # "move", "scale" or "rotate"
    item: Own
    box: ItemBox
    press: QPointF  # canvas pixels
    moved: bool = False


class OverlayCanvas(QObject):
    """Emits `command(Command)`, `sealed()` when a drag ends and `picked(kind, id)` (kind "own",
    "text", "sticker" or "slot"; both empty when the press hit nothing)."""

    command = Signal(object)
    sealed = Signal()
    picked = Signal(str, str)

    def __init__(self, canvas: PreviewCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.plan: RenderPlan | None = None
        self.items: dict[str, Own] = {}
        self.boxes: dict[str, ItemBox] = {}  # canvas pixels, by own id
        # the template's texts and free stickers: (kind, id) -> where, and when they show
        self._template_boxes: dict[tuple[str, str], tuple[ItemBox, Span]] | None = {}
        self.time = 0.0
        self.selection: tuple[str, str] | None = None
        self.guides: list[tuple[str, float]] = []  # ("x" or "y", canvas pixels) while snapping
        self.zone = strictest_zone()
        self._grab: _Grab | None = None
        canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete reaches it after a click
        canvas.installEventFilter(self)
        canvas.decorate = self._paint

    # --- what to show ----------------------------------------------------------------------
    def show(self, plan: RenderPlan | None, items: list[Own]) -> None:
        """The plan the preview draws and the project's own items."""
        before = (self.plan, self.boxes, self.items, self.selection)
        self.items = {item.id: item for item in items}
        if plan is not None:
            self.plan = plan
            self.boxes = {}
            for planned in plan.overlays:
                key = own_id(planned.id)
                try:
                    if key is not None:
                        self.boxes[key] = item_box(planned, plan.width, plan.height)
                except MediaError:
                    continue  # a sticker file gone since: the page says so
            self._template_boxes = None  # measured when asked: every keystroke brings a plan
        if self.selection and self.selection[0] == "own" and self.selection[1] not in self.items:
            self.selection = None
        if not self._same_drawing(*before):  # a keystroke: the frame on its way repaints
            self.canvas.update()

    def _same_drawing(self, plan: RenderPlan | None, boxes: dict[str, ItemBox],
                      items: dict[str, Own], selection: tuple[str, str] | None
                      ) -> bool:  # fmt: skip
        """Whether what is drawn over the picture stays as it was: only words changed, and no
        template text or sticker is selected (its outline follows its words)."""
        from studio.media.compositor import only_text_differs

        if plan is None or self.plan is None or selection != self.selection:
            return False
        if selection is not None and selection[0] in ("text", "sticker"):
            return False
        return boxes == self.boxes and items == self.items and only_text_differs(plan, self.plan)

    @property
    def template_boxes(self) -> dict[tuple[str, str], tuple[ItemBox, Span]]:
        """Where the template's texts and free stickers are drawn, by (kind, id), and when."""
        if self._template_boxes is None:
            self._template_boxes = {}
            plan = self.plan
            placed: list[tuple[str, PlannedText | PlannedSticker]] = []
            if plan is not None:
                placed = [("text", t) for t in plan.texts]
                placed += [("sticker", s) for s in plan.stickers if s.placement is None]
            for kind, shown in placed:
                assert plan is not None
                try:
                    box = item_box(shown, plan.width, plan.height)
                except (MediaError, KeyError):  # a broken sticker, a font not found
                    continue
                self._template_boxes[(kind, shown.id)] = (box, shown.span)
        return self._template_boxes

    def show_time(self, seconds: float) -> None:
        self.time = seconds
        self.canvas.update()

    def select(self, kind: str, item_id: str | None) -> None:
        self.selection = (kind, item_id) if item_id else None
        self.canvas.update()

    def handle_points(self, item_id: str) -> dict[str, QPointF]:
        """Where an item's centre and handles are on the widget ("centre", "scale", "rotate")."""
        box = self.boxes[item_id]
        corners = box.corners()
        up = turned(0, -1, box.rotation)
        top = (corners[0][0] + corners[1][0]) / 2, (corners[0][1] + corners[1][1]) / 2
        scale = self._scale()
        rotate = (top[0] + up[0] * ROTATE_ARM_PX / scale, top[1] + up[1] * ROTATE_ARM_PX / scale)
        return {
            "centre": self._to_widget(box.cx, box.cy),
            "scale": self._to_widget(*corners[2]),
            "rotate": self._to_widget(*rotate),
        }

    # --- coordinates ------------------------------------------------------------------------
    def _scale(self) -> float:
        if self.plan is None:
            return 1.0
        return self.canvas.picture_rect().width() / self.plan.width

    def _to_widget(self, x: float, y: float) -> QPointF:
        rect, scale = self.canvas.picture_rect(), self._scale()
        return QPointF(rect.left() + x * scale, rect.top() + y * scale)

    def _to_canvas(self, point: QPointF) -> QPointF:
        rect, scale = self.canvas.picture_rect(), self._scale()
        return QPointF((point.x() - rect.left()) / scale, (point.y() - rect.top()) / scale)

    def _showing(self) -> list[str]:
        """Own items on screen at the preview's time, the top one last."""
        return [key for key, item in self.items.items() if key in self.boxes
                and item.start <= self.time + 1e-6
                and (item.end is None or self.time < item.end)]  # fmt: skip

    # --- mouse and keys -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._press(event)
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            return self._move(event)
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._release(event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self.plan is None:
            return False
        self.canvas.setFocus(Qt.FocusReason.MouseFocusReason)
        where = event.position()
        chosen = self.selection[1] if self.selection and self.selection[0] == "own" else None
        if chosen in self._showing():
            assert chosen is not None
            for mode in ("rotate", "scale"):
                if _near(self.handle_points(chosen)[mode], where, GRAB_PX):
                    self._grab = _Grab(mode, self.items[chosen], self.boxes[chosen],
                                       self._to_canvas(where))  # fmt: skip
                    return True
        point = self._to_canvas(where)
        for key in reversed(self._showing()):
            if self.boxes[key].contains(point.x(), point.y()):
                self.selection = ("own", key)
                self._grab = _Grab("move", self.items[key], self.boxes[key], point)
                self.picked.emit("own", key)
                self.canvas.update()
                return True
        for (kind, key), (box, span) in reversed(self.template_boxes.items()):
            if span.contains(self.time) and box.contains(point.x(), point.y()):
                self.selection = (kind, key)
                self.picked.emit(kind, key)
                self.canvas.update()
                return True
        slot = self._slot_at(point)
        self.selection = ("slot", slot) if slot else None
        self.picked.emit("slot" if slot else "", slot or "")
        self.canvas.update()
        return True

    def _slot_at(self, point: QPointF) -> str | None:
        """The template's slot drawn at `point` now (the top one)."""
        assert self.plan is not None
        width, height = self.plan.width, self.plan.height
        showing = [s for s in self.plan.slots if s.visible.contains(self.time)]
        for slot in sorted(showing, key=lambda s: s.placement.layer if s.placement else 0,
                           reverse=True):  # fmt: skip
            if slot.placement is None:
                return slot.id
            left, top, w, h = slot.placement.pixels(width, height)
            if left <= point.x() <= left + w and top <= point.y() <= top + h:
                return slot.id
        return None

    def _move(self, event: QMouseEvent) -> bool:
        grab = self._grab
        if grab is None:
            return False
        point = self._to_canvas(event.position())
        if not grab.moved and _near(
            self._to_widget(point.x(), point.y()),
            self._to_widget(grab.press.x(), grab.press.y()),
            3,
        ):
            return True
        grab.moved = True
        changed, what = self._dragged(grab, point, event)
        self.command.emit(ChangeOverlay(changed, what, merges=True))
        return True

    def _dragged(self, grab: _Grab, point: QPointF, event: QMouseEvent) -> tuple[Own, str]:
        """The item as the drag to `point` leaves it."""
        assert self.plan is not None
        item, box = grab.item, grab.box
        if grab.mode == "scale":
            before = math.hypot(grab.press.x() - box.cx, grab.press.y() - box.cy)
            now = math.hypot(point.x() - box.cx, point.y() - box.cy)
            largest = LARGEST_TEXT / item.size if isinstance(item, OwnText) else 20.0
            scale = min(max(item.scale * now / max(before, 1.0), SMALLEST_SCALE), largest)
            return item.model_copy(update={"scale": round(scale, 4)}), "scale"
        if grab.mode == "rotate":
            turn = math.degrees(
                math.atan2(point.y() - box.cy, point.x() - box.cx)
                - math.atan2(grab.press.y() - box.cy, grab.press.x() - box.cx)
            )
            rotation = (item.rotation + turn + 180) % 360 - 180
            nearest = round(rotation / 90) * 90
            if abs(rotation - nearest) <= ROTATION_SNAP:
                rotation = float(nearest)
            return item.model_copy(update={"rotation": round(rotation, 2)}), "turn"
        cx = box.cx + point.x() - grab.press.x()
        cy = box.cy + point.y() - grab.press.y()
        free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not free:
            cx, cy = self._snapped(box, cx, cy)
        else:
            self.guides = []
        width, height = self.plan.width, self.plan.height
        x = min(max(cx / width, -0.5), 1.5)
        y = min(max(cy / height, -0.5), 1.5)
        return item.model_copy(update={"x": round(x, 5), "y": round(y, 5)}), "move"

    def _snapped(self, box: ItemBox, cx: float, cy: float) -> tuple[float, float]:
        """The centre pulled onto a centre line or a safe-zone edge nearby, guides noted."""
        assert self.plan is not None
        width, height = self.plan.width, self.plan.height
        reach = SNAP_PX / self._scale()
        bounds = ItemBox(cx, cy, box.width, box.height, box.rotation).bounds()
        half_w, half_h = (bounds.right - bounds.left) / 2, (bounds.bottom - bounds.top) / 2
        safe = self.zone.visible_box(width, height)
        self.guides = []
        for axis, centre, lines in (
            ("x", cx, ((width / 2, 0.0), (safe.left, half_w), (safe.right, -half_w))),
            ("y", cy, ((height / 2, 0.0), (safe.top, half_h), (safe.bottom, -half_h))),
        ):
            for line, offset in lines:
                if abs(centre - (line + offset)) <= reach:
                    centre = line + offset
                    self.guides.append((axis, line))
                    break
            if axis == "x":
                cx = centre
            else:
                cy = centre
        return cx, cy

    def _release(self, event: QMouseEvent) -> bool:
        grab, self._grab = self._grab, None
        if grab is not None and grab.moved:  # where it is dropped (Shift held now counts)
            changed, what = self._dragged(grab, self._to_canvas(event.position()), event)
            self.command.emit(ChangeOverlay(changed, what, merges=True))
            self.sealed.emit()
        self.guides = []
        self.canvas.update()
        return grab is not None

    def _key(self, event: QKeyEvent) -> bool:
        chosen = self.selection[1] if self.selection and self.selection[0] == "own" else None
        if chosen and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.selection = None
            self.command.emit(DeleteOverlay(chosen))
            self.sealed.emit()
            return True
        step = NUDGES.get(Qt.Key(event.key()))
        if chosen and chosen in self.items and step is not None and self.plan is not None:
            pixels = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            item = self.items[chosen]
            x = min(max(item.x + step[0] * pixels / self.plan.width, -0.5), 1.5)
            y = min(max(item.y + step[1] * pixels / self.plan.height, -0.5), 1.5)
            moved = item.model_copy(update={"x": round(x, 5), "y": round(y, 5)})
            self.command.emit(ChangeOverlay(moved, "move", merges=True))  # a run of presses: a step
            return True
        return False

    # --- drawing --------------------------------------------------------------------------
    def _paint(self, painter: QPainter, picture: QRectF) -> None:
        if self.plan is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._grab is not None and self._grab.mode == "move":
            self._paint_zone(painter)
        for axis, line in self.guides:
            painter.setPen(QPen(QColor("#FF3B7F"), 1))
            if axis == "x":
                painter.drawLine(self._to_widget(line, 0), self._to_widget(line, self.plan.height))
            else:
                painter.drawLine(self._to_widget(0, line), self._to_widget(self.plan.width, line))
        selection = self.selection
        if selection is None:
            return
        if selection[0] == "own" and selection[1] in self._showing():
            self._paint_handles(painter, selection[1])
        elif selection[0] == "slot":
            self._paint_slot(painter, selection[1])
        elif selection in self.template_boxes:
            box, span = self.template_boxes[selection]
            if span.contains(self.time):
                corners = [self._to_widget(x, y) for x, y in box.corners()]
                painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolygon(QPolygonF(corners))

    def _paint_zone(self, painter: QPainter) -> None:
        assert self.plan is not None
        safe = self.zone.visible_box(self.plan.width, self.plan.height)
        pen = QPen(QColor(255, 255, 255, 110), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self._to_widget(safe.left, safe.top),
                                self._to_widget(safe.right, safe.bottom)))  # fmt: skip

    def _paint_handles(self, painter: QPainter, key: str) -> None:
        box = self.boxes[key]
        corners = [self._to_widget(x, y) for x, y in box.corners()]
        outline = QPolygonF(corners)
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(outline)
        handles = self.handle_points(key)
        top = (corners[0] + corners[1]) / 2
        painter.drawLine(top, handles["rotate"])
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(handles["rotate"], HANDLE_PX, HANDLE_PX)
        corner = handles["scale"]
        painter.drawRect(QRectF(corner.x() - HANDLE_PX, corner.y() - HANDLE_PX,
                                2 * HANDLE_PX, 2 * HANDLE_PX))  # fmt: skip

    def _paint_slot(self, painter: QPainter, slot_id: str) -> None:
        assert self.plan is not None
        slot = next((s for s in self.plan.slots if s.id == slot_id), None)
        if slot is None or not slot.visible.contains(self.time):
            return
        if slot.placement is None:
            left, top, w, h = 0, 0, self.plan.width, self.plan.height
        else:
            left, top, w, h = slot.placement.pixels(self.plan.width, self.plan.height)
        painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self._to_widget(left, top), self._to_widget(left + w, top + h))
                         .adjusted(1, 1, -1, -1))  # fmt: skip


def _near(a: QPointF, b: QPointF, pixels: float) -> bool:
    return math.hypot(a.x() - b.x(), a.y() - b.y()) <= pixels
