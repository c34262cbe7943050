"""A creator's draft: the template and all chosen for it, saved atomically after each edit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from studio.core.atomic import write_text_atomically
from studio.core.fill import CreatorInput, SlotInput
from studio.core.small_file import read_small
from studio.core.template.schema import FilterRef, Fit, TimeEffect


class DraftSlot(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)  # a hand-edited `NaN` must not reach a render

    media: str
    in_point: float = 0.0
    speed: float | None = None
    filters: list[FilterRef] | None = None  # None keeps the template's look
    fit: Fit | None = None  # None here and below keeps the template's choice
    time_effect: TimeEffect | None = None
    freeze_at: float | None = None


class Draft(BaseModel):
    """What survives a crash: the template, the slots' files, the blanks' words, the post."""

    model_config = ConfigDict(allow_inf_nan=False)

    template: str
    slots: dict[str, DraftSlot] = Field(default_factory=dict)
    blanks: dict[str, str] = Field(default_factory=dict)
    soundtrack: str | None = None
    caption: str | None = None
    hashtags: list[str] | None = None
    updated: str = ""

    def creator_input(self) -> CreatorInput:
        """The render engine's view of this draft."""
        return CreatorInput(
            slots={
                key: SlotInput(
                    Path(slot.media),
                    slot.in_point,
                    slot.speed,
                    tuple(slot.filters) if slot.filters is not None else None,
                    slot.fit,
                    slot.time_effect,
                    slot.freeze_at,
                )
                for key, slot in self.slots.items()
            },
            blanks={key: text for key, text in self.blanks.items() if text.strip()},
            soundtrack=Path(self.soundtrack) if self.soundtrack else None,
            caption=self.caption,
            hashtags=tuple(self.hashtags) if self.hashtags is not None else None,
        )


MAX_DRAFT_BYTES = 16 * 1024 * 1024  # a draft is words and paths: far under this


def save_draft(draft: Draft, path: Path) -> None:
    """Write the draft so that a crash at any moment leaves the old or the new file, whole."""
    stamped = draft.model_copy(update={"updated": datetime.now(UTC).isoformat(timespec="seconds")})
    write_text_atomically(path, stamped.model_dump_json(indent=2))


def load_draft(path: Path) -> Draft | None:
    """The draft saved at `path`, or None when it is missing or unreadable."""
    try:
        return Draft.model_validate_json(read_small(path, MAX_DRAFT_BYTES).decode("utf-8"))
    except (OSError, ValueError, ValidationError):
        return None


def list_drafts(folder: Path) -> list[tuple[Path, Draft]]:
    """Every readable draft in `folder`, newest first."""
    found = []
    for path in folder.glob("*.json"):
        draft = load_draft(path)
        if draft is not None:
            found.append((path, draft))
    return sorted(found, key=lambda item: item[1].updated, reverse=True)
