"""Format v2 composition: slots, shapes and stickers in regions, drawn layer by layer, each cut
to its mask, framed by its border and moved by its motion.

Every picture is made at its region's size. A still with motion is scaled ONCE to the size its
largest zoom needs and each frame is one affine warp of that (never the 12 MP original).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from studio.core.plan_layers import PlannedPlacement, PlannedShape
from studio.core.render_plan import PlannedSlot, PlannedSticker, RenderPlan
from studio.core.template.schema import REFERENCE_WIDTH
from studio.media.animation import sticker_pose
from studio.media.byte_budget import ByteBudget
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError
from studio.media.filters import FilterChain
from studio.media.filters.matte import has_alpha
from studio.media.motion import MotionPose, motion_pose
from studio.media.motion_warp import warp_chroma, warp_picture
from studio.media.opening_ahead import OpeningAhead
from studio.media.overlay import posed_rgba
from studio.media.proxy_source import ProxySource, can_use_proxy
from studio.media.region_blend import Box, blend_keyed, blend_rgb
from studio.media.shapes import border_coverage, coverage, opaque_colour, rgba_over, solid_rgba
from studio.media.slot_source import SlotSource
from studio.media.sticker_picture import sticker_frame_at
from studio.media.transitions import transition_frame
from studio.media.yuv_compose import (
    I420Frame,
    RasterCache,
    draw_rgba,
    i420_planes,
    paste_planes,
    picture_planes,
    picture_to_i420,
    solid_i420,
)

FULL = PlannedPlacement()
Canvas = Frame | I420Frame  # RGB (the preview, or a frame the export composes in RGB) or I420
RELEASE_AFTER = 1.0  # seconds a finished slot's source is kept for a preview scrubbing back
OPEN_AHEAD_SECONDS = 1.5  # an export opens the next slot's source this long before it shows
# a still is scaled once to at most twice its region; a stronger zoom is magnified per frame
# (bounded memory whatever a template asks)
MAX_STILL_ZOOM = 2.0
FITTED_FRAMES_BYTES = 64_000_000


def _still_size(slot: PlannedSlot, width: int, height: int) -> tuple[int, int]:
    """The size a still is scaled to once: its region, grown by its motion's largest zoom."""
    zoom = slot.motion.max_scale() if slot.motion else 1.0
    zoom = min(max(zoom, 1.0), MAX_STILL_ZOOM)
    return round(width * zoom) // 2 * 2, round(height * zoom) // 2 * 2


class LayerComposer:
    """Draws the slots, shapes and region stickers of a layered plan at `t`."""

    def __init__(
        self,
        plan: RenderPlan,
        width: int,
        height: int,
        filters: dict[str, FilterChain],
        proxies: Mapping[Path, Path] | None = None,
        look: FilterChain | None = None,
    ) -> None:
        self.plan = plan
        # past the end by rounding, the slot that ends last stays on screen (and its decoder open)
        self._held_at_end = max(plan.slots, key=lambda slot: slot.visible.end, default=None)
        # the template's look: the compositor colours an RGB frame with it once it is composed;
        # an I420 frame is coloured layer by layer as it is drawn (`compose_i420`)
        self.look = look or FilterChain()
        self.proxies = dict(proxies or {})  # the editor's preview: clips read from proxies
        self.width, self.height = width, height
        self.units = width / REFERENCE_WIDTH
        self.filters = filters
        # sources open when their slot first shows and close once it is over, so eight (or
        # thirty) photos never sit in memory at once, and a long video holds only what shows
        self.sources: dict[str, SlotSource | ProxySource] = {}
        self.boxes = {s.id: Box(*(s.placement or FULL).pixels(width, height)) for s in plan.slots}
        self._ahead: OpeningAhead[SlotSource | ProxySource] = OpeningAhead()
        self._stills: dict[str, Frame] = {}
        self._rgba: dict[str, np.ndarray] = {}
        self._fitted_frames = ByteBudget(FITTED_FRAMES_BYTES)  # animated stickers' later frames
        self._made_at: float | None = None
        self._made: dict[str, Frame] = {}
        # the export's: a moving still's planes, and pictures and rasters with the look
        self._still_planes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._looked: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def compose(self, t: float) -> Frame:
        """Slots, shapes and region stickers visible at `t`, lowest layer first."""
        frame = np.zeros((self.height, self.width, 3), np.uint8)
        for item in self._items_at(t):
            if isinstance(item, PlannedSlot):
                self._draw_slot(frame, item, t)
            elif isinstance(item, PlannedShape):
                self._draw_shape(frame, item, t)
            elif isinstance(item, PlannedSticker):
                self._draw_sticker(frame, item, t)
        self._release(t)
        return frame

    def compose_i420(self, t: float, rasters: RasterCache) -> np.ndarray | None:
        """`compose(t)` with the look, straight in the encoder's I420 (see yuv_compose.py):
        each slot's picture is converted at its own size, and a moving still is warped plane
        by plane from planes converted once. It needs every slot showing whole and opaque (no
        mask, fade, transition or keyed picture) in a box on even pixels inside the canvas.
        A look must only map colours; it then colours each layer instead of the drawn frame,
        which is the same picture only where layers are opaque (at their soft edges, a level or
        two apart), so with a look the frame may hold nothing but slots and their opaque
        borders: a see-through card under `noir` came out 31 levels off. None otherwise, with
        nothing drawn, for the caller to compose in RGB."""
        if self.look and not self.look.colour_only:
            return None
        items = self._items_at(t)
        planes: dict[str, tuple[np.ndarray, ...]] = {}
        for item in items:
            if not isinstance(item, PlannedSlot):
                if self.look:
                    return None
                continue
            made = self._slot_planes(item, t)
            if made is None:
                return None
            planes[item.id] = made
        black = np.zeros((1, 1, 3), np.uint8)
        red, green, blue = self._coloured(":background", black, t)[0, 0]
        buffer = solid_i420(self.width, self.height, (int(red), int(green), int(blue)))
        frame = I420Frame(buffer, self.width, self.height, rasters)
        for item in items:
            if isinstance(item, PlannedSlot):
                box = self.boxes[item.id]
                paste_planes(frame, planes[item.id], box.left, box.top)
                placement = item.placement or FULL
                if placement.border_width:
                    self._draw_border(frame, item.id, placement, box)
            elif isinstance(item, PlannedShape):
                self._draw_shape(frame, item, t)
            elif isinstance(item, PlannedSticker):
                self._draw_sticker(frame, item, t)
        self._release(t)
        return frame.buffer

    def _slot_planes(self, slot: PlannedSlot, t: float) -> tuple[np.ndarray, ...] | None:
        """The slot's Y, U and V planes at its box's size for `compose_i420`, or None."""
        placement = slot.placement or FULL
        box = self.boxes[slot.id]
        inside = box.left >= 0 and box.left + box.width <= self.width and box.top >= 0
        inside = inside and box.top + box.height <= self.height
        even = not (box.left | box.top | box.width | box.height) & 1
        incoming = slot.transition_in
        pose = motion_pose(slot.motion, t - slot.visible.start)
        if placement.mask is not None or not (inside and even) or pose.opacity < 1:
            return None
        if self.look and placement.border_width and not opaque_colour(placement.border_color):
            return None  # a see-through border: see `compose_i420`
        if incoming is not None and incoming.span.contains(t):
            return None
        picture = self._picture(slot, t)
        if has_alpha(picture):
            return None
        still = slot.id in self._stills
        if pose.is_rest:
            coloured = self._coloured("slot:" + slot.id, picture, t, still)
            scaled = picture_to_i420(coloured, box.width, box.height)
            return i420_planes(scaled, box.width, box.height)
        own = self._still_planes.get(slot.id)
        if own is None:
            own = picture_planes(self._coloured("slot:" + slot.id, picture, t, still))
            if still:
                self._still_planes[slot.id] = own
        luma, chroma = own
        size = (luma.shape[1], luma.shape[0])
        half = warp_chroma(chroma, size, box.width, box.height, pose)
        return warp_picture(luma, box.width, box.height, pose), *cv2.split(half)

    def _coloured(self, key: str, picture: np.ndarray, t: float, still: bool = True) -> Frame:
        """`picture` (RGB or RGBA) with the look, for an I420 frame; kept by `key` while the
        same picture is asked for again (a still, a border)."""
        if not self.look:
            return picture
        kept = self._looked.get(key) if still else None
        if kept is not None and kept[0] is picture:
            return kept[1]
        if has_alpha(picture):
            colours = self.look.apply(np.ascontiguousarray(picture[..., :3]), t)
            coloured: Frame = np.dstack([colours, picture[..., 3]])
        else:
            coloured = self.look.apply(picture, t)
        if still:
            self._looked[key] = (picture, coloured)  # the source is kept, so its id stays its own
        return coloured

    def _items_at(self, t: float) -> list[object]:
        """The slots, shapes and region stickers visible at `t`, lowest layer first."""
        items: list[tuple[int, int, object]] = []
        order = 0
        for slot in self.plan.slots:
            if slot.visible.contains(t):
                items.append(((slot.placement or FULL).layer, order, slot))
            order += 1
        # past the end by rounding: hold the slot that ends last (before the first slot starts,
        # a beat template's lead-in, the frame stays empty as in any gap: the finale's clip
        # had flashed there)
        last = self._held_at_end
        if not items and last is not None and t >= last.visible.end:
            items.append(((last.placement or FULL).layer, order, last))
        for shape in self.plan.shapes:
            if shape.span.contains(t):
                items.append((shape.placement.layer, order, shape))
            order += 1
        for sticker in self.plan.stickers:
            if sticker.placement is not None and sticker.span.contains(t):
                items.append((sticker.placement.layer, order, sticker))
            order += 1
        return [item for _, _, item in sorted(items, key=lambda entry: (entry[0], entry[1]))]

    def close(self) -> None:
        """Stop every decoder."""
        self._ahead.close()
        for source in self.sources.values():
            source.close()
        self.sources.clear()
        self._stills.clear()
        self._made.clear()
        self._still_planes.clear()
        self._looked.clear()

    def _source(self, slot: PlannedSlot) -> SlotSource | ProxySource:
        """The slot's source, opened on first use or taken from `open_upcoming`."""
        source = self.sources.get(slot.id)
        if source is None:
            source = self._ahead.take(slot.id) or self._open(slot)
            self.sources[slot.id] = source
        return source

    def _open(self, slot: PlannedSlot) -> SlotSource | ProxySource:
        """A still at the size its motion needs; a clip from its preview proxy when it has one."""
        proxied = self._proxy_source(slot)
        if proxied is not None:
            return proxied
        box = self.boxes[slot.id]
        size = (box.width, box.height)
        if slot.motion is not None and slot.media is not None:
            size = _still_size(slot, box.width, box.height)
        source = SlotSource(slot, *size, self.plan.fps)
        if not source.is_still and size != (box.width, box.height):
            source.close()  # a clip in motion is read at its region's size
            source = SlotSource(slot, box.width, box.height, self.plan.fps)
        return source

    def open_upcoming(self, t: float) -> None:
        """Open the source of the next slot to show after `t` on a thread of its own, and
        start its decoder (export only: see `opening_ahead`)."""
        upcoming = [s for s in self.plan.slots if t < s.visible.start <= t + OPEN_AHEAD_SECONDS]
        if not upcoming:
            return
        # only the next one, even once it is open: fast cuts would otherwise open a decoder
        # per cut (twelve quarter-second clips had twelve decoders running at once)
        slot = min(upcoming, key=lambda s: s.visible.start)
        if slot.id not in self.sources and slot.id not in self._ahead:
            self._ahead.start(slot.id, lambda: _decoding(self._open(slot)))

    def _proxy_source(self, slot: PlannedSlot) -> ProxySource | None:
        proxy = self.proxies.get(slot.media) if slot.media is not None else None
        if proxy is None or not can_use_proxy(slot):
            return None
        box = self.boxes[slot.id]
        try:
            return ProxySource(slot, proxy, box.width, box.height, self.plan.fps)
        except MediaError:  # deleted or damaged since: the original still shows the truth
            return None

    def _release(self, t: float) -> None:
        """Close the sources of slots that ended a while before `t` or start long after it."""
        for slot in self.plan.slots:
            ahead = max(RELEASE_AFTER, OPEN_AHEAD_SECONDS)  # what `open_upcoming` opened is kept
            far = t > slot.visible.end + RELEASE_AFTER or t < slot.visible.start - ahead
            if far and slot.id in self._ahead:
                self._ahead.drop(slot.id)  # scrubbed back, far before it
            if far and slot.id in self.sources and slot is not self._held_at_end:
                self.sources.pop(slot.id).close()
                self._stills.pop(slot.id, None)
                self._still_planes.pop(slot.id, None)
                self._looked.pop("slot:" + slot.id, None)

    def _picture(self, slot: PlannedSlot, t: float) -> Frame:
        source = self._source(slot)
        if slot.id in self._stills:
            return self._stills[slot.id]
        if self._made_at != t:  # pictures are kept for one time: `compose_i420` may give up
            self._made_at, self._made = t, {}  # and `compose` ask again, filters not run twice
        made = self._made.get(slot.id)
        if made is not None:
            return made
        frame = source.frame_at(t)
        chain = self.filters[slot.id]
        if chain:
            frame = chain.apply(frame, t)
        if source.is_still and not chain.time_dependent:
            self._stills[slot.id] = frame
        self._made[slot.id] = frame
        return frame

    def _draw_slot(self, frame: Frame, slot: PlannedSlot, t: float) -> None:
        box = self.boxes[slot.id]
        placement = slot.placement or FULL
        picture = self._picture(slot, t)
        pose = motion_pose(slot.motion, t - slot.visible.start)
        if not pose.is_rest:
            picture = warp_picture(picture, box.width, box.height, pose)
        elif picture.shape[1] != box.width or picture.shape[0] != box.height:
            method = cv2.INTER_AREA if picture.shape[1] > box.width else cv2.INTER_LINEAR
            picture = cv2.resize(picture, (box.width, box.height), interpolation=method)
        alpha = None
        if placement.mask is not None:
            alpha = coverage(box.width, box.height, placement.mask, placement.radius)
        incoming = slot.transition_in
        before = None
        if incoming is not None and incoming.span.contains(t):
            before = self._crop(frame, box).copy()
        if has_alpha(picture):  # keyed with nothing behind: the layers below show through
            blend_keyed(frame, picture, box, alpha, pose.opacity)
        else:
            blend_rgb(frame, picture, box, alpha, pose.opacity)
        if before is not None and incoming is not None:
            progress = (t - incoming.span.start) / max(incoming.span.duration, 1e-6)
            after = self._crop(frame, box).copy()
            mixed = transition_frame(incoming.kind, before, after, progress)
            blend_rgb(frame, mixed, box, None, 1.0)
        if placement.border_width:
            self._draw_border(frame, slot.id, placement, box)

    def _crop(self, frame: Frame, box: Box) -> Frame:
        crop: Frame = frame[box.top : box.top + box.height, box.left : box.left + box.width]
        if crop.shape[:2] != (box.height, box.width):  # a region reaching past the edge
            padded = np.zeros((box.height, box.width, 3), np.uint8)
            padded[: crop.shape[0], : crop.shape[1]] = crop
            return padded
        return crop

    def _draw_border(self, frame: Canvas, key: str, placement: PlannedPlacement, box: Box) -> None:
        rgba = self._rgba.get("border:" + key)
        if rgba is None:
            rgba = self._border_rgba(placement, box)
            self._rgba["border:" + key] = rgba
        if isinstance(frame, I420Frame):
            rgba = self._coloured("border:" + key, rgba, 0.0)
        draw_rgba(frame, rgba, box.left, box.top)

    def _draw_shape(self, frame: Canvas, shape: PlannedShape, t: float) -> None:
        box = Box(*shape.placement.pixels(self.width, self.height))
        kind = {"rect": None, "rounded": "rounded", "circle": "circle"}[shape.shape]
        rgba = self._rgba.get("shape:" + shape.id)
        if rgba is None:
            alpha = coverage(box.width, box.height, kind, shape.radius)
            rgba = solid_rgba(box.width, box.height, shape.fill, alpha)
            # the border on the shape's own outline, in the same picture: it moves, turns and
            # fades with the shape (drawn apart, it stayed where the shape started), and the
            # frame blends one picture, not two
            outline = replace(shape.placement, mask=kind, radius=shape.radius)
            rgba = self._bordered(rgba, outline, box)
            self._rgba["shape:" + shape.id] = rgba
        pose = motion_pose(shape.motion, t - shape.span.start)
        self._place(frame, rgba, box, pose, shape.opacity)

    def _bordered(self, rgba: np.ndarray, placement: PlannedPlacement, box: Box) -> np.ndarray:
        """`rgba` (box-sized) with the placement's border drawn over it, if it has one."""
        if not placement.border_width:
            return rgba
        return rgba_over(self._border_rgba(placement, box), rgba)

    def _border_rgba(self, placement: PlannedPlacement, box: Box) -> np.ndarray:
        """The placement's border alone, a box-sized picture: a line just inside its outline."""
        line = max(1, round(placement.border_width * self.units))
        alpha = border_coverage(box.width, box.height, placement.mask, placement.radius, line)
        return solid_rgba(box.width, box.height, placement.border_color, alpha)

    def _draw_sticker(self, frame: Canvas, sticker: PlannedSticker, t: float) -> None:
        assert sticker.placement is not None
        box = Box(*sticker.placement.pixels(self.width, self.height))
        # an animated sticker (GIF, WebP, APNG) plays: its frames fitted as they show, the
        # newest kept within a budget (600 frames fitted to a 1080 px region were 2.8 GB)
        index, picture = sticker_frame_at(sticker.image, t - sticker.span.start)
        key = f"sticker:{sticker.id}:{index}"
        rgba = self._rgba.get(key) if index == 0 else self._fitted_frames.get(key)
        if rgba is None:
            fit = min(box.width / picture.shape[1], box.height / picture.shape[0])
            size = (max(1, round(picture.shape[1] * fit)), max(1, round(picture.shape[0] * fit)))
            rgba = cv2.resize(picture, size, interpolation=cv2.INTER_AREA)
            rgba = self._outlined_sticker(rgba, sticker.placement, box)
            if index == 0:
                self._rgba[key] = rgba
            else:
                self._fitted_frames.put(key, rgba)
        loop = sticker_pose(sticker.span, t, sticker.animation)
        if loop is None:
            return
        moved = motion_pose(sticker.motion, t - sticker.span.start)
        pose = MotionPose(
            moved.x + loop.dx * self.width / box.width,
            moved.y + loop.dy * self.height / box.height,
            moved.scale * loop.scale * sticker.scale,
            moved.rotation + loop.rotation + sticker.rotation,
            moved.opacity * loop.opacity,
        )
        self._place(frame, rgba, box, pose, sticker.opacity)

    def _outlined_sticker(
        self, rgba: np.ndarray, placement: PlannedPlacement, box: Box
    ) -> np.ndarray:
        """A sticker fitted in its region, cut to the region's mask and framed by its border
        (both were accepted and ignored: a plain square came out). The picture is then the
        region's size, the sticker centred in it, so mask and border move with the sticker."""
        if placement.mask is None and not placement.border_width:
            return rgba
        region = np.zeros((box.height, box.width, 4), np.uint8)
        top, left = (box.height - rgba.shape[0]) // 2, (box.width - rgba.shape[1]) // 2
        region[top : top + rgba.shape[0], left : left + rgba.shape[1]] = rgba
        if placement.mask is not None:
            cut = coverage(box.width, box.height, placement.mask, placement.radius)
            region[..., 3] = (region[..., 3].astype(np.uint16) * cut + 127) // 255
        return self._bordered(region, placement, box)

    def _place(
        self, frame: Canvas, rgba: np.ndarray, box: Box, pose: MotionPose, opacity: float
    ) -> None:
        """Draw `rgba` centred in `box`, posed."""
        posed = abs(pose.scale - 1) > 1e-3 or bool(pose.rotation)
        cx = box.left + box.width / 2 + pose.x * box.width
        cy = box.top + box.height / 2 + pose.y * box.height
        if not posed:
            left, top = round(cx - rgba.shape[1] / 2), round(cy - rgba.shape[0] / 2)
            draw_rgba(frame, rgba, left, top, opacity * pose.opacity)
            return
        placed = posed_rgba(rgba, pose.scale, pose.rotation, (cx, cy), (self.width, self.height))
        if placed is not None:
            draw_rgba(frame, *placed, opacity * pose.opacity, kept=False)


def _decoding(source: SlotSource | ProxySource) -> SlotSource | ProxySource:
    """`source` with its decoder started at the slot's first frame (a clip's: a still has none)."""
    if isinstance(source, SlotSource):
        source.open_ahead()
    return source
