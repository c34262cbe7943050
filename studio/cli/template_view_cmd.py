"""`studio template frame|preview`: see a template filled with its examples while designing it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli.output import EXIT_OK, EXIT_PROBLEMS, fail, fail_lines
from studio.cli.slot_options import finite_float
from studio.core.errors import StudioError
from studio.core.template import load_template


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add frame and preview to `studio template`."""
    frame = sub.add_parser("frame", help="render one frame (or a contact sheet) to a PNG")
    frame.add_argument("folder", type=Path, help="the template folder")
    frame.add_argument("--at", type=finite_float, default=0.0, metavar="SECONDS",
                       help="time of the frame")  # fmt: skip
    frame.add_argument(
        "--sheet", nargs="?", const="slots", choices=["slots", "beats"],
        help="a labelled contact sheet: a frame per slot (default) or per beat",
    )  # fmt: skip
    frame.add_argument("--scale", type=float, default=1.0, help="size of the frame, 0.1 to 1")
    frame.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    frame.set_defaults(handler=run_frame)

    preview = sub.add_parser("preview", help="open a window that redraws on every save")
    preview.add_argument("folder", type=Path, help="the template folder")
    preview.set_defaults(handler=run_preview)


def run_frame(args: argparse.Namespace) -> int:
    from studio.media.template_example import (
        beat_cells,
        contact_sheet,
        example_plan,
        frame_at,
        save_png,
        slot_cells,
    )

    if not 0.1 <= args.scale <= 1.0:
        return fail("--scale must be between 0.1 and 1")
    if args.output.suffix.lower() != ".png":  # PNG data under another name misleads viewers
        return fail(f"{args.output}: the frame is written as PNG; name it .png")
    try:
        loaded = load_template(args.folder, preview_needed=False)  # frame makes the preview
        plan = example_plan(loaded)
        if not 0 <= args.at <= plan.duration:
            return fail(f"--at {args.at:g} is outside the video (0 to {plan.duration:g} s)")
        if args.sheet:
            cells = beat_cells(loaded, plan) if args.sheet == "beats" else slot_cells(loaded, plan)
            if not cells:
                return fail(f"{loaded.file}: no beats to make a sheet from (try --sheet slots)")
            picture = contact_sheet(plan, cells)
        else:
            picture = frame_at(plan, args.at, args.scale)
        save_png(picture, args.output)
    except StudioError as exc:  # the template, a sample, a filter: each named in one line
        return fail_lines(exc.lines)  # in order, each with its prefix
    except OSError as exc:
        return fail(f"{args.output}: cannot write ({exc.strerror or exc})")
    print(args.output)
    return EXIT_OK


def run_preview(args: argparse.Namespace) -> int:
    try:  # Qt only now: the rest of the CLI never loads it
        from studio.ui.template_preview.window import run_preview_window
    except ImportError as exc:
        print(f"studio: cannot open a window: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return int(run_preview_window(args.folder))
