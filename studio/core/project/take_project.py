"""A take posted on its own ("Just record", or an imported clip): a project too, so its
caption, title, platforms and cover are commands, undone and kept through a crash like a
template's.

Its "template" is one slot holding the video. Its draft is kept in a folder of its own, named
after the video's path, so posting the same take again brings its post back, and Home's list of
template drafts does not show it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from studio.core.project.model import Project
from studio.core.project.state import DraftSlot, ProjectState, RecordSettings
from studio.core.template import LoadedTemplate
from studio.core.template.schema import Slot, Template

TAKE_SLOT = "take"


def take_template(video: Path) -> LoadedTemplate:
    """The one-slot template a take posted alone is the video of (never rendered: the take is
    the finished video, so the slot's length does not matter)."""
    slot = Slot(id=TAKE_SLOT, label="Take", duration=1.0)
    template = Template(version=1, name=video.stem[:80] or "take", slots=[slot])
    return LoadedTemplate(template, video.parent)


def take_project(video: Path, folder: Path, record: RecordSettings | None = None) -> Project:
    """The project of `video` posted alone: the one kept in `folder`, or a new one (recorded
    with `record`)."""
    loaded = take_template(video)
    digest = hashlib.sha256(str(video.resolve()).encode()).hexdigest()[:16]
    path = folder / f"{video.stem}-{digest}.json"
    if path.is_file() and (project := Project.open(path, loaded)) is not None:
        return project
    state = ProjectState(template=str(video.parent), kind="take", last_export=str(video),
                         slots={TAKE_SLOT: DraftSlot(media=str(video))},
                         record=record or RecordSettings())  # fmt: skip
    project = Project(loaded, state, path)
    project.save()
    return project


def recording_project(folder: Path) -> Project:
    """The project Record shows when no template is being filled ("Just record"): its record
    settings carry over to every take posted alone."""
    path = folder / "just-record.json"
    loaded = take_template(path)
    if path.is_file() and (project := Project.open(path, loaded)) is not None:
        return project
    project = Project(loaded, ProjectState(template=str(folder), kind="take"), path)
    project.save()
    return project
