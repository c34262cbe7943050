"""An undo step in the creator's words, for the Undo and Redo buttons ("Undo: typing in Day").

The commands are the core's (no languages there); this names them from their kind and what they
touch: a blank's prompt and a slot's label come from the template, in its own translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.captions.commands import (
    EditWord,
    MergeLines,
    SetCaptionLook,
    SetTranscript,
    ShowCaptions,
    SplitLine,
)
from studio.core.project import (
    AddOverlay,
    ChangeOverlay,
    Command,
    DeleteOverlay,
    Group,
    Project,
    SetCover,
    SetExport,
    SetLook,
    SetMusic,
    SetOverlay,
    SetPlatforms,
    SetRecord,
    SetSlot,
    TypeBlank,
    TypeCaption,
    TypeOverlayText,
    TypeTitle,
)
from studio.core.template.translated import blank_words, slot_words
from studio.ui.translation import current_language

CONTEXT = "UndoSteps"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoSteps", text)


_RECORD = {  # marked for the translation tools, translated when shown
    "speed": QT_TRANSLATE_NOOP("UndoSteps", "recording speed"),
    "countdown": QT_TRANSLATE_NOOP("UndoSteps", "countdown"),
    "max_seconds": QT_TRANSLATE_NOOP("UndoSteps", "length"),
    "stop_at": QT_TRANSLATE_NOOP("UndoSteps", "stop at"),
    "mirror": QT_TRANSLATE_NOOP("UndoSteps", "mirror"),
    "ghost": QT_TRANSLATE_NOOP("UndoSteps", "ghost"),
    "look": QT_TRANSLATE_NOOP("UndoSteps", "camera look"),
    "song": QT_TRANSLATE_NOOP("UndoSteps", "music to record to"),
    "song_start": QT_TRANSLATE_NOOP("UndoSteps", "where the music starts"),
    "background": QT_TRANSLATE_NOOP("UndoSteps", "background behind you"),
}

# the creator's own texts and stickers: (text, sticker) per kind of edit
_OWN = {
    "add": (QT_TRANSLATE_NOOP("UndoSteps", "adding a text"),
            QT_TRANSLATE_NOOP("UndoSteps", "adding a sticker")),
    "delete": (QT_TRANSLATE_NOOP("UndoSteps", "deleting a text"),
               QT_TRANSLATE_NOOP("UndoSteps", "deleting a sticker")),
    "move": (QT_TRANSLATE_NOOP("UndoSteps", "moving a text"),
             QT_TRANSLATE_NOOP("UndoSteps", "moving a sticker")),
    "scale": (QT_TRANSLATE_NOOP("UndoSteps", "size of a text"),
              QT_TRANSLATE_NOOP("UndoSteps", "size of a sticker")),
    "turn": (QT_TRANSLATE_NOOP("UndoSteps", "turning a text"),
             QT_TRANSLATE_NOOP("UndoSteps", "turning a sticker")),
    "retime": (QT_TRANSLATE_NOOP("UndoSteps", "timing of a text"),
               QT_TRANSLATE_NOOP("UndoSteps", "timing of a sticker")),
    "style": (QT_TRANSLATE_NOOP("UndoSteps", "style of a text"),
              QT_TRANSLATE_NOOP("UndoSteps", "style of a sticker")),
    "type": (QT_TRANSLATE_NOOP("UndoSteps", "typing in a text"),
             QT_TRANSLATE_NOOP("UndoSteps", "typing in a text")),
}  # fmt: skip
_CAPTIONS = {
    SetTranscript: QT_TRANSLATE_NOOP("UndoSteps", "captions"),
    SetCaptionLook: QT_TRANSLATE_NOOP("UndoSteps", "look of the captions"),
    ShowCaptions: QT_TRANSLATE_NOOP("UndoSteps", "showing the captions"),
    EditWord: QT_TRANSLATE_NOOP("UndoSteps", "a word of the captions"),
    SplitLine: QT_TRANSLATE_NOOP("UndoSteps", "splitting a caption line"),
    MergeLines: QT_TRANSLATE_NOOP("UndoSteps", "joining caption lines"),
}


def _own_step(command: SetOverlay) -> str:
    """An edit of an own text or sticker: its kind of edit, and which kind of item."""
    sticker = command.new.kind == "sticker" if command.new else command.item_id.startswith("sti")
    if isinstance(command, AddOverlay | DeleteOverlay | TypeOverlayText):
        edit = {AddOverlay: "add", DeleteOverlay: "delete", TypeOverlayText: "type"}[type(command)]
    else:  # ChangeOverlay's text is "<what> <kind>": font and colour are its style
        what = command.text.split(" ")[0]
        edit = what if what in _OWN else "style"
    return _tr(str(_OWN[edit][1 if sticker else 0]))


def step_name(command: Command, project: Project) -> str:
    """What undoing (or redoing) `command` changes, as a creator calls it."""
    if isinstance(command, Group):
        return step_name(command.commands[0], project) if command.commands else ""
    language = current_language()
    template = project.loaded.template
    if isinstance(command, TypeBlank):
        blank = next((b for b in template.blanks if b.id == command.key), None)
        prompt = blank_words(blank, language).prompt if blank else command.key
        return QCoreApplication.translate("UndoSteps", "typing in {0}").format(prompt)
    if isinstance(command, SetLook | SetSlot):
        slot = next((s for s in template.slots if s.id == command.key), None)
        label = slot_words(slot, language).label if slot else command.key or ""
        if isinstance(command, SetLook):
            return QCoreApplication.translate("UndoSteps", "look of {0}").format(label)
        if command.new is None:
            return QCoreApplication.translate("UndoSteps", "emptying {0}").format(label)
        if command.text.startswith("add "):
            return QCoreApplication.translate("UndoSteps", "clip in {0}").format(label)
        return QCoreApplication.translate("UndoSteps", "trim or timing of {0}").format(label)
    if isinstance(command, TypeCaption):
        return QCoreApplication.translate("UndoSteps", "caption")
    if isinstance(command, TypeTitle):
        return QCoreApplication.translate("UndoSteps", "typing the title")
    if isinstance(command, SetPlatforms):
        return QCoreApplication.translate("UndoSteps", "platforms")
    if isinstance(command, SetCover):
        return QCoreApplication.translate("UndoSteps", "cover")
    if isinstance(command, SetMusic):
        return QCoreApplication.translate("UndoSteps", "music")
    if isinstance(command, SetExport):
        return QCoreApplication.translate("UndoSteps", "export settings")
    if isinstance(command, SetRecord):
        return _tr(str(_RECORD.get(command.setting, command.setting)))
    if isinstance(command, AddOverlay | ChangeOverlay | DeleteOverlay | TypeOverlayText):
        return _own_step(command)
    if type(command) in _CAPTIONS:
        return _tr(str(_CAPTIONS[type(command)]))
    return command.text
