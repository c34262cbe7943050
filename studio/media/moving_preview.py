"""A template's own moving gallery preview (`"preview": "preview.mp4"` or `.webm`): its first frame
is the card's still picture, and a small muted looping GIF of its opening seconds plays on hover
(the gallery's loops are GIFs, which Qt plays without a multimedia module)."""

from __future__ import annotations

from pathlib import Path

from studio.core.template.loader import MOVING_PREVIEW_SUFFIXES
from studio.media.ffmpeg import MediaError, run_ffmpeg

LOOP_SECONDS = 4.0
LOOP_FPS = 10


def is_moving(preview: str | Path) -> bool:
    """True for a preview that is a clip, not a picture."""
    return Path(preview).suffix.lower() in MOVING_PREVIEW_SUFFIXES


def first_frame(video: Path, output: Path, width: int = 288) -> Path:
    """The clip's first frame as a PNG `width` pixels wide (written whole, then renamed)."""
    return _write(video, output, ["-frames:v", "1", "-vf", f"scale={width}:-2"], "png")


def preview_loop(video: Path, output: Path, width: int = 144) -> Path:
    """The clip's opening seconds as a muted looping GIF at 10 frames a second."""
    filters = f"fps={LOOP_FPS},scale={width}:-2:flags=lanczos"
    return _write(video, output, ["-t", f"{LOOP_SECONDS}", "-an", "-vf", filters, "-loop", "0"],
                  "gif")  # fmt: skip


def _write(video: Path, output: Path, args: list[str], kind: str) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial.{kind}")
    try:
        run_ffmpeg(["-i", str(video), *args, "-f", "image2" if kind == "png" else "gif",
                    str(partial)], timeout=60)  # fmt: skip
    except RuntimeError as exc:
        partial.unlink(missing_ok=True)
        raise MediaError(video, f"cannot read the moving preview ({exc})") from None
    partial.replace(output)
    return output
