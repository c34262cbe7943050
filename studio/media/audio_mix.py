"""The finished soundtrack of a render: music and clip audio mixed, faded and loudness-normalised.

One ffmpeg graph mixes (the track from its start offset, each clip's audio placed and retimed
like its picture); it is measured (EBU R128), then brought to -14 LUFS with peaks below -1 dBTP,
the level the platforms normalise to, linearly when it can so the music keeps its dynamics.
The final limiter looks ahead 5 ms; `latency=1` takes that delay back out, so the mix lines up
with its sources to the sample (without it every sound came 239 samples late).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from studio.core.plan_layers import PlannedDucking
from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.scratch import process_scratch
from studio.media.ffmpeg import FfmpegFailed, MediaError, failing_input, run_ffmpeg
from studio.media.measured_length import loop_period
from studio.media.probe import probe

SAMPLE_RATE = 48_000
TARGET_LUFS = -14.0
TARGET_PEAK_DB = -1.0
LRA_TARGET = 11.0
SILENCE_LUFS = -70.0  # R128's absolute gate: ebur128 reports silence as this
# input options: the clips' pictures (a 4K clip's are 12 MB each) are neither read into the
# graph nor decoded; without them the measuring pass decoded every clip's video, which ffmpeg
# picked for its null output (1.2 GB and most of a core on a 4K clip)
AUDIO_ONLY = ["-vn", "-sn", "-dn"]


def atempo_chain(speed: float) -> str:
    """`atempo` accepts 0.5-2 per stage; chain stages for 3x. Nothing at 1x: atempo=1 still
    resynthesises the sound, and a clap came out 18 ms early and 14 ms longer."""
    if speed == 1.0:
        return "anull"
    stages = []
    while speed > 2.0:
        stages.append("atempo=2.0")
        speed /= 2.0
    stages.append(f"atempo={speed:.6f}")
    return ",".join(stages)


def _clip_branch(index: int, slot: PlannedSlot, gain_db: float, loop_period: float) -> str:
    """The slot's share of its clip's sound, placed at its time in the video. The sound's times
    count from the clip's start, as the picture's do (decode.speed_filter): a sound that starts
    after the picture is padded with silence up to its place, and one that started before the
    in-point is trimmed to it. A looping slot (`loop_period` > 0, the clip's length) repeats
    the clip's sound every `loop_period`, padded with silence when the sound is the shorter
    stream: ffmpeg's own `-stream_loop` repeated it every length of its own, so a clip cut
    with `-c copy` (picture 3.13 s, sound 3.0) drifted 0.13 s ahead of its picture per loop."""
    length = slot.visible.duration * slot.speed
    placed = "aresample=async=1:first_pts=0"
    backwards = slot.time_effect == "reverse"
    if backwards and loop_period <= 0:
        # the picture holds the clip's last frame, then runs back: the sound, padded to the
        # slot's length before it is turned round, starts with that silence (a looping slot's
        # sound is looped to its length, then turned round with its picture)
        placed += f",apad=whole_dur={length:.4f}"
    if loop_period > 0:
        period = f"{loop_period:.4f}"
        looped = (
            f"{placed},aresample={SAMPLE_RATE},aformat=channel_layouts=stereo,"
            f"apad=whole_dur={period},atrim=duration={period},"
            f"aloop=loop=-1:size={round(loop_period * SAMPLE_RATE)},asetpts=N/SR/TB,"
            f"atrim=start={slot.in_point % loop_period:.4f}:duration={length:.4f}"
        )
    else:
        looped = f"asetpts=PTS-{slot.in_point:.4f}/TB,{placed},atrim=duration={length:.4f}"
    delay_ms = round(slot.visible.start * 1000)
    assert slot.media is not None  # a slot with a sound has a clip
    stream = probe(slot.media).audio_stream  # the one a player plays (marked default)
    # a reversed slot's sound runs backwards with its picture (it played forwards under it);
    # areverse holds the slot's sound: at most 600 s of 48 kHz stereo, 230 MB, in the mix alone
    turned = ",areverse" if backwards else ""
    return (
        f"[{index}:a:{stream}]{looped},asetpts=PTS-STARTPTS,{atempo_chain(slot.speed)},"
        f"aresample={SAMPLE_RATE},aformat=channel_layouts=stereo{turned},"
        f"volume={gain_db}dB,adelay={delay_ms}:all=1[c{index}]"
    )


def _loop_period(slot: PlannedSlot) -> float:
    """How often a looping slot's clip comes round (`loop_period`, as the decoder counts it),
    or 0 when it does not come round at all."""
    assert slot.media is not None  # only slots with a clip have a sound to loop
    info = probe(slot.media)
    if slot.in_point + slot.visible.duration * slot.speed <= info.duration:
        return 0.0  # the clip outlasts the slot: it never comes round (and nothing is measured)
    return loop_period(info)


def mix_graph(plan: RenderPlan, clips: list[PlannedSlot]) -> tuple[list[str], str]:
    """ffmpeg input arguments and the filter graph producing [mix] for the whole video."""
    audio = plan.audio
    total = plan.duration
    inputs: list[str] = ["-f", "lavfi", "-t", f"{total:.4f}",
                         "-i", f"anullsrc=r={SAMPLE_RATE}:cl=stereo"]  # fmt: skip
    branches = ["[0:a]anull[silence]"]
    labels = ["[silence]"]
    if audio.soundtrack is not None:
        # trimmed in the graph, not with an input -ss: seeking into AAC lands some hundred
        # samples off (and -ss 0 even keeps the encoder's priming); atrim counts decoded samples.
        # A stretch that does not decode (a damaged download) is placed by its times, as a
        # clip's sound is: atrim alone closed the gap, so the rest of the song came early, off
        # its beats, and the video's end was silent. The song's times count from its start
        # point, not from its first decoded sample, when that is over 0.1 s later (a start
        # inside the damage); a few samples' offset is removed as before
        start = f"{audio.start:.4f}"
        inputs += [*AUDIO_ONLY, "-i", str(audio.soundtrack)]  # a song's cover art is a picture
        fades = ""
        if audio.fade_in > 0:
            fades += f",afade=t=in:st=0:d={audio.fade_in:.3f}"
        if audio.fade_out > 0:
            fades += (
                f",afade=t=out:st={max(0.0, total - audio.fade_out):.3f}:d={audio.fade_out:.3f}"
            )
        branches.append(
            f"[1:a]atrim=start={start},asetpts=PTS-if(lt(STARTPTS-{start}/TB\\,0.1/TB)\\,"
            f"STARTPTS\\,{start}/TB),aresample=async=1:first_pts=0,atrim=duration={total:.4f},"
            f"aresample={SAMPLE_RATE},"
            f"aformat=channel_layouts=stereo,volume={audio.volume_db}dB{fades}[music]"
        )
        labels.append("[music]")
    first_clip = 2 if audio.soundtrack is not None else 1
    voices = []
    for index, slot in enumerate(clips, start=first_clip):
        inputs += [*AUDIO_ONLY, "-i", str(slot.media)]
        gain = slot.volume_db if slot.volume_db is not None else audio.clip_audio_db
        period = _loop_period(slot) if slot.when_short == "loop" else 0.0
        branches.append(_clip_branch(index, slot, gain if gain is not None else 0.0, period))
        voices.append(f"[c{index}]")
    branches, voices = duck_under_branches(clips, first_clip, branches, voices)
    if plan.ducking is not None and audio.soundtrack is not None and voices:
        branches += ducking_branches(plan.ducking, voices)
        labels = ["[silence]", "[ducked]", "[voices]"]
    else:
        labels += voices
    graph = ";".join(branches) + ";" + "".join(labels)
    graph += f"amix=inputs={len(labels)}:duration=first:normalize=0,atrim=duration={total:.4f}[mix]"
    return inputs, graph


# sidechaincompress's release is the time constant of its level detector, which must fall from the
# voice's level to the -60 dB threshold before the gain is whole again. Measured on a -18 dBFS
# tone: release=400 ms kept the dip over a second after the voice stopped; 400/3 ms brings it back
# in about 0.4 s. A designer's `release` is the time to come back, so it is divided by 3.
RELEASE_TIME_CONSTANTS = 3.0


def release_ms(seconds: float) -> str:
    """ffmpeg's release (ms) for a dip that comes back in about `seconds`."""
    return f"{max(0.01, seconds * 1000 / RELEASE_TIME_CONSTANTS):.2f}"


def ducking_branches(ducking: PlannedDucking, voices: list[str]) -> list[str]:
    """Graph branches turning [music] and the clips' [cN] into [ducked] music and [voices].

    The music is mixed from itself and a copy compressed hard by the voices: while a voice
    sounds the copy is near silent, so the mix dips by `amount_db`; in between it is the music.
    """
    keep = 10 ** (-ducking.amount_db / 20)
    return [
        f"{''.join(voices)}amix=inputs={len(voices)}:duration=longest:normalize=0,"
        "asplit=2[voices][key]",
        "[music]asplit=2[dry][wet]",
        # padded with silence: a key that ends before the music would end the compressed copy,
        # and the music would stay dipped to the end of the video
        "[key]apad[keypad]",
        "[wet][keypad]sidechaincompress=threshold=0.001:ratio=20:level_sc=4"
        f":attack={ducking.attack * 1000:.1f}:release={release_ms(ducking.release)}[pressed]",
        f"[dry][pressed]amix=inputs=2:weights={keep:.5f} {1 - keep:.5f}:normalize=0"
        ":duration=first[ducked]",
    ]


def duck_under_branches(
    clips: list[PlannedSlot], first: int, branches: list[str], voices: list[str]
) -> tuple[list[str], list[str]]:
    """Each clip with `duck_under` dips while the named slot's clip sounds (the reaction's
    original under the creator's voice): the graph and the clips' labels after ducking.

    The key is the other clip's sound before its own ducking (two clips may duck under each
    other), padded with silence so a key that ends first does not end the ducked clip."""
    index_of = {slot.id: index for index, slot in enumerate(clips, start=first)}
    pairs = [
        (index, slot.duck_under, index_of[slot.duck_under.slot_id])
        for index, slot in enumerate(clips, start=first)
        if slot.duck_under is not None and slot.duck_under.slot_id in index_of
    ]
    if not pairs:
        return branches, voices
    keyed = [key for _, _, key in pairs]
    renamed = {key: f"[o{key}]" for key in set(keyed)}
    out = [_relabel(branch, renamed) for branch in branches]
    for key, label in renamed.items():
        copies = "".join(f"[k{key}_{n}]" for n in range(keyed.count(key)))
        out.append(f"{label}asplit={keyed.count(key) + 1}[c{key}]{copies}")
    used: dict[int, int] = {}
    ducked = {}
    for index, duck, key in pairs:
        n = used[key] = used.get(key, -1) + 1
        keep = 10 ** (-duck.depth_db / 20)
        out += [  # a clip that is itself a key ducks its own copy, [cN], not the keys' copies
            f"[c{index}]asplit=2[dry{index}][wet{index}]",
            f"[k{key}_{n}]apad[key{index}]",
            f"[wet{index}][key{index}]sidechaincompress=threshold=0.001:ratio=20:level_sc=4"
            f":attack={duck.attack * 1000:.1f}:release={release_ms(duck.release)}[pressed{index}]",
            f"[dry{index}][pressed{index}]amix=inputs=2:weights={keep:.5f} {1 - keep:.5f}"
            f":normalize=0:duration=first[d{index}]",
        ]
        ducked[f"[c{index}]"] = f"[d{index}]"
    return out, [ducked.get(label, label) for label in voices]


def _relabel(branch: str, renamed: dict[int, str]) -> str:
    """A clip branch writing to a new label (`...[c3]` -> `...[o3]`)."""
    for key, label in renamed.items():
        if branch.endswith(f"[c{key}]"):
            return branch.removesuffix(f"[c{key}]") + label
    return branch


def clips_with_audio(plan: RenderPlan) -> list[PlannedSlot]:
    """Slots whose clip audio is heard: none when the template mutes it (unless a v2 slot
    sets its own level)."""
    return [
        s
        for s in plan.slots
        if s.media is not None
        and (plan.audio.clip_audio_db is not None or s.volume_db is not None)
        and probe(s.media).has_audio
    ]


@dataclass(frozen=True)
class Mixed:
    """A mix on disk (48 kHz stereo float WAV) before its loudness is set; `finish` is the
    filter that sets it. A `linear` finish is one gain and the limiter, cheap enough for the
    encoder to apply as it encodes the sound; loudnorm's dynamic mode is not (it holds
    100-165 MB while it runs), so that finish gets a pass of its own (`finish_audio`)."""

    path: Path
    finish: str
    linear: bool
    blamed: Path  # named when the finish fails: the song, not a file in the scratch folder


def mix_audio(plan: RenderPlan, output: Path, stop: threading.Event | None = None) -> Mixed:
    """Mix the sound of `plan` into `output`, measuring its loudness in the same pass.

    One decode of the song and the clips' sound: the finish reads this file, not the sources
    again (the export's second pass decoded and mixed everything a second time, about half of
    the second the sound cost before the first frame)."""
    inputs, graph = mix_graph(plan, clips_with_audio(plan))
    try:
        measured = run_ffmpeg(
            # ebur128 passes its input through unchanged: the file is the mix itself
            [*inputs, "-filter_complex", f"{graph};[mix]ebur128=peak=true:framelog=quiet[measured]",
             "-map", "[measured]", "-t", f"{plan.duration:.4f}", "-c:a", "pcm_f32le", "-f", "wav",
             str(output)],
            loglevel="info",
            stop=stop,
        )  # fmt: skip
    except RuntimeError as exc:  # a failure or a timeout
        blamed = failing_input(inputs, exc.stderr) if isinstance(exc, FfmpegFailed) else None
        if blamed is not None and Path(blamed[0]).exists():  # a clip's damaged sound, say
            source, reason = blamed
            raise MediaError(Path(source), f"its sound cannot be decoded ({reason}); copy it again"
                             ) from None  # fmt: skip
        raise MediaError(plan.audio.soundtrack or output, f"cannot mix the audio ({exc})") from None
    normalise = normalise_filter(loudness_stats(measured.stderr.decode("utf-8", "replace")))
    limiter = f"alimiter=limit={10 ** (TARGET_PEAK_DB / 20):.4f}:level=false:latency=1"
    finish = f"{normalise},aresample={SAMPLE_RATE},{limiter}"
    linear = not normalise.startswith("loudnorm")
    return Mixed(output, finish, linear, blamed=plan.audio.soundtrack or output)


def finish_audio(mixed: Mixed, output: Path, stop: threading.Event | None = None) -> None:
    """Write `mixed` with its loudness set to `output` (48 kHz stereo float WAV)."""
    try:
        run_ffmpeg(["-i", str(mixed.path), "-af", mixed.finish, "-c:a", "pcm_f32le", "-f", "wav",
                    str(output)], stop=stop)  # fmt: skip
    except RuntimeError as exc:
        raise MediaError(mixed.blamed, f"cannot mix the audio ({exc})") from None


def render_audio(plan: RenderPlan, output: Path, stop: threading.Event | None = None) -> None:
    """Write the mixed, normalised soundtrack of `plan` to `output` (48 kHz stereo WAV)."""
    raw = process_scratch().file(".wav")
    try:
        finish_audio(mix_audio(plan, raw, stop), output, stop)
    finally:
        raw.unlink(missing_ok=True)


@dataclass(frozen=True)
class Loudness:
    """A mix's EBU R128 figures: integrated loudness (LUFS), loudness range (LU), true peak
    (dBTP)."""

    integrated: float
    lra: float
    true_peak: float


def normalise_filter(loudness: Loudness | None) -> str:
    """The filter that brings the mix to TARGET_LUFS with peaks under TARGET_PEAK_DB.

    This is ffmpeg's two-pass `loudnorm` with `linear=true`, decided here: when one gain
    reaches the target without pushing the true peak over the ceiling (and the mix is not
    wider than LRA_TARGET), loudnorm's linear mode is exactly that gain (`volume`); otherwise
    loudnorm falls back to its dynamic mode, asked for directly here. (Its dynamic mode reads
    none of the measured figures, only the first pass's `target_offset`, a few hundredths of
    a dB that ebur128 cannot give.) Measuring with `ebur128` instead of a first loudnorm pass
    costs a fifth as much: loudnorm measures while it normalises dynamically at 192 kHz."""
    if loudness is None:  # not measured (an ffmpeg that words its summary otherwise)
        return f"loudnorm=I={TARGET_LUFS}:TP={TARGET_PEAK_DB}:LRA={LRA_TARGET}"
    if loudness.integrated <= SILENCE_LUFS:
        return "anull"  # silence: nothing to normalise
    gain = TARGET_LUFS - loudness.integrated
    # unlike loudnorm, an LRA of 0 is allowed: loudnorm reads it as "not measured", but ebur128
    # measures it for a steady tone
    under_ceiling = loudness.true_peak + gain <= TARGET_PEAK_DB
    if under_ceiling and loudness.lra <= LRA_TARGET:
        return f"volume={gain:.2f}dB"
    return f"loudnorm=I={TARGET_LUFS}:TP={TARGET_PEAK_DB}:LRA={LRA_TARGET}"


_SUMMARY = re.compile(
    r"I:\s+(?P<i>-?[\d.]+) LUFS.*?LRA:\s+(?P<lra>-?[\d.]+) LU.*?"
    r"Peak:\s+(?P<peak>-?[\d.]+|-inf) dBFS",
    re.DOTALL,
)


def loudness_stats(stderr: str) -> Loudness | None:
    """The summary `ebur128` prints at the end, or None when there is none (the mix is then
    normalised by `loudnorm` alone, which needs no figures: slower, but at the same loudness)."""
    start = stderr.rfind("Summary:")
    found = _SUMMARY.search(stderr, start) if start >= 0 else None
    if not found:
        return None
    peak = found["peak"]
    return Loudness(float(found["i"]), float(found["lra"]),
                    -math.inf if peak == "-inf" else float(peak))  # fmt: skip
