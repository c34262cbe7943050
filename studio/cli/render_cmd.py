"""`studio render TEMPLATE -o out.mp4 --media SLOT=PATH --text BLANK=...`: export from a shell."""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from studio.cli import EXIT_INTERRUPTED, fail
from studio.cli.post_render import (
    add_post_options,
    after_render,
    platforms_or_error,
    warn_before_render,
)
from studio.cli.slot_options import SlotOptionError, add_slot_options, pair, slot_choices


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "render",
        help="fill a template and export an MP4",
        description="Fill a template with clips and text and export a vertical MP4 "
        "with its caption (also written to OUTPUT's .caption.txt).",
    )
    parser.add_argument("template", type=Path, help="template folder, or a bundled template name")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the MP4 to write")
    parser.add_argument("--media", type=pair, action="append", default=[], metavar="SLOT=PATH",
                        help="a clip or photo for a slot (repeat per slot)")  # fmt: skip
    parser.add_argument("--in", dest="in_points", type=pair, action="append", default=[],
                        metavar="SLOT=SECONDS", help="where in its clip a slot starts")  # fmt: skip
    add_slot_options(parser)
    parser.add_argument("--text", type=pair, action="append", default=[], metavar="BLANK=TEXT",
                        help="the words for a blank (repeat per blank)")  # fmt: skip
    parser.add_argument("--soundtrack", type=Path, help="your own audio file instead")
    parser.add_argument("--caption", help="the post caption (default: the template's)")
    parser.add_argument("--hashtags", help='hashtags, e.g. "#a #b" (default: the template\'s)')
    parser.add_argument("--preset", default="veryfast", help="x264 preset (default veryfast)")
    parser.add_argument("--crf", type=int, default=20, help="x264 quality, lower is better")
    parser.add_argument("--fps", type=int, help="frame rate (default: the template's)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_post_options(parser)
    parser.set_defaults(handler=run_render)


def resolve_template_path(value: Path) -> Path:
    """A folder path as given, or the name of a bundled template."""
    from studio.core.resources import bundled_templates_dir

    if value.exists() or len(value.parts) > 1:
        return value
    return bundled_templates_dir() / value.name


def run_render(args: argparse.Namespace) -> int:
    from studio.core.errors import Cancelled, StudioError
    from studio.core.fill import CreatorInput, FillError, SlotInput
    from studio.core.template import load_template
    from studio.media.encoder import PRESETS, EncoderSettings
    from studio.media.render import RenderCancelled, prepare, render

    if args.preset not in PRESETS:
        return fail(f"unknown preset '{args.preset}' (use one of: {', '.join(PRESETS)})")
    try:
        in_points = {slot: float(value) for slot, value in args.in_points}
    except ValueError:
        return fail("--in takes SLOT=SECONDS, e.g. --in scene=2.5")
    try:
        chosen = slot_choices(args)
    except SlotOptionError as exc:
        return fail(str(exc))
    platforms = platforms_or_error(args)
    if isinstance(platforms, str):
        return fail(platforms)
    if unknown := sorted(set(chosen) - {slot for slot, _ in args.media}):
        return fail(f"options name slot '{unknown[0]}', which has no --media")
    given = CreatorInput(
        slots={
            slot: SlotInput(Path(path), in_points.get(slot, 0.0), **chosen.get(slot, {}))
            for slot, path in args.media
        },
        blanks=dict(args.text),
        soundtrack=args.soundtrack,
        caption=args.caption,
        hashtags=tuple(args.hashtags.split()) if args.hashtags is not None else None,
        fps=args.fps,
    )
    cancel = threading.Event()
    try:
        loaded = load_template(resolve_template_path(args.template))
        plan = prepare(loaded, given)
        warn_before_render(plan, platforms, args.title)
        bar = None if args.quiet else ProgressBar()
        with _cancel_on_interrupt(cancel):
            output = render(plan, args.output, EncoderSettings(args.preset, args.crf),
                            progress=bar, cancel=cancel)  # fmt: skip
            if bar:
                bar.done()
            print(output)
            print(plan.post_text())
            after_render(args, plan, output, platforms, cancel)
    except FillError as exc:
        return _fail_lines([f"{args.template}: {line}" for line in exc.lines])
    except StudioError as exc:
        return _fail_lines(exc.lines)
    except RenderCancelled:
        print("\nstudio: cancelled; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Cancelled:
        print("\nstudio: cancelled; the kit was not written", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def _fail_lines(problems: list[str]) -> int:
    for problem in problems:
        print(f"studio: {problem}", file=sys.stderr)
    return 1


@contextmanager
def _cancel_on_interrupt(cancel: threading.Event) -> Iterator[None]:
    """Ctrl-C (or SIGTERM) sets the cancel event, so the render cleans up instead of dying
    mid-write; the handlers that were there before come back afterwards."""

    def handler(signum: int, frame: FrameType | None) -> None:
        cancel.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


class ProgressBar:
    """`[#####.....]  42%  ETA 0:07` on stderr, redrawn in place."""

    def __init__(self) -> None:
        self.width = max(10, min(40, shutil.get_terminal_size().columns - 30))
        self.last = -1

    def __call__(self, progress: object) -> None:
        fraction = getattr(progress, "fraction", 0.0)
        eta = getattr(progress, "eta", None)
        percent = int(fraction * 100)
        if percent == self.last:
            return
        self.last = percent
        filled = int(self.width * fraction)
        left = f"ETA {int(eta) // 60}:{int(eta) % 60:02d}" if eta is not None else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}%  {left}  ")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")
