"""The one error vocabulary: every studio error reads as lines naming file, place and reason."""

from pathlib import Path

import pytest

from studio.core.errors import Cancelled, Problem, StudioError
from studio.core.fill import FillError
from studio.core.template import TemplateError
from studio.media.ffmpeg import FfmpegStopped, MediaError, run_ffmpeg
from studio.media.filters import FilterError
from studio.media.render import InputError, RenderCancelled


def test_problem_reads_as_file_place_reason() -> None:
    assert str(Problem(Path("a/t.json"), "slots[1].duration", "must be more than 0")) == (
        "a/t.json: slots[1].duration: must be more than 0"
    )
    assert (
        str(Problem(Path("x.cube"), "line 4", "bad", "warning")) == "x.cube: line 4: warning: bad"
    )
    assert str(Problem(None, "", "blank 'who' is empty")) == "blank 'who' is empty"


def test_studio_error_takes_text_problems_or_both() -> None:
    error = StudioError(["first", Problem(Path("f.mp4"), "", "is a folder")])
    assert error.lines == ["first", "f.mp4: is a folder"]
    assert error.first_line == "first"
    assert str(StudioError("one line")) == "one line"


@pytest.mark.parametrize(
    "error",
    [
        MediaError("clip.mp4", "is not a video or photo"),
        FillError(["slot 'a' needs a clip"]),
        InputError(["clip.mp4: is audio only"]),
        TemplateError([Problem(Path("t.json"), "name", "is required")]),
        FilterError("unknown filter 'x'"),
    ],
)
def test_every_studio_failure_is_a_studio_error(error: Exception) -> None:
    assert isinstance(error, StudioError)
    assert "\n" not in error.first_line and error.first_line


def test_media_error_names_its_file() -> None:
    error = MediaError("clip.mp4", "permission denied")
    assert error.problems[0].file == Path("clip.mp4")
    assert str(error) == "clip.mp4: permission denied"


def test_cancelling_is_not_a_failure() -> None:
    assert issubclass(RenderCancelled, Cancelled) and not issubclass(Cancelled, StudioError)
    import threading

    stop = threading.Event()
    stop.set()
    with pytest.raises(FfmpegStopped) as caught:  # a stopped ffmpeg is a cancellation
        run_ffmpeg(
            ["-re", "-f", "lavfi", "-i", "anullsrc", "-t", "30", "-f", "null", "-"], stop=stop
        )
    assert isinstance(caught.value, Cancelled)
