"""`frame_at(t)`: the finished picture of a render plan at any time, at full or preview scale.

The same object serves the export (times in order) and the editor's preview (any time).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

import cv2
import numpy as np

from studio.core.plan_layers import PlannedMotion
from studio.core.render_plan import PlannedSlot, PlannedSticker, PlannedText, RenderPlan
from studio.core.template.schema import REFERENCE_WIDTH
from studio.media.animation import Pose, sticker_pose, text_pose
from studio.media.caption_draw import CaptionPainter
from studio.media.decode import Frame
from studio.media.ffmpeg import MediaError
from studio.media.filters import FilterChain, build_filter
from studio.media.filters.matte import flatten
from studio.media.layers import LayerComposer
from studio.media.motion import motion_pose
from studio.media.overlay import posed_rgba
from studio.media.proxy_source import ProxySource, can_use_proxy
from studio.media.slot_source import SlotSource
from studio.media.sticker_picture import sticker_frame
from studio.media.text import TextRenderer
from studio.media.text_fit import render_fitted
from studio.media.transitions import transition_frame
from studio.media.yuv import rgb_to_i420
from studio.media.yuv_compose import I420Frame, RasterCache, draw_rgba, picture_to_i420

# two seconds of a render is 3-4 s of wall time on two cores: a keyframe 8 s before the
# in-point (x264's default interval) is decoded by then at 60 frames a second on one core
OPEN_AHEAD_SECONDS = 2.0
Canvas = Frame | I420Frame  # what texts and stickers are drawn on: RGB, or the export's I420


def slot_filters(slot: PlannedSlot) -> FilterChain:
    """The slot's filters, checked; FilterError names an unknown filter or bad parameter."""
    chain = FilterChain([build_filter(f.name, f.strength, f.params) for f in slot.filters])
    chain.use_source(slot.media)  # a filter that caches per clip (remove-background) keys on it
    return chain


def only_text_differs(old: RenderPlan, new: RenderPlan) -> bool:
    """True when `new` changes only words (texts, caption, tags, title, auto captions) or the
    creator's own texts and stickers: no decoder is affected."""
    same_words = dataclasses.replace(new, texts=old.texts, caption=old.caption,
                                     hashtags=old.hashtags, title=old.title,
                                     overlays=old.overlays, captions=old.captions)  # fmt: skip
    return same_words == old


class Compositor:
    """Composes slots, transitions, filters, text and stickers. `scale` 0.5 gives 540x960.

    `proxies` (original path -> preview proxy) is for the editor's preview only: those slots
    are read from their proxies (format 2 plans too). An export passes none and reads the
    originals.
    """

    def __init__(
        self, plan: RenderPlan, scale: float = 1.0, proxies: Mapping[Path, Path] | None = None
    ) -> None:
        self.plan = plan
        self.scale = scale
        self.width = round(plan.width * scale) // 2 * 2
        self.height = round(plan.height * scale) // 2 * 2
        self._units = self.width / REFERENCE_WIDTH
        self.filters = {slot.id: slot_filters(slot) for slot in plan.slots}
        # format v2 plans compose region by region; v1 plans as before (both from the proxies)
        self.layers: LayerComposer | None = None
        self.look = FilterChain([build_filter(f.name, f.strength, f.params) for f in plan.look])
        self.sources: dict[str, SlotSource | ProxySource] = {}
        if plan.layered:
            self.layers = LayerComposer(
                plan, self.width, self.height, self.filters, proxies, self.look
            )
            self.sources = self.layers.sources  # shared: opened lazily
        else:
            try:
                for slot in plan.slots:
                    proxy = (proxies or {}).get(slot.media) if slot.media else None
                    source = self._proxy_source(slot, proxy) if proxy is not None else None
                    self.sources[slot.id] = source or SlotSource(
                        slot, self.width, self.height, plan.fps
                    )
            except BaseException:
                self.close()
                raise
        self._text_cache: dict[tuple[str, int], np.ndarray] = {}
        self._stills: dict[str, Frame] = {}
        self._stills_i420: dict[str, np.ndarray] = {}
        self._rasters = RasterCache()
        self._captions: CaptionPainter | None = None
        self._share_pairs: list[tuple[SlotSource, SlotSource]] | None = None  # export only

    def _proxy_source(self, slot: PlannedSlot, proxy: Path) -> ProxySource | None:
        """The slot read from its preview proxy; None (read the original) if it cannot be."""
        if not can_use_proxy(slot):
            return None
        try:
            return ProxySource(slot, proxy, self.width, self.height, self.plan.fps)
        except MediaError:  # deleted or damaged since: the original still shows the truth
            return None

    def frame_at(self, t: float) -> Frame:
        """The composed RGB frame at `t` seconds (a new array the caller may keep)."""
        frame = self._picture_at(t)
        self._draw_items(frame, t)
        if self.plan.captions is not None:  # auto captions, over everything (preview = export)
            if self._captions is None or self._captions.captions is not self.plan.captions:
                self._captions = CaptionPainter(self.plan.captions, self.width, self.height)
            self._captions.draw(frame, t)
        return frame

    def frame_i420_at(self, t: float) -> np.ndarray:
        """The export's frame at `t` in the encoder's format (flat I420, see yuv_compose.py):
        `rgb_to_i420(frame_at(t))` to within a level or two. When one slot of a format-1 plan
        shows, its picture is converted at the clip's size, and a layered plan's slots each at
        theirs, moving ones warped plane by plane (`LayerComposer.compose_i420`); otherwise (a
        transition, a slot masked or fading, a look that is more than a colour map) the
        picture is composed in RGB and converted. Texts and stickers are drawn in YUV either
        way; auto captions go through RGB."""
        if self.plan.captions is not None:
            return rgb_to_i420(self.frame_at(t))
        if self.layers is not None:
            layered = self.layers.compose_i420(t, self._rasters)
            picture = layered if layered is not None else rgb_to_i420(self._picture_at(t))
        else:
            slot = self._only_slot_at(t)
            picture = self._slot_i420(slot, t) if slot else rgb_to_i420(self._picture_at(t))
        frame = I420Frame(picture, self.width, self.height, self._rasters)
        self._draw_items(frame, t)
        return frame.buffer

    def _picture_at(self, t: float) -> Frame:
        """The slots or layers at `t`, with the look: everything below the texts."""
        if self.layers is None:
            return self._slots_at(t)
        frame = self.layers.compose(t)
        if self.look:  # the template's look colours the picture, not its texts
            frame = np.ascontiguousarray(flatten(self.look.apply(frame, t)))
        return frame

    def _only_slot_at(self, t: float) -> PlannedSlot | None:
        """The one slot showing at `t`, or None during a transition (past the last slot's end
        by rounding, the last slot holds)."""
        showing = [s for s in self.plan.slots if s.visible.contains(t)] or self.plan.slots[-1:]
        if not showing:
            return None
        incoming = showing[-1].transition_in
        if len(showing) > 1 and incoming is not None and incoming.span.contains(t):
            return None
        return showing[-1]

    def _slot_i420(self, slot: PlannedSlot, t: float) -> np.ndarray:
        """The slot's filtered picture at canvas size as a new I420 buffer."""
        source = self.sources[slot.id]
        kept = self._stills_i420.get(slot.id) if source.is_still else None
        if kept is not None:
            return kept.copy()
        picture = source.frame_at(t)
        chain = self.filters[slot.id]
        if chain:  # at the clip's own size, as in the RGB path
            picture = flatten(chain.apply(picture, t))
        buffer = picture_to_i420(picture, self.width, self.height)
        if source.is_still and not chain.time_dependent:
            self._stills_i420[slot.id] = buffer
            return buffer.copy()
        return buffer

    def _draw_items(self, frame: Canvas, t: float) -> None:
        """The template's texts and stickers, then the creator's own, over the picture."""
        for text in self.plan.texts:
            pose = text_pose(text.span, t, text.animation_in, text.animation_out,
                             text.animation_duration)  # fmt: skip
            if pose is not None:
                self._draw_text(frame, text, with_motion(pose, text.motion, t - text.span.start))
        for sticker in self.plan.stickers:
            if sticker.placement is not None:
                continue  # drawn on its layer by the layer composer
            pose = sticker_pose(sticker.span, t, sticker.animation)
            if pose is not None:
                pose = with_motion(pose, sticker.motion, t - sticker.span.start)
                self._draw_sticker(frame, sticker, pose, t - sticker.span.start)
        self._draw_overlays(frame, t)

    def _draw_overlays(self, frame: Canvas, t: float) -> None:
        """The creator's own texts and stickers, over everything, in the order they were added."""
        for item in self.plan.overlays:
            if not item.span.contains(t):
                continue
            if isinstance(item, PlannedText):
                self._draw_text(frame, item, Pose())
            else:
                self._draw_sticker(frame, item, Pose(), t - item.span.start)

    def retext(self, plan: RenderPlan) -> None:
        """Take `plan`, which differs only in its words: text is redrawn, decoders keep running."""
        before = {text.id: text for text in (*self.plan.texts, *self.plan.overlays)}
        changed = {text.id for text in (*plan.texts, *plan.overlays) if before.get(text.id) != text}
        self._text_cache = {k: v for k, v in self._text_cache.items() if k[0] not in changed}
        self.plan = plan

    def release_passed(self, t: float) -> None:
        """Stop the decoders of slots that ended before `t`: an export asks for times in order,
        so it holds one clip's decoder at a time (two during a transition), not one per slot."""
        if self.layers is not None:
            return
        for slot in self.plan.slots[:-1]:  # the last slot is held past its end
            source = self.sources[slot.id]
            if slot.visible.end <= t and isinstance(source, SlotSource):
                source.close()  # reopened, like after a seek, if that slot is asked for again
                self._stills_i420.pop(slot.id, None)

    def open_upcoming(self, t: float) -> None:
        """Start the decoders of slots that begin within OPEN_AHEAD_SECONDS from `t` (export
        only, like `release_passed`). REF-15's second slot starts 3.75 s into its clip, 112
        frames after a keyframe: opened at the cut, the render waited 1.8 s for them with the
        compose thread idle; opened ahead, they are decoded while the first slot plays."""
        if self.layers is not None:
            self.layers.open_upcoming(t)  # on a thread of its own: a photo takes its decoding
            return
        self._share_decoders(t)
        upcoming = [
            slot for slot in self.plan.slots if t <= slot.visible.start <= t + OPEN_AHEAD_SECONDS
        ]
        if upcoming:  # only the next one: fast cuts would otherwise open a decoder per cut
            source = self.sources[min(upcoming, key=lambda slot: slot.visible.start).id]
            if isinstance(source, SlotSource):
                source.open_ahead()

    def _share_decoders(self, t: float) -> None:
        """Let a later slot read its frames from the decoder of an earlier slot that plays the
        same clip the same way (a take cut into several slots): see `shared_read`."""
        if self._share_pairs is None:
            sources = [s for s in self.sources.values() if isinstance(s, SlotSource)]
            self._share_pairs = [
                (later, earlier) for later in sources for earlier in sources
                if later.share_key is not None and later.share_key == earlier.share_key
                and earlier.slot.visible.start < later.slot.visible.start
            ]  # fmt: skip
        for later, earlier in self._share_pairs:
            if not later.decoding and earlier.decoding and later.slot.visible.start > t:
                later.share_decoder(earlier, t)

    def close(self) -> None:
        """Stop every decoder, the slots' and the filters' (a green screen's background clip)."""
        if self.layers is not None:
            self.layers.close()
        for source in self.sources.values():
            source.close()
        for chain in self.filters.values():
            chain.close()
        self.look.close()

    def _picture(self, slot: PlannedSlot, t: float) -> Frame:
        """The slot's filtered picture at canvas size."""
        return self._picture_owned(slot, t)[0]

    def _picture_owned(self, slot: PlannedSlot, t: float) -> tuple[Frame, bool]:
        """The slot's filtered picture at canvas size, and whether it was made for this call
        alone (scaled here, kept nowhere), so the caller may draw on it without a copy."""
        source = self.sources[slot.id]
        if source.is_still and slot.id in self._stills:
            return self._stills[slot.id], False
        frame = source.frame_at(t)
        chain = self.filters[slot.id]
        if chain:  # at the clip's own size: fewer pixels; a v1 slot has nothing below it
            frame = flatten(chain.apply(frame, t))
        owned = False
        if frame.shape[1] != self.width or frame.shape[0] != self.height:
            frame = cv2.resize(frame, (self.width, self.height), interpolation=cv2.INTER_LINEAR)
            owned = True
        if source.is_still and not chain.time_dependent:
            self._stills[slot.id] = frame
            owned = False
        return frame, owned

    def _slots_at(self, t: float) -> Frame:
        only = self._only_slot_at(t)
        if only is not None:
            frame, owned = self._picture_owned(only, t)
            return frame if owned else np.array(frame)  # a decoder's or a still's: a copy
        showing = [s for s in self.plan.slots if s.visible.contains(t)]
        top = showing[-1]
        incoming = top.transition_in
        assert incoming is not None  # `_only_slot_at` gives None only during a transition
        below = self._picture(showing[-2], t)
        above = self._picture(top, t)
        progress = (t - incoming.span.start) / max(incoming.span.duration, 1e-6)
        return transition_frame(incoming.kind, below, above, progress)

    def _draw_text(self, frame: Canvas, text: PlannedText, pose: Pose) -> None:
        shown = len(text.text) if pose.reveal >= 1 else int(len(text.text) * pose.reveal)
        if shown == 0:
            return
        key = (text.id, shown)
        rgba = self._text_cache.get(key)
        if rgba is None:
            if text.box is not None:  # format v2: fitted inside its box
                box_px = (round(text.box.w * self.width), round(text.box.h * self.height))
                rgba = render_fitted(text.style, text.text[:shown], text.box, box_px,
                                     self._units, text.font_path)  # fmt: skip
            else:
                renderer = TextRenderer(text.style, self._units, text.font_path)
                rgba = renderer.render(text.text[:shown], text.width * self.width).rgba
            if shown == len(text.text) or len(self._text_cache) < 400:
                self._text_cache[key] = rgba
        if text.rotation:
            pose = dataclasses.replace(pose, rotation=pose.rotation + text.rotation)
        self._place(frame, rgba, text.x, text.y, pose)

    def _draw_sticker(self, frame: Canvas, sticker: PlannedSticker, pose: Pose, age: float) -> None:
        rgba = sticker_frame(sticker.image, age)  # an animated sticker plays
        pose = Pose(
            pose.opacity * sticker.opacity,
            pose.scale * sticker.scale * self._units,
            pose.dx,
            pose.dy,
            pose.rotation + sticker.rotation,
        )
        self._place(frame, rgba, sticker.x, sticker.y, pose)

    def _place(self, frame: Canvas, rgba: np.ndarray, x: float, y: float, pose: Pose) -> None:
        posed = abs(pose.scale - 1) > 1e-3 or bool(pose.rotation)
        cx = (x + pose.dx) * self.width
        cy = (y + pose.dy) * self.height
        if not posed:
            left, top = round(cx - rgba.shape[1] / 2), round(cy - rgba.shape[0] / 2)
            draw_rgba(frame, rgba, left, top, pose.opacity)
            return
        placed = posed_rgba(rgba, pose.scale, pose.rotation, (cx, cy), (self.width, self.height),
                            square=True)  # fmt: skip
        if placed is not None:
            draw_rgba(frame, *placed, pose.opacity, kept=False)


def with_motion(pose: Pose, motion: PlannedMotion | None, age: float) -> Pose:
    """An animation pose combined with a v2 motion (offsets as fractions of the canvas)."""
    if motion is None:
        return pose
    moved = motion_pose(motion, age)
    return Pose(pose.opacity * moved.opacity, pose.scale * moved.scale, pose.dx + moved.x,
                pose.dy + moved.y, pose.rotation + moved.rotation, pose.reveal)  # fmt: skip
