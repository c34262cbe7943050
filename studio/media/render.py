"""Render orchestration: check the input, then stream frames to the encoder, with progress.

Composition runs on a thread of its own (`frame_stream`), from the start: while the sound is
mixed it composes the first frames, then this thread feeds them to the encoder. The decoders
and the encoder are separate processes, so both cores work. A few frames exist at once (some
dozens before the encoder starts): memory does not grow with duration.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.core.errors import Cancelled, Problem, StudioError
from studio.core.fill import CreatorInput, FillError, fill, fill_problems
from studio.core.held_clips import held_clips
from studio.core.music_library import bundled_track
from studio.core.render_plan import PlannedSticker, RenderPlan
from studio.core.scratch import process_scratch
from studio.core.short_song import short_song
from studio.core.template import LoadedTemplate
from studio.core.template.loader import BUNDLED_PREFIX
from studio.core.template.schema import BeatGrid
from studio.media.audio_mix import finish_audio, mix_audio
from studio.media.beats import detect_beats
from studio.media.compositor import Compositor, slot_filters
from studio.media.damaged_sound import damaged_files
from studio.media.encoder import Encoder, EncoderSettings
from studio.media.ffmpeg import MediaError
from studio.media.filters import build_filter
from studio.media.frame_stream import FrameStream
from studio.media.measured_length import playable_lengths
from studio.media.picture import check_picture_data, inspect_picture
from studio.media.probe import probe, probe_soundtrack
from studio.media.template_assets import refuse_over_budget
from studio.media.text_coverage import missing_glyphs


class RenderCancelled(Cancelled):
    """The render was cancelled; nothing was left on disk."""


@dataclass(frozen=True)
class RenderProgress:
    frame: int
    frames: int
    elapsed: float

    @property
    def fraction(self) -> float:
        return self.frame / self.frames if self.frames else 1.0

    @property
    def eta(self) -> float | None:
        """Seconds left, once there is enough to estimate from."""
        if self.frame < 5 or self.elapsed <= 0:
            return None
        return self.elapsed / self.frame * (self.frames - self.frame)


ProgressCallback = Callable[[RenderProgress], None]


def beat_grid_for(
    loaded: LoadedTemplate, soundtrack: Path | None, own_track: bool
) -> BeatGrid | None:
    """The grid to cut on: the template's, the bundled track's, or detected from the creator's."""
    template = loaded.template
    if template.soundtrack.beats is not None and not own_track:
        return template.soundtrack.beats
    track = template.soundtrack.track
    if not own_track and track and track.startswith(BUNDLED_PREFIX):
        info = bundled_track(track.removeprefix(BUNDLED_PREFIX))
        if info is not None:
            return info.beats
    items = [*template.slots, *template.texts, *template.stickers]
    uses_beats = any(item.uses_beats for item in items) or any(
        motion.uses_beats for item in items if (motion := getattr(item, "motion", None))
    )
    if not uses_beats:
        return None
    detected = detect_beats(soundtrack) if soundtrack is not None else None
    return detected or BeatGrid(bpm=120)


class InputError(StudioError):
    """The creator's files cannot be used; `problems` has one line per file, naming it."""


def media_kind(path: Path) -> str | None:
    """ "video", "photo" or "audio"; None for a file that cannot be read."""
    try:
        return probe(path).kind
    except MediaError:
        return None


def media_problems(loaded: LoadedTemplate, given: CreatorInput) -> list[str]:
    """Every slot file that is unreadable or of the wrong kind, each as `path: problem`."""
    problems = []
    # a v2 template's creator inputs (a green screen's background) are picked like slots
    picked = [*loaded.template.slots, *getattr(loaded.template, "inputs", [])]
    for slot in picked:
        choice = given.slots.get(slot.id)
        if choice is None:
            continue
        try:
            media = probe(choice.media)
        except MediaError as exc:
            problems.append(str(exc))
            continue
        if media.kind == "photo":
            try:  # a photo cut short passes the probe's look at its header
                check_picture_data(choice.media)
            except MediaError as exc:
                problems.append(str(exc))
                continue
        if media.kind == "audio":
            problems.append(
                f"{choice.media}: is audio only; slot '{slot.id}' needs a video or photo"
            )
        elif slot.kind != "any" and media.kind != slot.kind:
            problems.append(
                f"{choice.media}: is a {media.kind}; slot '{slot.id}' needs a {slot.kind}"
            )
    return problems


def clip_lengths(loaded: LoadedTemplate, given: CreatorInput) -> dict[str, float]:
    """How long each `"duration": "media"` slot's clip plays, from its in-point at the slot's
    speed, by slot id (0 for a photo: the slot takes its min_duration)."""
    lengths = {}
    for slot in loaded.template.slots:
        choice = given.slots.get(slot.id)
        if choice is None or not getattr(slot, "follows_media", False):
            continue
        media = probe(choice.media)
        speed = choice.speed or slot.speed
        seconds = media.duration if media.kind == "video" and media.duration else 0.0
        lengths[slot.id] = max(0.0, seconds - choice.in_point) / speed
    return lengths


def prepare(loaded: LoadedTemplate, given: CreatorInput) -> RenderPlan:
    """The render plan, with every file and filter checked before any frame is made.

    Raises FillError (missing or too-long input), InputError (unusable files), MediaError (the
    soundtrack), TemplateError (over the time and memory budget, an asset that cannot be opened)
    or FilterError, each listing or naming what is wrong.
    """
    missing = fill_problems(loaded, given)
    if missing:
        raise FillError(missing)
    unusable = media_problems(loaded, given)
    if unusable:
        raise InputError(unusable)
    soundtrack = given.soundtrack or loaded.soundtrack_path()
    seconds = None
    if soundtrack is not None:
        try:
            seconds = probe_soundtrack(soundtrack).duration
        except MediaError as exc:
            if given.soundtrack is not None:  # the creator's own song
                raise
            # the template's own song: named as lint names it, file and field
            raise StudioError(Problem(loaded.file, "soundtrack.track", str(exc))) from None
    grid = beat_grid_for(loaded, soundtrack, own_track=given.soundtrack is not None)
    refuse_over_budget(loaded, grid, seconds, given.fps)
    plan = fill(loaded, given, grid, soundtrack, seconds, clip_lengths(loaded, given))
    for planned in plan.slots:
        slot_filters(planned)  # raises FilterError for an unknown filter or bad parameter
    for ref in plan.look:
        build_filter(ref.name, ref.strength, ref.params)
    for sticker in (*plan.stickers, *plan.overlays):
        if isinstance(sticker, PlannedSticker):  # the creator's own too (a file moved since)
            inspect_picture(sticker.image)  # a bomb or broken sticker fails now, not mid-export
    return plan


def input_warnings(plan: RenderPlan) -> list[Problem]:
    """What the render can make but the creator should know: a clip or song cut short or with
    damaged sound, a song shorter than the video, or a clip shorter than its slot (its last
    picture or silence would fill the rest without a word), and letters no font has."""
    warnings = damaged_files(plan)
    song = plan.audio.soundtrack
    if song is not None and (short := short_song(plan, probe(song).duration)):
        warnings.append(short)
    clips = [probe(slot.media) for slot in plan.slots if slot.media is not None]
    warnings += held_clips(plan, playable_lengths(clips, warnings))
    return warnings + [warning for text in plan.all_texts() if (warning := missing_glyphs(text))]


VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov")  # what an MP4 file may be named and still be opened


def output_target(output: Path) -> Path:
    """The file a video named `output` is written to: the path made absolute, and a symbolic
    link's target, as an editor saves through a link (the link itself was replaced by a
    file, and what it pointed at never changed)."""
    output = output.absolute()
    if not output.is_symlink():
        return output
    try:
        return output.resolve(strict=True)
    except FileNotFoundError:  # a link to a file not made yet: it is made where it points
        return output.resolve(strict=False)
    except (RuntimeError, OSError):  # links that lead to each other (3.13 no longer raises)
        raise MediaError(output, "is a link that leads nowhere (a loop of links)") from None


def check_output(output: Path, plan: RenderPlan | None = None) -> None:
    """MediaError now, rather than after the work, when the output cannot be written: its
    folder, a folder or a device in its place (`-o /dev/null` replaced the device with the
    video), a name that is not an MP4's, a name too long for its caption file beside it (the
    video was written, then the caption's rename failed), or one of the files it is made from."""
    folder = output.parent
    if not folder.is_dir():
        # the nearest part of the path that exists: a file there is the problem, not a folder
        # that "does not exist" (`-o notes.txt/v.mp4`)
        above = next((f for f in (folder, *folder.parents) if f.exists()), folder)
        if above.exists() and not above.is_dir():
            raise MediaError(above, "is a file, not a folder: the video cannot go inside it")
        raise MediaError(folder, "the output folder does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MediaError(folder, "the output folder is not writable")
    if output.is_dir():
        raise MediaError(output, "is a folder; give the video a file name, e.g. video.mp4")
    if output.exists() and not output.is_file():
        raise MediaError(output, "is not a file (a device, pipe or socket); give the video a "
                         "file name, e.g. video.mp4")  # fmt: skip
    if output.suffix.lower() not in VIDEO_SUFFIXES:
        raise MediaError(output, "the video is written as MP4; name it .mp4")
    try:
        longest = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows has no pathconf: NTFS allows 255
        longest = 255
    name = caption_sidecar(output).name
    # NTFS counts UTF-16 units, POSIX file systems bytes
    sidecar = len(name.encode("utf-16-le")) // 2 if os.name == "nt" else len(os.fsencode(name))
    if sidecar > longest:
        why = f"its caption file's name, with '.caption.txt', is {sidecar} long"
        raise MediaError(output, f"the file name is too long ({why}; the limit is {longest})")
    if plan is not None and output.exists():
        sources = [slot.media for slot in plan.slots] + [plan.audio.soundtrack]
        for source in sources:
            if source is not None and source.exists() and os.path.samefile(source, output):
                raise MediaError(output, "is one of the files this video is made from; "
                                 "give the video another name")  # fmt: skip


def caption_sidecar(output: Path) -> Path:
    """`clip.mp4` -> `clip.caption.txt`."""
    return output.with_suffix(".caption.txt")


def render(
    plan: RenderPlan,
    output: Path,
    settings: EncoderSettings | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Render `plan` to `output` (MP4) and its caption sidecar; returns the output path."""
    output = output_target(output)
    check_output(output, plan)
    cancel = cancel or threading.Event()
    started = time.monotonic()
    # removed at the next start if this process dies
    mixed, audio = process_scratch().file(".wav"), process_scratch().file(".wav")
    compositor: Compositor | None = None
    stream: FrameStream | None = None
    encoder: Encoder | None = None
    try:
        # the first clips' decoders start now, and the compose thread with them: they decode
        # up to the in-points (from a keyframe seconds before, maybe) and compose the first
        # frames on the core the sound's mixing leaves idle
        compositor = Compositor(plan)
        compositor.open_upcoming(0.0)
        stream = FrameStream(compositor, plan)
        # the sound first, on its own: beside the picture its ffmpeg (loudnorm holds 100-165 MB)
        # was the largest part of the tree's peak; alone it costs about half a second of a core
        sound, sound_filter = _mix(plan, mixed, audio, cancel)
        metadata = {
            "title": plan.title,
            "comment": plan.post_text(),
            "description": plan.post_text(),
            "encoder": "Crossumer Studio",
        }
        # the sound goes in with the picture: no second pass copying the picture to add it
        encoder = Encoder(output, compositor.width, compositor.height, plan.fps, settings,
                          sound=sound, metadata=metadata, sound_filter=sound_filter)  # fmt: skip

        def written(count: int) -> None:
            if progress is not None:
                progress(RenderProgress(count, plan.frame_count, time.monotonic() - started))

        stream.write_to(encoder, cancel, written)
        stream.stop()
        stream = None
        compositor.close()  # the last decoders end before the encoder's last frames
        compositor = None
        encoder.finish_video()
        if cancel.is_set():
            raise RenderCancelled()
        encoder.finish()
        encoder = None
        _write_caption(caption_sidecar(output), plan.post_text())
        return output
    except Cancelled:
        raise RenderCancelled() from None
    finally:
        if stream is not None:
            stream.stop()  # before its compositor closes: the thread may be in a frame
        if encoder is not None:
            encoder.abort()
        if compositor is not None:
            compositor.close()
        mixed.unlink(missing_ok=True)
        audio.unlink(missing_ok=True)


def _mix(
    plan: RenderPlan, mixed: Path, finished: Path, cancel: threading.Event
) -> tuple[Path, str | None]:
    """The sound file the encoder takes, and the filter it sets its loudness with as it encodes
    (one gain and the limiter), or None when a pass of its own already set it."""
    sound = mix_audio(plan, mixed, cancel)
    if sound.linear:
        return sound.path, sound.finish
    # loudnorm's dynamic mode holds 100-165 MB: not beside the picture for the whole export
    finish_audio(sound, finished, cancel)
    return finished, None


def _write_caption(path: Path, text: str) -> None:
    partial = process_scratch().beside(path, ".txt")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:  # a disk with room for the video but not for its caption
        partial.unlink(missing_ok=True)
        words = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
        raise MediaError(path, f"the caption cannot be written ({words})") from None
