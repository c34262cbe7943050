"""Auto captions for a whole video: each slot's clip transcribed once (in its own time), the
words mapped through the plan, the subtitle files written beside the export."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from studio.core.atomic import write_text_atomically
from studio.core.captions.subtitles import srt_text, vtt_text
from studio.core.captions.timing import cues_for_plan
from studio.core.captions.transcript import Transcript
from studio.core.errors import StudioError
from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.media.probe import probe
from studio.media.speech.transcribe import NoSpeech, SpeechRecogniser


def speaking_slots(plan: RenderPlan) -> list[PlannedSlot]:
    """The slots whose clip may carry a voice: video or audio with sound (photos never)."""
    found: list[PlannedSlot] = []
    seen: set[Path] = set()
    for slot in plan.slots:
        if slot.media is None or slot.time_effect == "reverse" or slot.media in seen:
            continue
        try:
            info = probe(slot.media)
        except StudioError:  # a broken clip is reported by the render, not here
            continue
        if info.kind != "photo":
            found.append(slot)
            seen.add(slot.media)
    return found


def transcribe_plan(
    plan: RenderPlan,
    recogniser: SpeechRecogniser,
    known: Mapping[str, Transcript] | None = None,
    language: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[dict[str, Transcript], list[str]]:
    """Transcripts for the plan's slots by slot id, and a line for each clip with no words.

    A slot whose clip already has a transcript in `known` keeps it: the creator's corrections
    are never transcribed over.
    """
    transcripts: dict[str, Transcript] = {}
    notes: list[str] = []
    slots = speaking_slots(plan)
    for number, slot in enumerate(slots):
        assert slot.media is not None
        done = (known or {}).get(slot.id)
        if done is not None and done.source == str(slot.media):
            transcripts[slot.id] = done
            continue
        step = (lambda f, n=number: progress((n + f) / len(slots))) if progress else None
        try:
            transcripts[slot.id] = recogniser.transcribe(slot.media, language, step, cancel)
        except NoSpeech as exc:
            notes.append(exc.first_line)
    if progress is not None:
        progress(1.0)
    return transcripts, notes


def subtitle_paths(output: Path) -> tuple[Path, Path]:
    """`OUTPUT.srt` and `OUTPUT.vtt` beside the export."""
    return output.with_suffix(".srt"), output.with_suffix(".vtt")


def write_subtitles(plan: RenderPlan, transcripts: Mapping[str, Transcript], output: Path
                    ) -> list[Path]:  # fmt: skip
    """Write the video's captions beside `output` as SRT and VTT (atomically); none when no
    word is seen."""
    cues = cues_for_plan(plan, transcripts)
    if not cues:
        return []
    srt, vtt = subtitle_paths(output)
    write_text_atomically(srt, srt_text(cues))
    write_text_atomically(vtt, vtt_text(cues))
    return [srt, vtt]
