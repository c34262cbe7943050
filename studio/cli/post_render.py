"""The posting side of `studio render`: preflight before the export, the kit after it."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from studio.cli.output import say
from studio.cli.post_cmd import add_platform_option, chosen_platforms
from studio.cli.slot_options import finite_float

if TYPE_CHECKING:
    from studio.core.platforms import Platform
    from studio.core.render_plan import RenderPlan


def add_post_options(parser: argparse.ArgumentParser) -> None:
    add_platform_option(parser)
    parser.add_argument("--kit", type=Path, metavar="FOLDER",
                        help="also write a posting kit: a video, caption.txt (and title.txt) "
                        "per platform and cover.jpg")  # fmt: skip
    parser.add_argument("--title", help="the title for platforms that show one (Shorts)")
    parser.add_argument("--cover", type=finite_float, default=0.0, metavar="SECONDS",
                        help="the frame the kit's cover image shows")  # fmt: skip
    parser.add_argument("--cover-title", help="large text drawn on the cover image")


def platforms_or_error(args: argparse.Namespace) -> list[Platform] | str:
    from studio.core.platforms import PlatformError

    try:
        return chosen_platforms(args.platforms)
    except (KeyError, PlatformError) as exc:
        return str(exc).strip("'\"")


def kit_problem(kit: Path, output: Path) -> str | None:
    """Why `--kit` cannot be written, said before the export: a kit replaces its folder."""
    from studio.media.kit import kit_target_problem

    folder = kit.absolute()
    if folder == output.absolute().parent or folder in output.absolute().parents:
        return "would hold the video itself: give the kit a folder of its own"
    return kit_target_problem(folder)


def warn_before_render(plan: RenderPlan, platforms: list[Platform], title: str | None) -> None:
    """Print what each platform would object to, before spending time on the export."""
    from studio.core.post.preflight import preflight
    from studio.media.text_measure import planned_text_boxes

    texts = planned_text_boxes(plan)
    for target in platforms:
        for finding in preflight(target, plan.planned_facts(), plan.post_text(), title, texts,
                                 (plan.width, plan.height)):  # fmt: skip
            say(f"studio: {finding.line(target.name)}", sys.stderr)


def after_render(args: argparse.Namespace, plan: RenderPlan, output: Path,
                 platforms: list[Platform], cancel: threading.Event) -> None:  # fmt: skip
    """Remember the tags used, and build the kit when asked; MediaError propagates."""
    from studio.core.post.caption import hashtags_in
    from studio.core.post.suggest import TagHistory

    caption = plan.post_text()
    history = TagHistory.load()
    try:
        history.record(hashtags_in(caption))
    except OSError as exc:  # a data folder that cannot be written: the video is made all the same
        say(f"studio: warning: {history.path}: the hashtag history cannot be saved "
            f"({exc.strerror or exc})", sys.stderr)  # fmt: skip
    if args.kit is None:
        return
    from studio.media.kit import make_kit
    from studio.media.text_measure import planned_text_boxes

    subtitles = tuple(p for p in (output.with_suffix(".srt"), output.with_suffix(".vtt"))
                      if plan.captions is not None and p.is_file())  # fmt: skip
    kit = make_kit(output, args.kit, platforms, caption, title=args.title or plan.title,
                   cover_at=args.cover, cover_title=args.cover_title,
                   texts=planned_text_boxes(plan), stop=cancel, subtitles=subtitles)  # fmt: skip
    print(f"kit: {kit.folder}")
    for entry in kit.entries:
        print(f"{entry.platform.name}: {entry.video}")
        print(f"  caption: {entry.caption.read_text(encoding='utf-8').strip()}")
