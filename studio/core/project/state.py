"""Everything a creator chose for one video, as saved in the draft file.

The draft file format grows by adding fields: `ProjectState` extends the older `Draft` with the
post, cover, export and the soundtrack's origin, so an old draft loads with defaults and an old
reader (the drafts list) still reads a new file.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from studio.core.captions.transcript import Transcript
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


class RecordSettings(BaseModel):
    """How the next take is recorded, as chosen on Record (the devices are the machine's, in
    Settings, not the project's)."""

    model_config = ConfigDict(allow_inf_nan=False)

    speed: float = 1.0  # 2.0 records fast motion (one of the session's SPEEDS)
    countdown: int = 0  # seconds before recording starts (0: at once)
    max_seconds: float = 60.0  # the longest take
    stop_at: float | None = None  # a point of the song where recording stops by itself
    mirror: bool = False  # mirror the recording too (the preview is always mirrored)
    ghost: bool = True  # show the last segment's last frame over the camera
    look: str = "none"  # the look the camera is seen (and the take assembled) through
    song: str | None = None  # the song to record to (None: no music)
    song_start: float = 0.0  # where in the song recording starts
    background: str | None = None  # a picture or clip behind the creator (None: their room)


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
    last_export_digest: str = ""  # what it was made from (Project.video_digest)
    # auto captions: each slot's words in its clip's own time (the truth a re-cut maps through)
    transcripts: dict[str, Transcript] = Field(default_factory=dict)
    caption_look: str | None = None  # None: the template's look, or the studio's default
    captions_shown: bool = True
    overlays: list[OwnOverlay] = Field(default_factory=list)  # the creator's own texts, stickers
    record: RecordSettings = Field(default_factory=RecordSettings)
    kind: Literal["template", "take"] = "template"  # a take posted on its own ("Just record")

    @model_validator(mode="before")
    @classmethod
    def _older_record_music(cls, data: Any) -> Any:
        """Drafts before the record settings kept only the song to record to."""
        if isinstance(data, dict) and "record_music" in data and "record" not in data:
            data = {**data, "record": {"song": data["record_music"]}}
        return data


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
    "RecordSettings",
    "SoundtrackChoice",
    "SoundtrackOrigin",
    "project_state",
]
