"""Feeds the timeline from the render plan: clip lengths, thumbnails, proxy progress, the music's
waveform and beats. Everything slow (decoding audio, finding beats, reading thumbnails, making
proxies) runs on job threads; the timeline only ever receives finished pictures and numbers.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from studio.core.render_plan import RenderPlan
from studio.core.template import LoadedTemplate
from studio.core.timeline import BeatClock
from studio.media.picture import load_picture_array
from studio.media.probe import MediaInfo
from studio.media.proxy_source import ProxyFrames
from studio.ui.jobs import JobRunner
from studio.ui.preview_proxies import ProxyPreparer
from studio.ui.widgets.timeline import SlotClip, TimelineView
from studio.ui.widgets.waveform import envelope
from studio.ui.workers import frame_to_image

THUMBNAILS = 16  # per clip, evenly spaced over its whole length
THUMB_HEIGHT = 64
# clips whose thumbnails are kept (about 150 KB each): the open template's and the last ones
# tried, so going back to a clip shows its pictures at once and an hour of trying clips does
# not keep them all
KEPT_CLIPS = 24
WAVE_RATE = 8_000  # enough for an envelope, and six times less to decode than 48 kHz


def clip_thumbnails(path: Path, photo: bool, count: int = THUMBNAILS) -> tuple[QImage, ...]:
    """`count` small pictures spread over a video (read from its proxy), or one of a photo."""
    if photo:
        return (_small(load_picture_array(path, (1, THUMB_HEIGHT))),)
    frames = ProxyFrames(path)
    try:
        pictures = []
        for index in np.linspace(0, frames.count - 1, min(count, frames.count)).round():
            picture = frames.read(int(index))
            if picture is not None:
                pictures.append(_small(picture))
        return tuple(pictures)
    finally:
        frames.close()


def _small(rgb: np.ndarray) -> QImage:
    height, width = rgb.shape[:2]
    size = (max(1, round(width * THUMB_HEIGHT / height)), THUMB_HEIGHT)
    return frame_to_image(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA))


def sound_lane(loaded: LoadedTemplate, plan: RenderPlan, buckets: int) -> tuple[np.ndarray, ...]:
    """The soundtrack's envelope over the video and the beat times (seconds of the video)."""
    from studio.media.pcm import decode_pcm
    from studio.media.render import beat_grid_for

    audio = plan.audio
    if audio.soundtrack is None:
        return np.zeros(0), np.zeros(0)
    samples = decode_pcm(audio.soundtrack, WAVE_RATE, 1, audio.start, plan.duration)
    # a song shorter than the video ends where it ends on the lane (it was stretched over it)
    samples = np.pad(samples, (0, max(0, round(plan.duration * WAVE_RATE) - len(samples))))
    own = audio.soundtrack != loaded.soundtrack_path()
    grid = beat_grid_for(loaded, audio.soundtrack, own_track=own)
    beats = BeatClock(grid, plan.audio.start).beat_times(plan.duration) if grid is not None else []
    return envelope(samples, buckets), np.array(beats, float)


class TimelineFeed(QObject):
    """Emits `proxies_changed(dict original -> proxy)` when a proxy is ready for the preview."""

    proxies_changed = Signal(object)

    def __init__(self, timeline: TimelineView) -> None:
        super().__init__(timeline)  # goes with the timeline: no signal reaches a deleted view
        self.timeline = timeline
        self.closed = False
        self.jobs = JobRunner(self)
        self.preparer = ProxyPreparer(self.jobs)
        self.preparer.setParent(self)
        self.preparer.progress.connect(self._progress)
        self.preparer.ready.connect(self._proxy_ready)
        self.thumbnails: OrderedDict[Path, tuple[QImage, ...]] = OrderedDict()  # oldest first
        self._sound_key: tuple[object, ...] | None = None

    def show(self, loaded: LoadedTemplate, plan: RenderPlan | None,
             infos: dict[Path, MediaInfo]) -> None:  # fmt: skip
        """Show `plan` on the timeline (`infos`: its files, probed off the window's thread) and
        start whatever it still needs in the background."""
        self.timeline.show_plan(plan)
        if plan is None:
            return
        videos = []
        for slot in (*plan.slots, *plan.inputs):  # a green screen's background has a lane too
            info = infos.get(slot.media) if slot.media is not None else None
            if slot.media is None or info is None:
                continue  # the page says what is wrong with the file
            seconds = info.duration if info.kind == "video" else slot.visible.duration
            progress = self.preparer.fractions.get(slot.media)
            if slot.media in self.thumbnails:
                self.thumbnails.move_to_end(slot.media)
            clip = SlotClip(slot.media, seconds, self.thumbnails.get(slot.media, ()), progress)
            if self.timeline.clips.get(slot.id) != clip:  # a keystroke's plan: the same clips
                self.timeline.show_clip(slot.id, clip)
            if info.kind == "video":
                videos.append(slot.media)
            elif slot.media not in self.thumbnails:
                self._read_thumbnails(slot.media, slot.media, photo=True)
        waiting = set(self.preparer.fractions)
        self.preparer.want(videos)
        for path in set(self.preparer.fractions) - waiting:  # newly queued: shown as coming
            self._update_clips(path)
        self._read_sound(loaded, plan)

    def _progress(self, original: Path, fraction: float) -> None:
        self.preparer.fractions[original] = fraction
        self._update_clips(original)

    def _proxy_ready(self, original: Path, proxy: Path) -> None:
        if self.closed:
            return
        self.proxies_changed.emit(dict(self.preparer.proxies))
        self._update_clips(original)
        if original not in self.thumbnails:
            self._read_thumbnails(original, proxy, photo=False)

    def _read_thumbnails(self, original: Path, source: Path, photo: bool) -> None:
        self.jobs.submit(
            f"thumbnails:{original}", lambda _: clip_thumbnails(source, photo),
            done=lambda pictures: self._thumbnails_read(original, pictures),
        )  # fmt: skip

    def _thumbnails_read(self, original: Path, pictures: tuple[QImage, ...]) -> None:
        if self.closed:
            return
        self.thumbnails[original] = pictures
        self.thumbnails.move_to_end(original)
        showing = {clip.media for clip in self.timeline.clips.values()}
        for path in [path for path in self.thumbnails if path not in showing]:
            if len(self.thumbnails) <= KEPT_CLIPS:
                break
            del self.thumbnails[path]
        self._update_clips(original)

    def _update_clips(self, original: Path) -> None:
        if self.closed:
            return
        for slot_id, clip in list(self.timeline.clips.items()):
            if clip.media == original:
                clip.progress = self.preparer.fractions.get(original)
                clip.thumbnails = self.thumbnails.get(original, clip.thumbnails)
                self.timeline.show_clip(slot_id, clip)

    def _read_sound(self, loaded: LoadedTemplate, plan: RenderPlan) -> None:
        key = (loaded.folder, plan.audio, plan.duration)
        if key == self._sound_key:
            return
        self._sound_key = key
        buckets = max(60, min(800, self.timeline.width() // 2))
        self.jobs.submit("sound", lambda _: (key, *sound_lane(loaded, plan, buckets)),
                         done=self._sound_read)  # fmt: skip

    def _sound_read(self, result: tuple[object, np.ndarray, np.ndarray]) -> None:
        key, peaks, beats = result
        if key == self._sound_key and not self.closed:
            self.timeline.show_sound(peaks, tuple(float(b) for b in beats))

    def close(self) -> None:
        """Stop making proxies and wait for the jobs (the window is closing)."""
        self.closed = True
        self.preparer.close()
        self.jobs.close()
