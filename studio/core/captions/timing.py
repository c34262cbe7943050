"""Captions on the output timeline: each clip's words mapped through the render plan.

A slot shows its media from `in_point` at `visible.start` and advances `speed` seconds of media
per output second, so a word said at source time `s` is seen at
`visible.start + (s - in_point) / speed`. Words the cut leaves out are not shown; a word half
inside is cut to the slot's span. Reversed slots carry no captions (backwards speech has no
words); a frozen slot keeps the words said before the freeze.
"""

from __future__ import annotations

from collections.abc import Mapping

from studio.core.captions.cues import CaptionCue, CueWord
from studio.core.captions.transcript import MIN_WORD_SECONDS, Transcript
from studio.core.render_plan import PlannedSlot, RenderPlan

# A line stays up a little after its last word, unless the next line needs the screen.
HOLD_SECONDS = 0.4


def slot_cues(slot: PlannedSlot, transcript: Transcript) -> list[CaptionCue]:
    """One slot's caption lines in output time."""
    if slot.time_effect == "reverse" or slot.speed <= 0:
        return []
    span = slot.visible
    source_end = slot.in_point + span.duration * slot.speed
    if slot.time_effect == "freeze":
        source_end = min(source_end, slot.in_point + slot.freeze_at * slot.speed)
    cues: list[CaptionCue] = []
    for number, line in enumerate(transcript.lines):
        words: list[CueWord] = []
        for index, word in enumerate(line.words):
            if word.end <= slot.in_point or word.start >= source_end:
                continue
            start = span.start + (max(word.start, slot.in_point) - slot.in_point) / slot.speed
            end = span.start + (min(word.end, source_end) - slot.in_point) / slot.speed
            if end - start >= MIN_WORD_SECONDS / 2:
                source = (slot.id, number, index)
                words.append(CueWord(word.text, round(start, 3), round(end, 3), source))
        if words:
            cues.append(CaptionCue(words[0].start, words[-1].end, tuple(words)))
    return cues


def cues_for_plan(plan: RenderPlan, transcripts: Mapping[str, Transcript]) -> list[CaptionCue]:
    """Every caption line of the video in output time, in order, each held briefly after its
    last word but never over the next line; `transcripts` are keyed by slot id."""
    cues: list[CaptionCue] = []
    for slot in plan.slots:
        transcript = transcripts.get(slot.id)
        if slot.media is None or transcript is None:
            continue
        if transcript.source and transcript.source != str(slot.media):
            continue  # the clip was replaced: these words belong to the old one
        cues.extend(slot_cues(slot, transcript))
    return held_cues(cues, plan.duration)


def transcript_cues(transcript: Transcript) -> list[CaptionCue]:
    """A clip's own caption lines in its own time (a clip captioned alone)."""
    cues = [CaptionCue(line.start, line.end, tuple(CueWord(w.text, w.start, w.end)
                                                   for w in line.words))
            for line in transcript.lines]  # fmt: skip
    return held_cues(cues, max((cue.end for cue in cues), default=0.0) + HOLD_SECONDS)


def held_cues(cues: list[CaptionCue], duration: float) -> list[CaptionCue]:
    """Cues in order, each held `HOLD_SECONDS` after its last word but never over the next
    one nor past `duration`."""
    cues = sorted(cues, key=lambda cue: cue.start)
    held: list[CaptionCue] = []
    for index, cue in enumerate(cues):
        limit = cues[index + 1].start if index + 1 < len(cues) else duration
        end = min(max(cue.end, min(cue.end + HOLD_SECONDS, limit)), duration)
        if end > cue.start:
            held.append(CaptionCue(cue.start, round(end, 3), cue.words))
    return held
