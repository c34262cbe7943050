"""What the Edit page plans, as the jobs that plan it off the window's thread: the preview's
forgiving plan with the files' probes, and the export's plan with its warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from studio.core.errors import Problem, StudioError
from studio.core.fill import CreatorInput
from studio.core.project import Project
from studio.core.render_plan import RenderPlan
from studio.core.template import LoadedTemplate
from studio.core.template.v2 import TemplateV2


def plan_preview(
    loaded: LoadedTemplate, given: CreatorInput
) -> tuple[RenderPlan, dict[Path, object]]:
    """The preview's plan (forgiving, see `preview_input`) and each slot file's probe (for the
    timeline), off the window's thread: planning probes and finds beats (cached per file)."""
    from studio.media.ffmpeg import MediaError
    from studio.media.probe import probe
    from studio.media.render import prepare

    plan = prepare(preview_input(loaded), given)
    infos: dict[Path, object] = {}
    for slot in (*plan.slots, *plan.inputs):  # a green screen's background has a lane too
        if slot.media is not None and slot.media not in infos:
            try:
                infos[slot.media] = probe(slot.media)
            except MediaError:
                continue  # the page says what is wrong with the file
    return plan, infos


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
                      ) -> tuple[RenderPlan, RenderPlan, dict[Path, object]]:  # fmt: skip
    """The preview's plan, the same with the captions `captioned` draws, and the probes."""
    plan, infos = plan_preview(loaded, given)
    return plan, captioned(plan), infos


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
