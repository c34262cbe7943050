"""`studio render TEMPLATE -o out.mp4 --media SLOT=PATH --text BLANK=...`: export from a shell;
`--draft` renders a draft of the desktop app, `--add-text` / `--add-sticker` put the creator's
own words and stickers on the video."""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.cli.captions_cmd import add_caption_options, burn_captions
from studio.cli.output import EXIT_INTERRUPTED, fail, say, set_on_interrupt
from studio.cli.post_render import (
    add_post_options,
    after_render,
    kit_problem,
    platforms_or_error,
    warn_before_render,
)
from studio.cli.slot_options import (
    SlotOptionError,
    add_slot_options,
    finite_float,
    pair,
    slot_choices,
)
from studio.cli.template_path import resolve_template_path

if TYPE_CHECKING:
    from studio.core.project import Project
    from studio.core.template import LoadedTemplate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "render",
        help="fill a template and export an MP4",
        description="Fill a template with clips and text and export a vertical MP4 "
        "with its caption (also written to OUTPUT's .caption.txt).",
    )
    parser.add_argument("template", type=Path, nargs="?",
                        help="template folder, or a bundled template name (default: the "
                        "--draft's)")  # fmt: skip
    parser.add_argument("--draft", type=Path, metavar="DRAFT",
                        help="a draft saved by the desktop app: its clips, words, music and own "
                        "texts and stickers (the options below change them; the file is not "
                        "written)")  # fmt: skip
    parser.add_argument("-o", "--output", type=Path, required=True, help="the MP4 to write")
    parser.add_argument("--media", type=pair, action="append", default=[], metavar="SLOT=PATH",
                        help="a clip or photo for a slot (repeat per slot)")  # fmt: skip
    parser.add_argument("--in", dest="in_points", type=pair, action="append", default=[],
                        metavar="SLOT=SECONDS", help="where in its clip a slot starts")  # fmt: skip
    add_slot_options(parser)
    parser.add_argument("--text", type=pair, action="append", default=[], metavar="BLANK=TEXT",
                        help="the words for a blank (repeat per blank)")  # fmt: skip
    parser.add_argument("--add-text", action="append", default=[], metavar="SPEC",
                        help="words of your own on the video: WORDS@X,Y[,SCALE[,TURN]]"
                        "[@START-END], X and Y the centre as fractions of the frame, e.g. "
                        "'Sale!@0.5,0.2@1-4' (repeat for more)")  # fmt: skip
    parser.add_argument("--add-sticker", action="append", default=[], metavar="SPEC",
                        help="a sticker (PNG, GIF, WebP): FILE@X,Y[,SCALE[,TURN]][@START-END], "
                        "e.g. 'heart.png@0.8,0.3' (repeat for more)")  # fmt: skip
    parser.add_argument("--soundtrack", type=Path, help="your own audio file instead")
    parser.add_argument("--caption", help="the post caption (default: the template's)")
    parser.add_argument("--hashtags", help='hashtags, e.g. "#a #b" (default: the template\'s)')
    parser.add_argument("--preset", default="veryfast", help="x264 preset (default veryfast)")
    parser.add_argument("--crf", type=int, default=20, help="x264 quality, lower is better")
    parser.add_argument("--fps", type=int, help="frame rate (default: the template's)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_caption_options(parser)
    add_post_options(parser)
    parser.set_defaults(handler=run_render)


def run_render(args: argparse.Namespace) -> int:
    from studio.core.errors import Cancelled, StudioError
    from studio.core.fill import FillError
    from studio.core.template import load_template
    from studio.media.encoder import PRESETS, EncoderSettings
    from studio.media.ffmpeg import MediaError
    from studio.media.render import (
        RenderCancelled,
        check_output,
        input_warnings,
        output_target,
        prepare,
        render,
    )

    if args.preset not in PRESETS:
        return fail(f"unknown preset '{args.preset}' (use one of: {', '.join(PRESETS)})")
    if args.fps is not None and not 1 <= args.fps <= 120:  # 0 fell back to the template's
        return fail("--fps takes a frame rate from 1 to 120")
    try:
        in_points = {slot: finite_float(value) for slot, value in args.in_points}
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
    if args.template is None and args.draft is None:
        return fail("give a template, or --draft with a draft of the desktop app")
    if not args.output.suffix and not args.output.is_dir():  # `-o clip` is clip.mp4, as in batch
        args.output = args.output.with_name(args.output.name + ".mp4")
    try:  # before any work or warning: the one line is the output's problem
        check_output(output_target(args.output))
    except MediaError as exc:
        return fail(str(exc))
    if args.kit is not None and (problem := kit_problem(args.kit, args.output)):
        return fail(f"{args.kit}: {problem}")
    cancel = threading.Event()
    bar: ProgressBar | None = None
    try:
        path = resolve_template_path(args.template) if args.template else None
        # a designer's new template may have no preview picture yet
        loaded = load_template(path, preview_needed=False) if path else None
        # the same project the desktop app edits, so both export the same video
        project = build_project(loaded, args, in_points, chosen)
        plan = prepare(project.loaded, project.creator_input())
        for warning in input_warnings(plan):
            print(f"studio: {warning}", file=sys.stderr)
        warn_before_render(plan, platforms, args.title)
        bar = None if args.quiet else ProgressBar()
        with set_on_interrupt(cancel):
            plan, write_subtitles = burn_captions(args, plan, cancel, project.loaded)
            output = render(plan, args.output, EncoderSettings(args.preset, args.crf),
                            progress=bar, cancel=cancel)  # fmt: skip
            if bar:
                bar.done()
            say(str(output))
            for subtitles in write_subtitles(output):
                say(str(subtitles))
            print(plan.post_text())
            after_render(args, plan, output, platforms, cancel)
    except ValueError as exc:  # an own text's or sticker's spec
        return fail(str(exc))
    except FillError as exc:
        return _fail_lines([f"{args.template or args.draft}: {line}" for line in exc.lines])
    except StudioError as exc:
        return _fail_lines(exc.lines)
    except RenderCancelled:
        print(f"{_end_of_bar(bar)}studio: cancelled; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Cancelled:
        print(f"{_end_of_bar(bar)}studio: cancelled; the kit was not written", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def build_project(loaded: LoadedTemplate | None, args: argparse.Namespace,
                  in_points: dict[str, float], chosen: dict[str, dict[str, Any]]
                  ) -> Project:  # fmt: skip
    """The project the command line describes (a take given as --media brings its song): the
    --draft's, or a new one; ValueError for a bad own text or sticker, StudioError for a draft
    or a sticker file that cannot be used."""
    from studio.core.errors import Problem, StudioError
    from studio.core.project import (
        AddOverlay,
        DraftSlot,
        ExportSettings,
        Project,
        SetExport,
        SetField,
        SetMusic,
        SetSlot,
        SoundtrackChoice,
        TypeBlank,
    )
    from studio.media.overlay_geometry import own_items_from_specs

    if args.draft is not None:
        opened = Project.open(args.draft, loaded)
        if opened is None:
            raise StudioError(Problem(args.draft, "", "is not a readable draft"))
        project, project.path = opened, None  # edits here never write the creator's draft
    else:
        assert loaded is not None
        project = Project(loaded)
    if args.soundtrack is not None:
        project.execute(SetMusic(SoundtrackChoice(path=str(args.soundtrack), origin="creator")))
    for slot, path in args.media:
        project.put_media(slot, Path(path))
        options = dict(chosen.get(slot, {}))
        if "filters" in options:
            options["filters"] = list(options["filters"])
        options["in_point"] = in_points.get(slot, 0.0)
        current = project.slot(slot) or DraftSlot(media=path)
        project.execute(SetSlot(slot, current.model_copy(update=options)))
    for blank, text in args.text:
        project.execute(TypeBlank(blank, text))
    if args.caption is not None:  # None keeps the template's caption, filled in
        project.execute(SetField("caption", args.caption, "post", "caption"))
    if args.hashtags is not None:
        project.execute(SetField("hashtags", args.hashtags.split(), "post", "hashtags"))
    taken = tuple(item.id for item in project.state.overlays)
    for item in own_items_from_specs(args.add_text, args.add_sticker, taken=taken):
        project.execute(AddOverlay(item))
    project.execute(SetExport(ExportSettings(preset=args.preset, crf=args.crf, fps=args.fps)))
    return project


def _fail_lines(problems: list[str]) -> int:
    for problem in problems:
        say(f"studio: {problem}", sys.stderr)
    return 1


def _end_of_bar(bar: ProgressBar | None) -> str:
    """A line break after a progress bar that was drawn (`--quiet` draws none: an empty line
    came before its one line)."""
    return "\n" if bar is not None and bar.last >= 0 else ""


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
