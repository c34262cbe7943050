"""Auto captions made off the window's thread, as a job of the `JobRunner`: the model fetched on
first use, each slot's voice transcribed; the phase ("model", then "words") arrives as the job's
items and how far it is as its progress; the result is `(transcripts by slot, notes)`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from studio.core.captions.transcript import Transcript
from studio.core.render_plan import RenderPlan
from studio.ui.jobs import JobContext

CaptionResult = tuple[dict[str, Transcript], list[str]]


def caption_work(plan: RenderPlan, known: Mapping[str, Transcript], model_id: str,
                 model_folder: Path | None, language: str | None = None
                 ) -> Callable[[JobContext], CaptionResult]:  # fmt: skip
    """The job that transcribes `plan`'s voices (slots in `known` are kept as corrected)."""
    known = dict(known)

    def work(context: JobContext) -> CaptionResult:
        from studio.media.speech.model_fetch import ensure_model
        from studio.media.speech.transcribe import SpeechRecogniser
        from studio.media.speech.video_captions import transcribe_plan

        context.emit("model")
        folder = ensure_model(model_folder, model_id,
                              lambda done, total: context.progress(done / max(1, total)),
                              context.cancel)  # fmt: skip
        context.emit("words")
        context.progress(0.0)
        recogniser = SpeechRecogniser(folder)
        try:
            return transcribe_plan(plan, recogniser, known, language, context.progress,
                                   context.cancel)  # fmt: skip
        finally:
            recogniser.close()

    return work
