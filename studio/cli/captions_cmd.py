"""`studio captions MEDIA -o OUT.srt|.vtt|.json`: a clip's words transcribed on this computer."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from studio.cli.output import EXIT_INTERRUPTED, fail, fail_lines, say, set_on_interrupt

if TYPE_CHECKING:
    from studio.core.render_plan import RenderPlan
    from studio.core.template import LoadedTemplate
    from studio.media.speech.transcribe import SpeechRecogniser

FORMATS = (".srt", ".vtt", ".json")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--language, --model and --model-name, shared with `studio render --captions auto`."""
    from studio.media.speech.models import DEFAULT_MODEL, MODELS

    parser.add_argument("--language", help="the language spoken (en, it, de...; default: "
                        "detected among en, it, de)")  # fmt: skip
    parser.add_argument("--model", type=Path, metavar="PATH",
                        help="a local faster-whisper model folder to use")  # fmt: skip
    parser.add_argument("--model-name", choices=sorted(MODELS), default=DEFAULT_MODEL,
                        help=f"the model to fetch on first use (default {DEFAULT_MODEL}; "
                        "the .en ones are English only)")  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "captions",
        help="transcribe a clip's voice to SRT, VTT or JSON (words with times)",
        description="Transcribe what a clip says, offline, to subtitles (.srt, .vtt) or to "
        "its words with their times (.json). A take is heard through its microphone track. "
        "The speech model is fetched into the studio's data folder on first use.",
    )
    parser.add_argument("media", type=Path, help="the clip or take")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="OUT.srt, OUT.vtt or OUT.json")  # fmt: skip
    add_model_options(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress")
    parser.set_defaults(handler=run_captions)


def progress_line(label: str, quiet: bool) -> Callable[[float], None] | None:
    """A callback drawing `label  42%` on stderr, or None when quiet."""
    if quiet:
        return None
    last = [-1]

    def show(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\r{label} {percent:3d}%")
            sys.stderr.flush()
            if percent >= 100:
                sys.stderr.write("\n")

    return show


def recogniser_for(args: argparse.Namespace, cancel: threading.Event) -> SpeechRecogniser:
    """The recogniser for the command's model options, fetching the model on first use."""
    from studio.media.speech.model_fetch import ensure_model
    from studio.media.speech.transcribe import SpeechRecogniser

    fetching = progress_line(f"fetching the speech model {args.model_name}", args.quiet)

    def bytes_progress(done: int, total: int) -> None:
        if fetching is not None:
            fetching(done / max(1, total))

    folder = ensure_model(args.model, args.model_name, bytes_progress, cancel)
    return SpeechRecogniser(folder)


def run_captions(args: argparse.Namespace) -> int:
    from studio.core.atomic import write_text_atomically
    from studio.core.captions.subtitles import srt_text, vtt_text, words_json
    from studio.core.captions.timing import transcript_cues
    from studio.core.errors import Cancelled, StudioError
    from studio.media.speech.transcribe import NoSpeech, sound_source

    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        return fail(f"{args.output}: write .srt, .vtt or .json")
    if args.media.is_dir():
        return fail(f"{args.media}: is a folder, not a video")
    if not args.media.is_file():
        return fail(f"{args.media}: no such file")
    cancel = threading.Event()
    try:
        with set_on_interrupt(cancel):
            sound_source(args.media)  # a photo or a silent file: said before any model fetch
            recogniser = recogniser_for(args, cancel)
            try:
                shown = progress_line("transcribing", args.quiet)
                transcript = recogniser.transcribe(args.media, args.language, shown, cancel)
            finally:
                recogniser.close()
    except NoSpeech as exc:
        say(f"studio: {exc.first_line}", sys.stderr)
        return 0  # nothing to caption is an answer, not a failure; no file is written
    except StudioError as exc:
        return fail_lines(exc.lines)
    except Cancelled:
        print("\nstudio: cancelled; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    if suffix == ".json":
        text = words_json(transcript)
    else:
        cues = transcript_cues(transcript)
        text = srt_text(cues) if suffix == ".srt" else vtt_text(cues)
    write_text_atomically(args.output, text)
    say(str(args.output))
    return 0


def add_caption_options(parser: argparse.ArgumentParser) -> None:
    """`studio render`'s --captions, --caption-look and the model options."""
    from studio.core.captions.looks import CAPTION_LOOKS, DEFAULT_LOOK

    parser.add_argument("--captions", choices=("off", "auto"), default="off",
                        help="auto: transcribe the clips' voices, burn the captions in and "
                        "write OUTPUT.srt and OUTPUT.vtt beside the video")  # fmt: skip
    parser.add_argument("--caption-look", choices=sorted(CAPTION_LOOKS), default=None,
                        help=f"how the captions look (default: the template's, else "
                        f"{DEFAULT_LOOK})")  # fmt: skip
    add_model_options(parser)


def burn_captions(args: argparse.Namespace, plan: RenderPlan, cancel: threading.Event,
                  loaded: LoadedTemplate | None = None
                  ) -> tuple[RenderPlan, Callable[[Path], list[Path]]]:  # fmt: skip
    """The plan with auto captions when `--captions auto`, and the function that writes the
    subtitle files beside the finished export (returns the files written)."""
    if getattr(args, "captions", "off") != "auto":
        return plan, lambda output: []
    from studio.core.captions.planning import with_captions
    from studio.media.speech.video_captions import transcribe_plan, write_subtitles

    recogniser = recogniser_for(args, cancel)
    try:
        transcripts, notes = transcribe_plan(plan, recogniser, None, args.language,
                                             progress_line("transcribing", args.quiet),
                                             cancel)  # fmt: skip
    finally:
        recogniser.close()
    for note in notes:
        say(f"studio: {note}", sys.stderr)
    captioned = with_captions(plan, transcripts, args.caption_look,
                              template_folder=loaded.folder if loaded else None,
                              template=loaded.template if loaded else None)  # fmt: skip
    return captioned, lambda output: write_subtitles(captioned, transcripts, output)
