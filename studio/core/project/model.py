"""The project: one creator's video from Home to Post, edited only through commands.

Pages are views: they send commands and redraw on the change events. After every command the
state is saved atomically as the draft, so a page switch, a language switch or a crash loses
nothing. The CLI builds the same project and asks it for the render engine's input.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from studio.core.draft import MAX_DRAFT_BYTES, save_draft
from studio.core.fill import CreatorInput, fill_text, post_words
from studio.core.post.caption import compose_caption
from studio.core.project.commands import Command, Group, SetMusic, SetSlot
from studio.core.project.missing import Missing, missing_pieces
from studio.core.project.state import DraftSlot, ProjectState, SoundtrackChoice
from studio.core.project.take_song import take_song
from studio.core.resources import bundled_templates_dir
from studio.core.small_file import read_small
from studio.core.template import LoadedTemplate, load_template


@dataclass(frozen=True)
class Change:
    """What an edit changed: aspects among template, slots, blanks, music, post, cover, export;
    keys are the slot or blank ids touched."""

    aspects: frozenset[str]
    keys: frozenset[str] = frozenset()
    text: str = ""


Listener = Callable[[Change], None]

# undo steps kept: a step is one edit's old and new values (a typing run is one step), a few
# hundred bytes; a whole day's editing fits, and a window left open for days does not grow
UNDO_LIMIT = 500


def template_identity(loaded: LoadedTemplate) -> tuple[str, int, str]:
    """The template's id (its folder name), format version and a digest of its file."""
    try:
        digest = hashlib.sha256(loaded.file.read_bytes()).hexdigest()[:12]
    except OSError:
        digest = ""
    return loaded.slug, int(loaded.template.version), digest


class Project:
    """The model every page views; `execute`, `undo` and `redo` are the only ways to change it."""

    def __init__(self, loaded: LoadedTemplate, state: ProjectState | None = None,
                 path: Path | None = None) -> None:  # fmt: skip
        self.loaded = loaded
        slug, version, digest = template_identity(loaded)
        self._state = state or ProjectState(
            template=str(loaded.folder),
            template_id=slug,
            template_version=version,
            template_digest=digest,
        )
        self.path = path
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._sealed = True  # the next command starts a new undo step
        self._listeners: list[Listener] = []
        self.save_error: str | None = None
        # who writes the draft after an edit (the window coalesces typing off its thread);
        # None: at once, here (the CLI, batch, tests)
        self.autosave: Callable[[Project], None] | None = None

    # --- making and opening ---------------------------------------------------------------
    @classmethod
    def new(cls, loaded: LoadedTemplate, drafts_folder: Path) -> Project:
        """A fresh project for `loaded`, saved at once in `drafts_folder` under a name of its
        own (two made in the same second, even by two studios, never share a file)."""
        project = cls(loaded, None, unused_draft_name(drafts_folder, loaded.slug))
        project.save()
        return project

    @classmethod
    def open(cls, path: Path, loaded: LoadedTemplate | None = None) -> Project | None:
        """The project saved at `path` (old drafts too), or None when it cannot be read.

        Without `loaded`, its template is loaded from where the draft says (or a bundled one of
        the same id); one that is gone or broken raises its TemplateError.
        """
        state = read_state(path)
        if state is None:
            return None
        return cls(loaded or load_template(_template_folder(state)), state, path)

    # --- reading ----------------------------------------------------------------------------
    @property
    def state(self) -> ProjectState:
        return self._state

    def slot(self, slot_id: str) -> DraftSlot | None:
        return self._state.slots.get(slot_id)

    def first_empty_slot(self) -> str | None:
        """The first slot still waiting for a clip (photo slots wait for a photo instead)."""
        for slot in self.loaded.template.slots:
            if slot.id not in self._state.slots and slot.kind != "photo":
                return slot.id
        return None

    def creator_input(self) -> CreatorInput:
        """The render engine's input for this project."""
        given = self._state.creator_input()
        music = self._state.music
        if music.origin == "take" and music.path:
            given = replace(given, soundtrack_start=music.start, soundtrack_sync=music.slot)
        return replace(given, fps=self._state.export.fps, overlays=tuple(self._state.overlays))

    def template_caption(self) -> str:
        """The template's caption with the blanks as typed now, and its hashtags."""
        given = CreatorInput(blanks=dict(self._state.blanks))
        return compose_caption(*post_words(self.loaded.template, given))

    def caption(self) -> str:
        """The post's caption: the creator's own once they edited it, else the template's (so
        it follows the blanks: Monday typed again as Saturday changes it too)."""
        own = self._state.caption
        return own if own is not None else self.template_caption()

    @property
    def caption_is_own(self) -> bool:
        """The creator edited the caption: it no longer follows the template."""
        return self._state.caption is not None

    def title(self) -> str:
        """The post's title (YouTube Shorts shows one): the creator's, else the template's
        first text with the blanks filled (as the export names the video), else its name."""
        if self._state.title is not None:
            return self._state.title
        if self._state.kind == "take":
            return ""  # a take alone has no words to take a title from
        texts = self.loaded.template.texts
        if not texts:
            return self.loaded.template.name
        return fill_text(texts[0].text, self._state.blanks)

    def video_digest(self) -> str:
        """A digest of everything the video is made from (slots, blanks, music, export
        settings, own items, captions, the template): an export records it, and a later edit
        changes it."""
        made_of = self._state.model_dump_json(
            include={
                "template_digest",
                "slots",
                "blanks",
                "music",
                "soundtrack",
                "export",
                "overlays",
                "transcripts",  # auto captions are drawn in the video
                "caption_look",
                "captions_shown",
            }
        )
        return hashlib.sha256(made_of.encode()).hexdigest()[:16]

    @property
    def video_is_current(self) -> bool:
        """The last export shows the project as it is now (no edit since, or all undone)."""
        return self._state.last_export_digest in ("", self.video_digest())

    def missing(self, language: str = "en") -> list[Missing]:
        """What the video still needs before it can be exported, named in `language`."""
        return missing_pieces(self.loaded, self._state, language)

    @property
    def music_is_fixed(self) -> bool:
        """The template's song cannot be replaced (a take's song will not travel into it)."""
        return not self.loaded.template.soundtrack.replaceable

    # --- editing ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(change)` after every edit; returns the function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def execute(self, command: Command, undoable: bool = True) -> None:
        """Apply `command` as one undo step (or fold it into the last one while typing).

        Not undoable: edits with their own undo where they are made (the Post page's text
        fields) and records of what happened (an export), which Edit's undo must not reach.
        """
        self._state = command.do(self._state)
        if not undoable:
            self._after(command, command.text)
            return
        last = self._done[-1] if self._done else None
        if self._sealed or last is None or not last.merge(command):
            self._done.append(command)
            del self._done[:-UNDO_LIMIT]  # the oldest steps can no longer be undone
        self._sealed = False
        self._undone.clear()
        self._after(command, command.text)

    def seal(self) -> None:
        """End the current typing run: the next keystroke starts a new undo step."""
        self._sealed = True

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        self._state = command.undo(self._state)
        self._undone.append(command)
        self._sealed = True
        self._after(command, f"undo {command.text}")
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        self._state = command.do(self._state)
        self._done.append(command)
        self._sealed = True
        self._after(command, f"redo {command.text}")
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_step(self) -> Command | None:
        """The edit undo would take back (the UI names it on its Undo button)."""
        return self._done[-1] if self._done else None

    @property
    def redo_step(self) -> Command | None:
        """The edit redo would make again."""
        return self._undone[-1] if self._undone else None

    @property
    def undo_steps(self) -> int:
        """How many steps undo can take back."""
        return len(self._done)

    def put_media(self, slot_id: str, media: Path) -> None:
        """A clip into a slot (keeping its look and timing, as in CapCut). A take brings the song
        it was recorded to, unless the creator picked music or the template's song is fixed."""
        old = self.slot(slot_id)
        new = (old.model_copy(update={"media": str(media), "in_point": 0.0}) if old
               else DraftSlot(media=str(media)))  # fmt: skip
        commands: list[Command] = [SetSlot(slot_id, new, f"add {media.name}")]
        music = self._state.music
        song = take_song(media)
        if song is not None and music.origin != "creator" and not self.music_is_fixed:
            choice = SoundtrackChoice(path=str(song.track), origin="take", start=song.start,
                                      slot=slot_id)  # fmt: skip
            commands.append(SetMusic(choice, "the take's song"))
        elif song is None and music.origin == "take" and music.slot == slot_id:
            commands.append(SetMusic(SoundtrackChoice(), "the template's song"))
        self.execute(Group(commands, commands[0].text) if len(commands) > 1 else commands[0])
        self.seal()

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        """Write the draft atomically; a failure is kept in `save_error`, not raised into a page."""
        if self.path is not None:
            self.save_error = write_state(self._state, self.path)

    def _after(self, command: Command, text: str) -> None:
        if self.autosave is not None:
            self.autosave(self)
        else:
            self.save()
        change = Change(command.aspects, command.keys, text)
        for listener in list(self._listeners):
            listener(change)


def unused_draft_name(folder: Path, slug: str) -> Path:
    """A new draft's file in `folder`: the template, the time to the second for the reader, and
    a random part, so two projects made in the same second (or by two studios) differ."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    while True:
        path = folder / f"{slug}-{stamp}-{secrets.token_hex(3)}.json"
        if not path.exists():
            return path


def _template_folder(state: ProjectState) -> Path:
    """Where the draft's template is: where it was, or a bundled template of the same id (the
    bundled folder moves with each install and frozen build)."""
    folder = Path(state.template)
    if not folder.exists() and state.template_id:
        bundled = bundled_templates_dir() / state.template_id
        if bundled.is_dir():
            return bundled
    return folder


def write_state(state: ProjectState, path: Path) -> str | None:
    """Write `state` atomically as the draft at `path` (any thread); the failure as a line."""
    try:
        save_draft(state, path)
    except OSError as exc:
        return f"{path}: cannot save the draft ({exc.strerror or exc})"
    return None


def read_state(path: Path) -> ProjectState | None:
    """The whole draft saved at `path` (an older draft's soundtrack was the creator's pick), or
    None when it is missing or unreadable."""
    try:
        state = ProjectState.model_validate_json(read_small(path, MAX_DRAFT_BYTES).decode("utf-8"))
    except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
        return None
    if "music" not in state.model_fields_set and state.soundtrack:  # an older draft
        music = SoundtrackChoice(path=state.soundtrack, origin="creator")
        state = state.model_copy(update={"music": music})
    return state
