"""What the export will do with a slot's file, said on the slot's card under the file's name,
where the creator just placed it: its last picture held still, the file cut short, its sound
damaged. The lines below the panel say the same, but they are often out of view (below the
fold at 1024x700, and for the duet at 1920x1080)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from studio.core.errors import Problem
from studio.core.held_clips import HeldClip
from studio.media.damaged_sound import DamagedSound, Stretches
from studio.media.measured_length import CutShort
from studio.ui.locale_numbers import local_number


def slot_notes(warnings: Sequence[Problem], media: Mapping[str, Path | None]) -> dict[str, str]:
    """The note for each slot's card, by slot id, from the plan's `warnings`; `media` is each
    slot's file."""
    notes: dict[str, list[str]] = {}
    for warning in warnings:
        if isinstance(warning, HeldClip):
            slots = [warning.slot]
        elif isinstance(warning, CutShort | DamagedSound):
            slots = [slot for slot, path in media.items() if path == warning.file]
        else:
            continue
        for slot in slots:
            notes.setdefault(slot, []).append(_note(warning))
    return {slot: "\n".join(dict.fromkeys(lines)) for slot, lines in notes.items()}


def _note(warning: Problem) -> str:
    translate = QCoreApplication.translate
    if isinstance(warning, HeldClip):
        said = translate("EditPage", "Its last picture stays still for the last {0} s: the clip "
                         "plays {1} of the {2} s.")  # fmt: skip
        return said.format(*map(seconds, (warning.held, warning.plays, warning.shows)))
    if isinstance(warning, CutShort):
        said = translate("EditPage", "The file is cut short: it ends after {0} of the {1} s it "
                         "should last.")  # fmt: skip
        return said.format(seconds(warning.decodable), seconds(warning.claimed))
    assert isinstance(warning, DamagedSound)
    if warning.skips and warning.stretches:
        said = translate("EditPage", "Its sound is damaged near {0} s of the file and skips "
                         "there.")  # fmt: skip
        return said.format(seconds(warning.stretches[0][0]))
    if warning.skips or not warning.stretches:
        return translate("EditPage", "Its sound is damaged and skips.")
    said = translate("EditPage", "Its sound is damaged at {0} of the file.")
    return said.format(places(warning.stretches))


def seconds(value: float) -> str:
    """Seconds with one decimal, as the window's language writes them (5,0 in German)."""
    return local_number(value, 1)


def places(stretches: Stretches) -> str:
    """Stretches of time as the window's language writes them: 4,9–6,7 s, 9,0–9,4 s."""
    return ", ".join(f"{seconds(begin)}–{seconds(end)} s" for begin, end in stretches)
