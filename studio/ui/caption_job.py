"""Auto captions made off the window's thread: the model fetched on first use, each slot's voice
transcribed, progress and cancel; the result arrives on the UI thread as transcripts by slot."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal

from studio.core.captions.transcript import Transcript
from studio.core.render_plan import RenderPlan
from studio.ui.record_workers import Job


class CaptionJob(Job):
    """`progress(fraction, what)` while it runs; `done((transcripts, notes))` at the end."""

    progress = Signal(float, str)

    def __init__(self, plan: RenderPlan, known: Mapping[str, Transcript], model_id: str,
                 model_folder: Path | None, language: str | None = None) -> None:  # fmt: skip
        super().__init__(self._work)
        self.plan, self.known = plan, dict(known)
        self.model_id, self.model_folder, self.language = model_id, model_folder, language

    def _work(self) -> object:
        from studio.media.speech.model_fetch import ensure_model
        from studio.media.speech.transcribe import SpeechRecogniser
        from studio.media.speech.video_captions import transcribe_plan

        folder = ensure_model(self.model_folder, self.model_id,
                              lambda done, total: self.progress.emit(done / max(1, total), "model"),
                              self.cancel)  # fmt: skip
        self.progress.emit(0.0, "words")
        recogniser = SpeechRecogniser(folder)
        try:
            step = lambda f: self.progress.emit(f, "words")  # noqa: E731
            return transcribe_plan(self.plan, recogniser, self.known, self.language, step,
                                   self.cancel)  # fmt: skip
        finally:
            recogniser.close()
