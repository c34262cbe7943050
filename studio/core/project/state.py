"""Everything a creator chose for one video, as saved in the draft file.

The draft file format grows by adding fields: `ProjectState` extends the older `Draft` with the
post, cover, export and the soundtrack's origin, so an old draft loads with defaults and an old
reader (the drafts list) still reads a new file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from studio.core.draft import Draft, DraftSlot
from studio.core.overlays import OwnOverlay

SoundtrackOrigin = Literal["template", "creator", "take"]


class SoundtrackChoice(BaseModel):
    """The music under the video and where it came from."""

    model_config = ConfigDict(allow_inf_nan=False)  # as the draft: no NaN reaches a render

    path: str | None = None  # None: the template's own track
    origin: SoundtrackOrigin = "template"
    start: float = 0.0  # for a take's song: where in the song the take's first frame was sung
    slot: str | None = None  # for a take's song: the slot the take fills


class Cover(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)

    time: float = 0.0  # the cover's frame, in seconds into the video
    text: str = ""


class ExportSettings(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)

    preset: str = "veryfast"
    crf: int = Field(default=20, ge=0, le=51)
    fps: int | None = None  # None: the template's


class ProjectState(Draft):
    """The draft, whole: template (by id and version), slots, blanks, music, post, export."""

    template_id: str = ""
    template_version: int | None = None
    template_digest: str = ""  # of template.json when the draft began: notices a changed template
    music: SoundtrackChoice = Field(default_factory=SoundtrackChoice)
    title: str | None = None
    platforms: list[str] | None = None  # None: the creator's default platform
    cover: Cover = Field(default_factory=Cover)
    export: ExportSettings = Field(default_factory=ExportSettings)
    last_export: str | None = None  # the file the last export wrote
    record_music: str | None = None  # the song chosen on Record to record the next take to
    overlays: list[OwnOverlay] = Field(default_factory=list)  # the creator's own texts, stickers


def project_state(draft: Draft) -> ProjectState:
    """A draft of any format as a ProjectState; an old draft's soundtrack was the creator's."""
    if isinstance(draft, ProjectState):
        return draft
    state = ProjectState.model_validate(draft.model_dump())
    if draft.soundtrack:
        state = state.model_copy(
            update={"music": SoundtrackChoice(path=draft.soundtrack, origin="creator")}
        )
    return state


__all__ = [
    "Cover",
    "DraftSlot",
    "ExportSettings",
    "ProjectState",
    "SoundtrackChoice",
    "SoundtrackOrigin",
    "project_state",
]
