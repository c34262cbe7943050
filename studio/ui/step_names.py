"""An undo step in the creator's words, for the Undo and Redo buttons ("Undo: typing in Day").

The commands are the core's (no languages there); this names them from their kind and what they
touch: a blank's prompt and a slot's label come from the template, in its own translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.project import (
    Command,
    Group,
    Project,
    SetCover,
    SetExport,
    SetLook,
    SetMusic,
    SetPlatforms,
    SetRecord,
    SetSlot,
    TypeBlank,
    TypeCaption,
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
    return command.text
