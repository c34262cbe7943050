"""Remove background on a real person photograph: the person stays, the wall behind goes.

The photograph is NASA's public-domain portrait of Eileen Collins (tests/media/photos/README.md
says where it comes from). The model runs for real, through mediapipe, on this machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from studio.media import person_segmenter
from studio.media.filters import FilterError, build_filter
from studio.media.matte_cache import mattes_dir
from studio.media.person_matte import _movement_weights, smoothed
from studio.media.person_segmenter import SegmentationUnavailable, checked_model

PHOTO = Path(__file__).parent / "photos" / "astronaut-9x16.jpg"
ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def portrait() -> np.ndarray:
    """The portrait at 288x512 (9:16): her face centre is at about (145, 135)."""
    return np.asarray(Image.open(PHOTO).convert("RGB"))


def person_shape(width: int = 288, height: int = 512) -> np.ndarray:
    """A rough hand-made outline of the person in the portrait: head, then suit and neck ring."""
    shape = np.zeros((height, width), np.uint8)
    cv2.ellipse(shape, (147, 100), (72, 88), 0, 0, 360, 255, -1)  # hair and face
    body = np.array([[40, 190], [225, 190], [262, 260], [280, 340], [288, 512], [0, 512],
                     [0, 240]])  # fmt: skip
    cv2.fillPoly(shape, [body.astype(np.int32)], 255)  # shoulders out to the bottom edge
    cv2.circle(shape, (282, 445), 80, 0, -1)  # the helmet on her lap is not her
    return shape


def test_the_person_stays_and_the_wall_goes(portrait: np.ndarray) -> None:
    cut = build_filter("remove-background")
    try:
        out = cut.apply(portrait, 0.0)
    finally:
        cut.close()
    assert out.shape == (512, 288, 4)  # no background chosen: the cut carries alpha
    assert np.array_equal(out[..., :3], portrait)  # the picture itself is untouched
    alpha = out[..., 3]
    person = alpha > 127
    truth = person_shape() > 0
    iou = (person & truth).sum() / (person | truth).sum()
    assert iou > 0.85, iou
    assert alpha[120:150, 130:160].min() > 240  # the face is kept whole
    assert alpha[0:60, 250:288].max() < 16  # the studio wall above her shoulder goes
    assert alpha[0:40, 0:40].max() < 16  # and the top of the flag


def test_a_background_picture_replaces_the_wall(portrait: np.ndarray, tmp_path: Path) -> None:
    beach = tmp_path / "beach.png"
    Image.new("RGB", (90, 160), (20, 180, 230)).save(beach)
    cut = build_filter("remove-background", params={"background": str(beach)})
    try:
        out = cut.apply(portrait, 0.0)
    finally:
        cut.close()
    assert out.shape == (512, 288, 3)
    assert np.abs(out[20, 270].astype(int) - (20, 180, 230)).max() <= 3  # wall -> beach
    assert np.abs(out[135, 145].astype(int) - portrait[135, 145]).max() <= 3  # face kept


def test_a_clip_is_segmented_once_then_read_from_its_matte(
    portrait: np.ndarray, tmp_path: Path
) -> None:
    clip = tmp_path / "me.mp4"
    clip.write_bytes(b"stands for the clip the frames come from")
    frames = [np.roll(portrait, shift, axis=1) for shift in (0, 2, 4, 6)]

    def run() -> tuple[list[np.ndarray], int]:
        cut = build_filter("remove-background")
        cut.use_source(clip)
        try:
            outs = [cut.apply(frame, i / 30) for i, frame in enumerate(frames)]
        finally:
            cut.close()  # writes the matte file
        return outs, cut.matte.segmented  # type: ignore[attr-defined]

    first, segmented_first = run()
    assert segmented_first == 4
    assert len(list(mattes_dir().glob("*.mattes"))) == 1
    again, segmented_again = run()  # a second export
    assert segmented_again == 0
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    clip.write_bytes(b"the clip, changed since")  # a new size and time: a new matte
    _, segmented_changed = run()
    assert segmented_changed == 4


def test_smoothing_calms_flicker_but_follows_movement() -> None:
    weights = _movement_weights(0.7)
    previous = np.full((4, 4), 200, np.uint8)
    flicker = np.full((4, 4), 180, np.uint8)  # the model wavering on a still edge
    assert abs(int(smoothed(previous, flicker, weights)[0, 0]) - 194) <= 1  # 0.7 old, 0.3 new
    moved = np.full((4, 4), 10, np.uint8)  # an arm moved away: no ghost left behind
    assert smoothed(previous, moved, weights)[0, 0] == 10


def test_a_damaged_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "selfie_segmentation.tflite"
    data = bytearray(person_segmenter.model_path().read_bytes())
    data[1000] ^= 0xFF
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(person_segmenter, "model_path", lambda: damaged)
    checked_model.cache_clear()
    try:
        with pytest.raises(SegmentationUnavailable, match="its SHA-256 differs"):
            checked_model()
    finally:
        checked_model.cache_clear()


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)  # fmt: skip


def test_without_mediapipe_the_filter_says_so_in_one_line_and_the_rest_works() -> None:
    # ARM Linux and Windows and Python 3.13 have no mediapipe wheel: hide it from the import system
    result = _run(
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'mediapipe': raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from studio.media.filters import FilterError, build_filter, filter_names\n"
        "assert 'remove-background' in filter_names()\n"
        "build_filter('chroma-key')\n"
        "try:\n"
        "    build_filter('remove-background')\n"
        "except FilterError as exc:\n"
        "    print(exc.first_line, len(exc.lines))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "remove-background: person segmentation needs mediapipe, which is not installed here "
        "(there is none for ARM Linux or Windows, nor for Python 3.13) 1"
    )


def test_the_segmenter_loads_without_matplotlib_or_a_second_opencv() -> None:
    result = _run(
        "import sys, numpy as np\n"
        "from studio.media.person_segmenter import PersonSegmenter\n"
        "s = PersonSegmenter(); s.confidence(np.zeros((256, 144, 3), np.uint8)); s.close()\n"
        "print(sorted(m for m in ('matplotlib', 'absl', 'flatbuffers') if m in sys.modules))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_after_segmenting_mediapipe_can_still_be_looked_up() -> None:
    # the packaging spec (and any tool) asks importlib for mediapipe in a process that has segmented
    result = _run(
        "import importlib.util, numpy as np\n"
        "from studio.media.person_segmenter import PersonSegmenter\n"
        "s = PersonSegmenter(); s.confidence(np.zeros((256, 144, 3), np.uint8)); s.close()\n"
        "print(importlib.util.find_spec('mediapipe') is not None)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_an_unknown_background_is_named(tmp_path: Path) -> None:
    with pytest.raises(FilterError, match=r"remove-background background: .*gone\.mp4"):
        build_filter("remove-background", params={"background": str(tmp_path / "gone.mp4")})


def test_the_segmenter_starts_without_a_word_on_stderr() -> None:
    """MediaPipe's native logs (absl's notice, no GPU, the XNNPACK delegate, a deprecation)
    came out among the CLI's lines; in a process of its own, as the CLI is."""
    import subprocess
    import sys

    script = ("import numpy as np\nfrom studio.media.person_segmenter import PersonSegmenter\n"
              "s = PersonSegmenter()\ns.confidence(np.zeros((256, 144, 3), np.uint8))\n"
              "s.close()\nprint('segmented')")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "segmented\n", "")
    # the Windows window build has no console: sys.stderr is None there
    windowed = subprocess.run([sys.executable, "-c", "import sys\nsys.stderr = None\n" + script],
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert (windowed.returncode, windowed.stdout) == (0, "segmented\n")
