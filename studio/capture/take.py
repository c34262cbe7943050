"""A take: the segments of one recording session, read back from disk, even after a crash.

    take-20261123-201500/
      take.json            the soundtrack, its start point, the segments in order
      segment-001.mp4      fragmented MP4, playable up to the last half second written
      segment-001.json     where the segment starts in the track, speed, size
      segment-001.stamps   "frame track_position capture_time" per frame

`assemble_take` places every frame by the track position it was captured at, so the result
lines up with the music whatever the camera's clock, the recording speed or dropped frames did.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.core.atomic import write_json_atomically
from studio.core.captions.voice import voice_track
from studio.core.errors import Cancelled
from studio.media.decode import VideoReader
from studio.media.encoder import Encoder, EncoderSettings
from studio.media.ffmpeg import MediaError, run_ffmpeg
from studio.media.filters import Filter, FilterChain
from studio.media.filters.matte import flatten
from studio.media.probe import probe
from studio.media.slot_source import fit_image

TAKE_FILE = "take.json"
TAKE_PREFIX = "take-"


@dataclass(frozen=True)
class Segment:
    index: int
    video: Path
    track_start: float
    track_end: float
    speed: float
    stamps: np.ndarray  # track position of each frame in the file, in order
    interrupted: bool  # the recording stopped without closing it (a crash): kept as far as written
    mic: Path | None = None  # the voice recorded with it
    mic_start: float = 0.0  # track position of the voice's first sample


@dataclass(frozen=True)
class Take:
    folder: Path
    track: Path | None
    track_start: float
    segments: tuple[Segment, ...]

    @property
    def track_end(self) -> float:
        return self.segments[-1].track_end if self.segments else self.track_start

    @property
    def duration(self) -> float:
        return self.track_end - self.track_start

    @property
    def interrupted(self) -> bool:
        return any(segment.interrupted for segment in self.segments)


def write_take_file(folder: Path, track: Path | None, track_start: float,
                    segments: list[int]) -> None:  # fmt: skip
    write_json_atomically(folder / TAKE_FILE, {
        "track": str(track) if track else None, "track_start": track_start, "segments": segments,
    })  # fmt: skip


def read_stamps(path: Path) -> np.ndarray:
    """Track positions of the frames, in file order; an unfinished last line is ignored."""
    positions = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return np.zeros(0)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            try:
                positions.append(float(parts[1]))
            except ValueError:
                break
    return np.asarray(positions)


def _segment(folder: Path, index: int) -> Segment | None:
    base = folder / f"segment-{index:03d}"
    try:
        meta = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    stamps = read_stamps(base.with_suffix(".stamps"))
    video = base.with_suffix(".mp4")
    if not stamps.size or not video.exists():
        return None
    try:
        frames_in_file = round(probe(video).duration * meta["fps"])
    except MediaError:
        return None  # nothing playable was written
    stamps = stamps[: max(1, frames_in_file)]  # frames stamped but lost in the crash
    interrupted = meta.get("track_end") is None
    end = stamps[-1] + meta["speed"] ** -1 / meta["fps"] if interrupted else meta["track_end"]
    mic = folder / meta["mic"] if meta.get("mic") else None
    return Segment(index, video, float(meta["track_start"]), float(end), float(meta["speed"]),
                   stamps, interrupted, mic if mic and mic.exists() else None,
                   float(meta.get("mic_start") or 0.0))  # fmt: skip


def load_take(folder: Path) -> Take:
    """The take in `folder`; a session that crashed is read from its segment files."""
    try:
        data = json.loads((folder / TAKE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    listed = list(data.get("segments", []))
    on_disk = sorted(int(p.stem.split("-")[1]) for p in folder.glob("segment-*.json"))
    # a segment being recorded when the process died is on disk but not yet listed
    indices = listed + [i for i in on_disk if i not in listed and i > max(listed, default=0)]
    segments = [s for i in indices if (s := _segment(folder, i)) is not None]
    track = data.get("track")
    start = data.get("track_start", segments[0].track_start if segments else 0.0)
    return Take(folder, Path(track) if track else None, float(start), tuple(segments))


def find_takes(root: Path) -> list[Take]:
    """Takes in `root` with something recorded, newest first (found again after a crash)."""
    takes = [load_take(folder) for folder in sorted(root.glob(f"{TAKE_PREFIX}*"), reverse=True)
             if folder.is_dir()]  # fmt: skip
    return [take for take in takes if take.segments]


def _frame_plan(take: Take, fps: int) -> list[tuple[int, int]]:
    """For each output frame, (segment number, frame index in that segment's file)."""
    plan = []
    count = max(1, round(take.duration * fps))
    seg = 0
    for k in range(count):
        when = take.track_start + (k + 0.5) / fps
        while seg + 1 < len(take.segments) and when >= take.segments[seg].track_end:
            seg += 1
        stamps = take.segments[seg].stamps
        index = int(np.searchsorted(stamps, when, side="right")) - 1
        plan.append((seg, min(max(index, 0), len(stamps) - 1)))
    return plan


def _take_audio(take: Take, output: Path, with_song: bool = True) -> Path:
    """The take's stretch of soundtrack with each segment's voice laid where it was sung (only
    the voice without `with_song`: what auto captions hear)."""
    seconds = f"{take.duration:.4f}"
    if take.track is not None and with_song:  # output-side seek: exact (see media/pcm.py)
        inputs = ["-i", str(take.track)]
        branches = [f"[0:a]atrim=start={take.track_start:.4f}:duration={seconds},asetpts="
                    "PTS-STARTPTS,aresample=48000,aformat=channel_layouts=stereo[m0]"]  # fmt: skip
    else:
        inputs = ["-f", "lavfi", "-t", seconds, "-i", "anullsrc=r=48000:cl=stereo"]
        branches = ["[0:a]anull[m0]"]
    voices = [s for s in take.segments if s.mic is not None]
    for number, segment in enumerate(voices, start=1):
        inputs += ["-i", str(segment.mic)]
        offset = (segment.mic_start - take.track_start) * 1000
        skip = max(0.0, -offset) / 1000 * segment.speed  # voice from before the take began
        tempo = f",atempo={segment.speed:g}" if segment.speed != 1 else ""
        branches.append(f"[{number}:a]atrim=start={skip:.4f},asetpts=PTS-STARTPTS{tempo},"
                        f"adelay={max(0.0, offset):.1f}:all=1,aformat=channel_layouts=stereo"
                        f"[m{number}]")  # fmt: skip
    labels = "".join(f"[m{i}]" for i in range(len(voices) + 1))
    graph = (
        ";".join(branches) + f";{labels}amix=inputs={len(voices) + 1}:duration=first:"
        f"normalize=0,atrim=duration={seconds}[out]"
    )
    rate = ["-ar", "48000"] if with_song else ["-ar", "16000", "-ac", "1"]  # speech needs 16 kHz
    run_ffmpeg([*inputs, "-filter_complex", graph, "-map", "[out]", *rate,
                "-c:a", "pcm_s16le", str(output)])  # fmt: skip
    return output


def write_voice_track(take: Take, output: Path) -> None:
    """The microphone alone beside the take (`core/captions/voice.py`): captions hear the voice,
    never the soundtrack mixed under it. Written under a temporary name, then renamed."""
    voice = voice_track(output)
    partial = voice.with_name(f".{voice.name}.partial.wav")
    try:
        _take_audio(take, partial, with_song=False)
        partial.replace(voice)
    finally:
        partial.unlink(missing_ok=True)


def assemble_take(
    take: Take,
    output: Path,
    width: int = 1080,
    height: int = 1920,
    fps: int = 30,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    look: Filter | FilterChain | None = None,
) -> Path:
    """The take as one 9:16 video with its stretch of soundtrack: a lip-sync video, and a clip
    for any template slot."""
    if not take.segments:
        raise MediaError(take.folder, "the take has no recorded segments")
    plan = _frame_plan(take, fps)
    encoder = Encoder(output, width, height, fps, EncoderSettings())
    # segments are read in order, one at a time: the reader of the current one and the index of
    # the last frame it gave
    reader: VideoReader | None = None
    reading, position = -1, -1
    last: np.ndarray | None = None
    try:
        for number, (seg, index) in enumerate(plan):
            if cancel is not None and cancel.is_set():
                raise Cancelled()  # stopped on request: not a failure
            if seg != reading:
                if reader is not None:
                    reader.close()
                info = probe(take.segments[seg].video)
                reader = VideoReader(info, info.width, info.height, fps, retime=False)
                reading, position = seg, -1
            assert reader is not None
            while position < index:
                frame = reader.read()
                if frame is None:
                    break
                last = fit_image(frame, width, height, "cover")
                if look is not None:  # the look chosen while recording, as it was previewed
                    last = flatten(look.apply(last, number / fps))
                position += 1
            assert last is not None
            encoder.write(last)
            if progress is not None and number % fps == 0:
                progress(number / len(plan))
        encoder.finish_video()
        audio = _take_audio(take, output.with_suffix(".take-audio.wav"))
        try:
            encoder.finish(audio, {"comment": "recorded with Crossumer Studio"})
        finally:
            audio.unlink(missing_ok=True)
        if any(segment.mic is not None for segment in take.segments):
            write_voice_track(take, output)
    except BaseException:
        encoder.abort()
        raise
    finally:
        if reader is not None:
            reader.close()
    return output
