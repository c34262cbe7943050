"""The project model: everything a creator chooses, edited by commands, saved as the draft."""

from studio.core.project.commands import (
    ChooseRecordMusic,
    Command,
    Group,
    RecordExport,
    SetCover,
    SetExport,
    SetField,
    SetLook,
    SetMusic,
    SetPlatforms,
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
    SoundtrackChoice,
    project_state,
)
from studio.core.project.take_song import TakeSong, take_song

__all__ = [
    "Change",
    "ChooseRecordMusic",
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
    "SetCover",
    "SetExport",
    "SetField",
    "SetLook",
    "SetMusic",
    "SetPlatforms",
    "SetSlot",
    "SoundtrackChoice",
    "TakeSong",
    "TypeBlank",
    "TypeCaption",
    "TypeTitle",
    "project_state",
    "read_state",
    "take_song",
    "template_identity",
    "write_state",
]
