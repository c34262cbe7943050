"""Connects the captions panel to the project: a job makes the captions in the background, the
creator's corrections become project commands (undo, draft), the preview and export draw them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from studio.core.captions.commands import (
    EditWord,
    MergeLines,
    SetCaptionLook,
    SetTranscript,
    ShowCaptions,
    SplitLine,
)
from studio.core.captions.planning import with_captions
from studio.core.project import Group, Project
from studio.core.project.commands import Command
from studio.core.render_plan import RenderPlan
from studio.core.template.translated import slot_words
from studio.ui.caption_job import CaptionResult, caption_work
from studio.ui.jobs import JobRunner
from studio.ui.settings import StudioSettings
from studio.ui.translation import current_language
from studio.ui.widgets.captions_panel import CaptionsPanel


class CaptionsControl(QObject):
    """Owns the panel's job (keyed "captions" on a runner of its own, so a transcription never
    queues behind planning or an export); `plan()` gives the render plan to transcribe (None:
    not planned yet)."""

    def __init__(self, panel: CaptionsPanel, plan: Callable[[], RenderPlan | None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.plan = plan
        self.project: Project | None = None
        self.jobs = JobRunner(self, lanes={"captions": 1})
        self._phase = "model"  # what the job's progress counts: the model's bytes, then words
        panel.make.connect(self.make)
        panel.cancel.connect(self.stop)
        panel.look_chosen.connect(self._look)
        panel.shown.connect(lambda on: self._execute(ShowCaptions(on)))
        panel.word_clicked.connect(self._edit_word)
        panel.split.connect(lambda s, line, i: self._execute(SplitLine(s, line, i)))
        panel.merge.connect(lambda s, line: self._execute(MergeLines(s, line)))

    def show_project(self, project: Project) -> None:
        """View `project`'s captions (a job for another project is stopped)."""
        self.stop()
        self.project = project
        self.refresh()

    def refresh(self) -> None:
        """Redraw the words and the look from the project."""
        if self.project is None:
            return
        language = current_language()  # the template's own translation of its slot names
        labels = {slot.id: slot_words(slot, language).label
                  for slot in self.project.loaded.template.slots}  # fmt: skip
        self.panel.show_transcripts(self.project.state.transcripts, labels)
        self.panel.show_look(self.project.state.caption_look, self.project.state.captions_shown)

    def captioned(self, plan: RenderPlan) -> RenderPlan:
        """`plan` with the project's captions drawn on it (as the export draws them)."""
        return self.captioner()(plan)

    def captioner(self) -> Callable[[RenderPlan], RenderPlan]:
        """What puts the project's captions, as they are now, on a plan: taken on the window's
        thread, called by a planning job on its own."""
        project = self.project
        if project is None or not project.state.captions_shown or not project.state.transcripts:
            return lambda plan: plan
        state, loaded = project.state, project.loaded  # a state is replaced, never changed
        return lambda plan: with_captions(plan, state.transcripts, state.caption_look,
                                          template_folder=loaded.folder,
                                          template=loaded.template)  # fmt: skip

    def after_export(self, plan: RenderPlan | None, project: Project, video: Path) -> None:
        """Write the export's captions beside it as .srt and .vtt (when it has any)."""
        if plan is not None and plan.captions is not None:
            from studio.media.speech.video_captions import write_subtitles

            write_subtitles(plan, project.state.transcripts, video)

    def make(self) -> None:
        """Transcribe the slots with a voice in the background (corrected ones are kept)."""
        plan = self.plan()
        if self.project is None or plan is None or self.jobs.busy("captions"):
            return
        settings = StudioSettings.load()
        folder = Path(settings.speech_model_folder) if settings.speech_model_folder else None
        work = caption_work(plan, self.project.state.transcripts, settings.speech_model, folder)
        project = self.project
        self._phase = "model"
        self.jobs.submit("captions", work, lane="captions", progress=self._progress,
                         item=self._phase_began, done=lambda made: self._done(project, made),
                         failed=self._failed, cancelled=self._cancelled)  # fmt: skip
        self.panel.running(True)
        self.panel.status.setText(self.tr("Listening…"))

    def stop(self) -> None:
        """Cancel a running job: it ends on its own thread, changes nothing and says so."""
        if self.jobs.busy("captions"):
            self.jobs.cancel("captions")
            self.panel.running(False)

    def _phase_began(self, phase: object) -> None:
        self._phase = str(phase)

    def _progress(self, fraction: float) -> None:
        if self._phase == "model":
            text = self.tr("Fetching the speech model (once): {0}%")
        else:
            text = self.tr("Transcribing: {0}%")
        self.panel.status.setText(text.format(int(fraction * 100)))

    def _done(self, project: Project, made: CaptionResult) -> None:
        transcripts, notes = made
        self.panel.running(False)
        known = project.state.transcripts
        commands: list[Command] = [SetTranscript(slot_id, transcript)
                                   for slot_id, transcript in transcripts.items()
                                   if known.get(slot_id) != transcript]  # fmt: skip
        if commands:
            project.execute(Group(commands, "captions"))
            project.seal()
        if not transcripts:
            self.panel.status.setText(notes[0] if notes else self.tr("No clip with a voice"))
        else:
            words = sum(len(t.words) for t in transcripts.values())
            self.panel.status.setText(self.tr("{0} words; click one to correct it").format(words))
        self.refresh()

    def _failed(self, line: str) -> None:
        self._ended(line)

    def _cancelled(self) -> None:  # asked for: not a failure
        self._ended(self.tr("Stopped; nothing was changed"))

    def _ended(self, text: str) -> None:
        self.panel.running(False)
        self.panel.status.setText(text)

    def _look(self, look_id: str) -> None:
        self._execute(SetCaptionLook(look_id or None))

    def edit_word_at(self, key: str) -> None:
        """Correct the word a timeline click picked (`slot:line:index`)."""
        if key.count(":") >= 2:
            slot_id, line, index = key.rsplit(":", 2)
            self._edit_word(slot_id, int(line), int(index))

    def _edit_word(self, slot_id: str, line: int, index: int) -> None:
        if self.project is None:
            return
        try:
            word = self.project.state.transcripts[slot_id].lines[line].words[index]
        except (KeyError, IndexError):  # the words changed since (an undo): nothing to correct
            return
        parent = self.panel if isinstance(self.panel, QWidget) else None
        text, ok = QInputDialog.getText(parent, self.tr("Correct a word"), self.tr("Word"),
                                        text=word.text)  # fmt: skip
        if ok and text.strip() and text.strip() != word.text:
            self._execute(EditWord(slot_id, line, index, text))

    def _execute(self, command: Command) -> None:
        if self.project is not None:
            self.project.execute(command)
            self.project.seal()

    def close(self) -> None:
        """Cancel a running job and wait for it to stop (the window is closing)."""
        self.jobs.close()
