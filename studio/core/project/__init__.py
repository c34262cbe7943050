"""The project model: everything a creator chooses, edited by commands, saved as the draft."""

from studio.core.project.commands import (
    Command,
    Group,
    RecordExport,
    SetCover,
    SetExport,
    SetField,
    SetLook,
    SetMusic,
    SetPlatforms,
    SetRecord,
    SetSlot,
    TypeBlank,
    TypeCaption,
    TypeTitle,
)
from studio.core.project.missing import Missing
from studio.core.project.model import (
    Change,
    Listener,
    Project,
    read_state,
    template_identity,
    write_state,
)
from studio.core.project.state import (
    Cover,
    DraftSlot,
    ExportSettings,
    ProjectState,
    RecordSettings,
    SoundtrackChoice,
    project_state,
)
from studio.core.project.take_project import recording_project, take_project
from studio.core.project.take_song import TakeSong, take_song

__all__ = [
    "Change",
    "Command",
    "Cover",
    "DraftSlot",
    "ExportSettings",
    "Group",
    "Listener",
    "Missing",
    "Project",
    "ProjectState",
    "RecordExport",
    "RecordSettings",
    "SetCover",
    "SetExport",
    "SetField",
    "SetLook",
    "SetMusic",
    "SetPlatforms",
    "SetRecord",
    "SetSlot",
    "SoundtrackChoice",
    "TakeSong",
    "TypeBlank",
    "TypeCaption",
    "TypeTitle",
    "project_state",
    "read_state",
    "recording_project",
    "take_project",
    "take_song",
    "template_identity",
    "write_state",
]
