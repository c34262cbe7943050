"""What the Edit page plans, as the jobs that plan it off the window's thread: the preview's
forgiving plan with the files' probes, and the export's plan with its warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from studio.core.errors import Problem, StudioError
from studio.core.fill import CreatorInput, FillError, fill
from studio.core.project import Project
from studio.core.render_plan import RenderPlan
from studio.core.template import LoadedTemplate
from studio.core.template.schema import BeatGrid
from studio.core.template.v2 import TemplateV2


@dataclass(frozen=True)
class Measured:
    """What planning `given` read from the files: the soundtrack's length and beats, the clips'
    lengths. A keystroke's plan is filled from these on the window's thread (a fraction of a
    millisecond) instead of a planning job: typing changes none of them."""

    loaded: LoadedTemplate  # the forgiving template the preview plans
    given: CreatorInput
    soundtrack: Path | None
    seconds: float | None
    grid: BeatGrid | None
    lengths: dict[str, float]
    # files whose data ends early or whose sound is damaged, told as soon as they are placed
    damaged: tuple[Problem, ...] = ()

    def retyped(self, given: CreatorInput) -> RenderPlan | None:
        """The plan of `given` when it differs from what was measured only in its blanks; None
        when planning must read the files again, or cannot plan it (a blank too long: the
        planning job says why)."""
        if replace(given, blanks=self.given.blanks) != self.given:
            return None
        try:
            return fill(self.loaded, given, self.grid, self.soundtrack, self.seconds, self.lengths)
        except FillError:
            return None


def plan_preview(
    loaded: LoadedTemplate, given: CreatorInput
) -> tuple[RenderPlan, dict[Path, object], Measured]:
    """The preview's plan (forgiving, see `preview_input`), each slot file's probe (for the
    timeline) and what was measured, off the window's thread: planning probes and finds beats
    (cached per file)."""
    from studio.media.ffmpeg import MediaError
    from studio.media.probe import probe
    from studio.media.render import beat_grid_for, clip_lengths, prepare

    forgiving = preview_input(loaded)
    plan = prepare(forgiving, given)
    infos: dict[Path, object] = {}
    for slot in (*plan.slots, *plan.inputs):  # a green screen's background has a lane too
        if slot.media is not None and slot.media not in infos:
            try:
                infos[slot.media] = probe(slot.media)
            except MediaError:
                continue  # the page says what is wrong with the file
    # what prepare() read, from the same caches, so that a keystroke is filled without it
    track = plan.audio.soundtrack
    seconds = probe(track).duration if track is not None else None
    grid = beat_grid_for(forgiving, track, own_track=given.soundtrack is not None)
    lengths = clip_lengths(forgiving, given)
    measured = Measured(forgiving, given, track, seconds, grid, lengths, damaged(plan))
    return plan, infos, measured


def damaged(plan: RenderPlan) -> tuple[Problem, ...]:
    """What is wrong with the plan's files (`damaged_files`: cut short, sound that does not
    decode where the video plays it), said when a file is placed, not only at Export."""
    from studio.media.damaged_sound import damaged_files
    from studio.media.ffmpeg import MediaError

    try:
        return tuple(damaged_files(plan))
    except (MediaError, OSError):  # a file gone since it was probed: planning says so
        return ()


def export_plan(loaded: LoadedTemplate, given: CreatorInput
                ) -> tuple[RenderPlan, list[Problem]] | StudioError:  # fmt: skip
    """The export's plan and what the creator should know (a clip cut short), or why it cannot
    be made, off the window's thread (the checks decode the ends of long files)."""
    from studio.media.render import input_warnings, prepare

    try:
        plan = prepare(loaded, given)
    except StudioError as exc:  # every line of it is shown where the Export button is
        return exc
    return plan, input_warnings(plan)


def captioned_preview(loaded: LoadedTemplate, given: CreatorInput,
                      captioned: Callable[[RenderPlan], RenderPlan]
                      ) -> tuple[RenderPlan, RenderPlan, dict[Path, object], Measured]:  # fmt: skip
    """The preview's plan, the same with the captions `captioned` draws, the probes and what
    was measured."""
    plan, infos, measured = plan_preview(loaded, given)
    return plan, captioned(plan), infos, measured


def captioned_export(loaded: LoadedTemplate, given: CreatorInput,
                     captioned: Callable[[RenderPlan], RenderPlan]
                     ) -> tuple[RenderPlan, list[Problem]] | StudioError:  # fmt: skip
    """The export's plan with the captions `captioned` draws (see `export_plan`)."""
    checked = export_plan(loaded, given)
    return checked if isinstance(checked, StudioError) else (captioned(checked[0]), checked[1])


def missing_lines(project: Project, language: str) -> list[str]:
    """What the video still needs, in the creator's words and `language` (the Edit page's)."""
    translate = QCoreApplication.translate
    lines = []
    for piece in project.missing(language):
        if piece.kind == "clip":
            line = translate("EditPage", "Add a clip or photo to “{0}”").format(piece.label)
        elif piece.kind == "text":
            line = translate("EditPage", "Fill in “{0}”").format(piece.label)
        else:
            line = translate("EditPage", "“{0}” is {1} characters; the most is {2}").format(
                piece.label, piece.length, piece.maximum
            )
        lines.append(line)
    return lines


def preview_input(loaded: LoadedTemplate) -> LoadedTemplate:
    """The template made forgiving for the preview: empty slots show black instead of failing."""
    template = loaded.template
    slots = [
        s.model_copy(update={"required": False, "when_empty": "black"}) for s in template.slots
    ]
    update: dict[str, object] = {"slots": slots}
    if isinstance(template, TemplateV2):  # an input not picked yet (a background) shows black
        update["inputs"] = [i.model_copy(update={"required": False}) for i in template.inputs]
    return LoadedTemplate(template.model_copy(update=update), loaded.folder)
