"""Per-slot options of `studio render`: --filter, --speed, --time and --fit."""

from __future__ import annotations

import argparse
from typing import Any

from studio.core.errors import StudioError
from studio.core.template.schema import FilterRef


class SlotOptionError(StudioError, ValueError):
    """A per-slot option written wrongly; the message shows the right form."""


def pair(text: str) -> tuple[str, str]:
    """An argparse type for NAME=VALUE."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got '{text}'")
    return key.strip(), value


def add_slot_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--filter", dest="filters", type=pair, action="append", default=[],
        metavar="SLOT=NAME[:STRENGTH][,KEY=VALUE...]",
        help="a filter for a slot instead of the template's, e.g. scene=vintage:0.6 or "
        "scene=lut,file=grade.cube; repeat to chain (see `studio filters`; 'none' removes it)",
    )  # fmt: skip
    parser.add_argument("--speed", dest="speeds", type=pair, action="append", default=[],
                        metavar="SLOT=FACTOR",
                        help="slow motion (0.5) or fast (up to 3)")  # fmt: skip
    parser.add_argument("--time", dest="time_effects", type=pair, action="append", default=[],
                        metavar="SLOT=EFFECT",
                        help="reverse, or freeze@SECONDS into the slot")  # fmt: skip
    parser.add_argument("--fit", dest="fits", type=pair, action="append", default=[],
                        metavar="SLOT=FIT", help="cover, contain, or follow (keeps the face in "
                        "frame when a 16:9 clip fills the 9:16 slot)")  # fmt: skip


def _filter_choice(value: str) -> FilterRef | None:
    """`vintage:0.6` -> a FilterRef; `lut,file=a.cube` with parameters; `none` -> None."""
    head, *pairs = value.split(",")
    name, _, strength = head.partition(":")
    if name == "none":
        return None
    amount = float(strength) if strength else 1.0
    if not 0 <= amount <= 1:
        raise ValueError(amount)
    params: dict[str, float | int | bool | str] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep:
            raise ValueError(pair)
        params[key.strip()] = _number_or_text(raw.strip())
    return FilterRef(name=name, strength=amount, params=params)


def _number_or_text(raw: str) -> float | str:
    try:
        return float(raw)
    except ValueError:
        return raw


def _time_effect(value: str) -> tuple[str, float | None]:
    """`reverse` -> ("reverse", None); `freeze@1.5` -> ("freeze", 1.5)."""
    effect, _, at = value.partition("@")
    if effect not in ("normal", "reverse", "freeze") or (at and effect != "freeze"):
        raise ValueError(value)
    return effect, float(at) if at else None


def slot_choices(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Per slot, the SlotInput fields the creator set with --filter/--speed/--time/--fit."""
    chosen: dict[str, dict[str, Any]] = {}
    for slot, value in args.filters:
        try:
            ref = _filter_choice(value)
        except ValueError:
            raise SlotOptionError("--filter takes SLOT=NAME[:STRENGTH][,KEY=VALUE...] with "
                               "STRENGTH from 0 to 1") from None  # fmt: skip
        looks = chosen.setdefault(slot, {}).setdefault("filters", ())
        chosen[slot]["filters"] = (*looks, ref) if ref else looks
    for slot, value in args.speeds:
        try:
            chosen.setdefault(slot, {})["speed"] = float(value)
        except ValueError:
            raise SlotOptionError("--speed takes SLOT=FACTOR, e.g. --speed scene=0.5") from None
    for slot, value in args.time_effects:
        try:
            effect, at = _time_effect(value)
        except ValueError:
            raise SlotOptionError("--time takes SLOT=reverse or SLOT=freeze@SECONDS") from None
        chosen.setdefault(slot, {}).update(time_effect=effect, freeze_at=at)
    for slot, value in args.fits:
        if value not in ("cover", "contain", "follow"):
            raise SlotOptionError("--fit takes SLOT=cover, SLOT=contain or SLOT=follow")
        chosen.setdefault(slot, {})["fit"] = value
    return chosen
