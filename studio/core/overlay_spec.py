"""Own texts and stickers written on one line, for the command line and batch rows:

`WORDS@X,Y[,SCALE[,TURN]][@START-END]` and `FILE@X,Y[,SCALE[,TURN]][@START-END]`: X and Y are the
centre as fractions of the frame (0.5,0.5 is the middle), SCALE a size factor, TURN degrees
clockwise, START-END seconds (an empty END lasts to the end). Words may hold `@` themselves
(`@bestie@0.5,0.2`): only trailing parts that read as a place or a time are taken.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pydantic import ValidationError

from studio.core.overlays import OwnSticker, OwnText, new_overlay_id

_NUMBER = r"-?(?:\d+\.?\d*|\.\d+)"
PLACE = re.compile(rf"^({_NUMBER}),({_NUMBER})(?:,({_NUMBER}))?(?:,({_NUMBER}))?$")
TIMES = re.compile(rf"^({_NUMBER})-({_NUMBER})?$")
SPEC_HELP = "WORDS@X,Y[,SCALE[,TURN]][@START-END], e.g. 'Sale!@0.5,0.2@1-4'"


@dataclass(frozen=True)
class Spec:
    """One line read: what (words or a file) and the item's fields it sets."""

    what: str
    fields: dict[str, float | None]
    scaled: bool  # SCALE was given (a sticker without one is fitted by its picture's size)


def read_spec(spec: str) -> Spec:
    """The parts of one line; ValueError says what is wrong with it."""
    rest, scaled = spec, False
    fields: dict[str, float | None] = {}
    while "@" in rest:
        head, _, tail = rest.rpartition("@")
        tail = tail.strip()
        if (times := TIMES.match(tail)) and "start" not in fields and "x" not in fields:
            fields["start"] = float(times.group(1))
            fields["end"] = float(times.group(2)) if times.group(2) else None
        elif (place := PLACE.match(tail)) and "x" not in fields:
            fields["x"], fields["y"] = float(place.group(1)), float(place.group(2))
            if place.group(3):
                fields["scale"], scaled = float(place.group(3)), True
            if place.group(4):
                fields["rotation"] = float(place.group(4))
        else:
            break
        rest = head
    if not rest.strip():
        raise ValueError(f"{_quoted(spec)} has no words or file before its place ({SPEC_HELP})")
    if any(v is not None and not math.isfinite(v) for v in fields.values()):
        raise ValueError(f"{_quoted(spec)} has a number that is not finite")
    return Spec(rest, fields, scaled)


def text_from_spec(spec: str, taken: list[str]) -> OwnText:
    """An own text from one line; ValueError names the problem."""
    read = read_spec(spec)
    try:
        return OwnText.model_validate(
            {"id": new_overlay_id(taken, "text"), "text": read.what, **read.fields}
        )
    except ValidationError as exc:
        raise ValueError(f"{_quoted(spec)}: {_first(exc)}") from None


def sticker_from_spec(spec: str, taken: list[str], fitted_scale: float) -> OwnSticker:
    """An own sticker from one line; without a SCALE it takes `fitted_scale`."""
    read = read_spec(spec)
    fields = dict(read.fields)
    if not read.scaled:
        fields["scale"] = fitted_scale
    try:
        return OwnSticker.model_validate(
            {"id": new_overlay_id(taken, "sticker"), "path": read.what.strip(), **fields}
        )
    except ValidationError as exc:
        raise ValueError(f"{_quoted(spec)}: {_first(exc)}") from None


def _quoted(spec: str, longest: int = 80) -> str:
    """The line quoted in a message: a 5000-character text is cut in its middle, so the message
    stays one line that still shows the place at its end."""
    if len(spec) > longest:
        spec = spec[: longest // 2] + "…" + spec[-(longest // 2) :]
    return f"'{spec}'"


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}"
