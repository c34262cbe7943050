"""The Edit page's part for the creator's own words and stickers: the panel that adds and styles
them, the preview where they are dragged, and the timeline where their times are; picking one in
any of the three picks it in the others. Every change is a command to the project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollArea

from studio.core.fill_overlays import template_fonts
from studio.core.overlays import OwnSticker, OwnText, new_overlay_id
from studio.core.project import AddOverlay, ChangeOverlay, Command, DeleteOverlay, Project
from studio.core.render_plan import RenderPlan
from studio.media.ffmpeg import MediaError
from studio.media.overlay_geometry import fitted_sticker_scale
from studio.media.text import available_fonts
from studio.ui.widgets.overlay_canvas import OverlayCanvas
from studio.ui.widgets.overlay_panel import OverlayPanel
from studio.ui.widgets.preview_canvas import PreviewCanvas
from studio.ui.widgets.timeline import TimelineView


class OwnItems(QObject):
    """Emits `picked(kind, id)` when a slot is picked on the preview (the page shows its card)."""

    picked = Signal(str, str)

    def __init__(self, canvas: PreviewCanvas, timeline: TimelineView, scroll: QScrollArea,
                 say: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(canvas)
        self.panel = OverlayPanel()
        self.canvas = OverlayCanvas(canvas)
        self.timeline = timeline
        self.scroll = scroll
        self.say = say
        self.project: Project | None = None
        self.panel.add_text.connect(self.add_text)
        self.panel.add_sticker.connect(self.add_sticker)
        self.panel.command.connect(self._run)
        self.canvas.command.connect(self._run)
        self.canvas.sealed.connect(self._seal)
        self.canvas.picked.connect(self._picked_on_canvas)
        timeline.selected.connect(self._picked_on_timeline)
        timeline.retimed.connect(self._retimed)

    def open(self, project: Project) -> None:
        """Edit `project`'s own items; fonts are the template's and the bundled ones."""
        self.project = project
        self.panel.fonts = [*template_fonts(project.loaded), *available_fonts()]
        self.canvas.select("", None)
        self.show_items()

    def show_items(self) -> None:
        """Redraw the cards (after any edit of the own items, an undo too)."""
        assert self.project is not None
        chosen = self.canvas.selection
        own = chosen[1] if chosen and chosen[0] == "own" else None
        self.panel.show_items(list(self.project.state.overlays), own)
        self.canvas.show(None, list(self.project.state.overlays))

    def show_plan(self, plan: RenderPlan) -> None:
        assert self.project is not None
        self.canvas.show(plan, list(self.project.state.overlays))

    def show_time(self, seconds: float) -> None:
        self.canvas.show_time(seconds)

    # --- adding ---------------------------------------------------------------------------
    def add_text(self) -> None:
        """A new text in the middle of the frame, for the whole video, in the first font."""
        assert self.project is not None
        ids = [item.id for item in self.project.state.overlays]
        font = next(iter(template_fonts(self.project.loaded)), "Inter-Black")
        item = OwnText(id=new_overlay_id(ids, "text"), text=self.tr("Your words"), font=font,
                       y=0.4)  # fmt: skip
        self._add(item)

    def add_sticker(self, path: str) -> None:
        """A sticker from `path`; a file that cannot be one is refused in one line."""
        assert self.project is not None
        try:
            scale = fitted_sticker_scale(path)  # its size checked before anything is decoded
        except MediaError as exc:
            self.say(str(exc))
            return
        ids = [item.id for item in self.project.state.overlays]
        self._add(OwnSticker(id=new_overlay_id(ids, "sticker"), path=path, scale=scale, y=0.6))

    def _add(self, item: OwnText | OwnSticker) -> None:
        assert self.project is not None
        self.canvas.select("own", item.id)
        self.timeline.select("own", item.id)
        self.project.execute(AddOverlay(item))
        self.project.seal()
        self._scroll_to(item.id)

    # --- edits and picking ------------------------------------------------------------------
    def _run(self, command: Command) -> None:
        if self.project is None:
            return
        if isinstance(command, DeleteOverlay):
            self.timeline.select("own", None)
        self.project.execute(command)
        if not getattr(command, "merges", False):
            self.project.seal()

    def _seal(self) -> None:
        if self.project is not None:
            self.project.seal()

    def _retimed(self, item_id: str, start: float, end: float) -> None:
        item = self._item(item_id)
        if item is None or self.timeline.plan is None:
            return
        last = end >= self.timeline.plan.duration - 1e-6  # to the end, whatever its length
        self._run(ChangeOverlay(item.model_copy(update={"start": round(start, 4),
                                                        "end": None if last else round(end, 4)}),
                                "retime"))  # fmt: skip

    def _picked_on_canvas(self, kind: str, item_id: str) -> None:
        self.timeline.select(kind, item_id or None)
        if kind == "own":
            self._show_chosen(item_id)
        else:
            self._show_chosen(None)
            if kind:
                self.picked.emit(kind, item_id)

    def _picked_on_timeline(self, kind: str, item_id: str) -> None:
        self.canvas.select(kind, item_id)
        self._show_chosen(item_id if kind == "own" else None)

    def _show_chosen(self, item_id: str | None) -> None:
        if self.project is None:
            return
        self.panel.show_items(list(self.project.state.overlays), item_id)
        if item_id is not None:
            self._scroll_to(item_id)

    def _scroll_to(self, item_id: str) -> None:
        card = self.panel.cards.get(item_id)
        if card is not None:
            self.scroll.ensureWidgetVisible(card)

    def _item(self, item_id: str) -> OwnText | OwnSticker | None:
        if self.project is None:
            return None
        return next((i for i in self.project.state.overlays if i.id == item_id), None)
