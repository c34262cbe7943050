"""`studio check VIDEO`, `studio hashtags` and `studio platforms`: getting a video ready to post."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from studio.cli.output import EXIT_OK, EXIT_PROBLEMS, fail, say

if TYPE_CHECKING:
    from studio.core.platforms import Platform

DEFAULT_PLATFORMS = ["tiktok", "reels", "shorts"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check", help="what a platform would reject or cut in a video, and how to fix it",
        description="Preflight a video file (and its caption) against platforms' rules. "
        "Exit code 1 when a platform would refuse or cut it.",
    )  # fmt: skip
    check.add_argument("video", type=Path)
    add_platform_option(check)
    check.add_argument("--caption", help="the caption to post, hashtags included")
    check.add_argument("--title", help="the title (YouTube Shorts shows one)")
    check.add_argument("--fix", type=Path, metavar="FOLDER",
                       help="write versions the platforms take: FOLDER/NAME-ID.mp4 "
                       "(exit code 1 when one still has an error)")  # fmt: skip
    check.set_defaults(handler=run_check)

    tags = commands.add_parser("hashtags", help="hashtag suggestions, offline, with reasons")
    tags.add_argument("--caption", default="", help="the caption so far")
    tags.add_argument("--template", type=Path, help="a template folder or bundled name")
    tags.add_argument("--text", action="append", default=[], help="words typed into blanks")
    tags.add_argument("--platform", default="tiktok", help="whose trending list (tiktok)")
    tags.add_argument("--limit", type=int, default=12)
    tags.set_defaults(handler=run_hashtags)

    listing = commands.add_parser("platforms", help="the platform presets and their limits")
    listing.set_defaults(handler=run_platforms)


def add_platform_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--platform", dest="platforms", action="append", metavar="ID",
                        help="tiktok, reels, shorts or custom; repeat for several "
                        "(default: tiktok, reels and shorts)")  # fmt: skip


def chosen_platforms(ids: list[str] | None) -> list[Platform]:
    """Platform presets by id; KeyError/ValueError name an unknown id or a broken presets file."""
    from studio.core.platforms import platform

    return [platform(key) for key in ids or DEFAULT_PLATFORMS]


def run_check(args: argparse.Namespace) -> int:
    from studio.core.platforms import PlatformError
    from studio.core.post.preflight import preflight
    from studio.media.conform import conform
    from studio.media.ffmpeg import MediaError
    from studio.media.measured_length import truncation
    from studio.media.probe import probe
    from studio.media.video_facts import video_facts

    try:
        platforms = chosen_platforms(args.platforms)
        facts = video_facts(args.video)
        # a file cut short is an error no platform setting fixes: the exit code says so
        broken = truncation(probe(args.video))
    except (KeyError, PlatformError) as exc:
        return fail(str(exc).strip("'\""))
    except MediaError as exc:
        return fail(str(exc))
    if args.fix:  # before any line of findings: the one line is the folder's problem
        try:
            args.fix.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            return fail(f"{args.fix}: is a file; --fix takes a folder for the fixed versions")
        except OSError as exc:
            return fail(f"{args.fix}: cannot make the folder ({exc.strerror or exc})")
    if broken is not None:
        say(f"{args.video}: error: {broken.message}")
    refused = broken is not None
    unfixed = False
    for target in platforms:
        findings = preflight(target, facts, args.caption, args.title)
        if not findings and broken is None:
            say(f"{target.name}: ready to post")
        for finding in findings:
            say(finding.line(target.name))
            refused |= finding.severity == "error"
        if args.fix:
            # named for its source too: fixing a.mp4 then b.mp4 into one folder replaced a's
            named = args.fix / f"{args.video.stem}-{target.id}.mp4"
            try:
                fixed = conform(args.video, facts, target, named, title=args.title)
                # what the fix could not mend (a video too short to post) is said and counted
                still = [f for f in preflight(target, video_facts(fixed), args.caption, args.title)
                         if f.severity == "error"]  # fmt: skip
            except MediaError as exc:
                return fail(str(exc))
            say(f"{target.name}: wrote {fixed}")
            for finding in still:
                say(f"{target.name}: {fixed} still: {finding.line(target.name)}")
            unfixed |= bool(still)
    refused_unfixed = refused and not args.fix
    return EXIT_PROBLEMS if refused_unfixed or unfixed or broken is not None else EXIT_OK


def run_hashtags(args: argparse.Namespace) -> int:
    from studio.core.platforms import platform
    from studio.core.post.suggest import TagHistory, load_platform_tags, suggest_hashtags
    from studio.core.template import TemplateError, load_template

    template_tags: list[str] = []
    if args.template:
        from studio.cli.template_path import resolve_template_path

        try:
            loaded = load_template(resolve_template_path(args.template))
        except TemplateError as exc:
            return fail(str(exc.problems[0]))
        template_tags = loaded.template.post.hashtags + loaded.template.tags
    try:
        name = platform(args.platform).name
    except KeyError as exc:
        return fail(str(exc).strip("'\""))
    suggestions = suggest_hashtags(
        caption=args.caption, template_tags=template_tags, texts=args.text,
        history=TagHistory.load(), platform_tags=load_platform_tags().get(args.platform),
        platform_name=name, limit=args.limit,
    )  # fmt: skip
    for item in suggestions:
        say(f"{item.tag:24} {', '.join(item.reasons)}")
    return EXIT_OK


def run_platforms(args: argparse.Namespace) -> int:
    from studio.core.platforms import PlatformError, load_platforms

    try:
        presets = load_platforms()
    except PlatformError as exc:
        return fail(str(exc))
    for key, p in presets.items():
        title = f", title {p.title_max}" if p.title_max else ""
        print(f"{key:8} {p.name}: {p.width}x{p.height}, {p.fps_min:g}-{p.fps_max:g} fps, "
              f"{p.min_duration:g}-{p.max_duration:g} s, caption {p.caption_max}, "
              f"hashtags {p.hashtags_max}{title}")  # fmt: skip
    return EXIT_OK
