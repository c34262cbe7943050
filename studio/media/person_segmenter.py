"""Person segmentation on this machine: MediaPipe's selfie model through its Tasks ImageSegmenter.

The model (`selfie_segmentation.tflite`, Apache-2.0, 249,505 bytes) ships in the studio's
resources with its licence; its SHA-256 is checked before it is handed to MediaPipe. mediapipe
itself is optional: it has no wheel for ARM Linux or Windows nor for Python 3.13, and it is
installed without its declared dependencies (they would put a second OpenCV with its own Qt
beside ours), so everything here says in one line why segmentation is unavailable instead of
failing at import.

Only mediapipe 0.10.21 is accepted. Later releases carry a usage-metrics uploader that
contacts Google while segmenting; the studio promises that nothing leaves the computer, and
tests/media/test_segmentation_offline.py watches the segmenter's system calls to keep it so.

Only the segmenter's own modules are imported. `import mediapipe` runs every task's package
(audio, text, the drawing helpers), which costs seconds and pulls in matplotlib; the packages
above the segmenter are stood in by empty packages pointing at mediapipe's folders instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.machinery
import importlib.metadata
import importlib.util
import os
import sys
import threading
import types
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from studio.core.errors import StudioError
from studio.core.resources import resource_path

MODEL_SHA256 = "9ee168ec7c8f2a16c56fe8e1cfbc514974cbbb7e434051b455635f1bd1462f5c"
MODEL_BYTES = 249_505
# the model looks at 256x256; a larger input only costs time (its mask is upsampled anyway)
INPUT_SHORT_SIDE = 256
FRAME_STEP_MS = 33  # VIDEO mode wants rising timestamps; the filter smooths over time itself
# the packages whose __init__ would import every task; stood in by empty packages
_PACKAGES = ("mediapipe", "mediapipe.tasks", "mediapipe.tasks.python",
             "mediapipe.tasks.python.vision")  # fmt: skip
# what is imported, by short name (the PyInstaller spec lists these: they are imported by name)
SEGMENTER_MODULES = {
    "segmenter": "mediapipe.tasks.python.vision.image_segmenter",
    "image": "mediapipe.python._framework_bindings.image",
    "frame": "mediapipe.python._framework_bindings.image_frame",
    "options": "mediapipe.tasks.python.core.base_options",
    "mode": "mediapipe.tasks.python.vision.core.vision_task_running_mode",
}
# the one release known to send nothing: 0.10.22 and later upload usage metrics to Google
MEDIAPIPE_VERSION = "0.10.21"


class SegmentationUnavailable(StudioError):
    """Person segmentation cannot run here (no mediapipe for this machine, a damaged model)."""


def model_path() -> Path:
    """The bundled selfie segmentation model."""
    return resource_path("models", "selfie_segmentation", "selfie_segmentation.tflite")


@cache
def checked_model() -> bytes:
    """The model's bytes, after checking they are the file the studio was tested with."""
    path = model_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SegmentationUnavailable(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) != MODEL_BYTES or hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise SegmentationUnavailable(f"{path}: is not the selfie segmentation model it should "
                                      "be (its SHA-256 differs); reinstall the studio")  # fmt: skip
    return data


_LOADING = threading.Lock()  # the preview's and an export's filters may both load it first


def _mediapipe() -> dict[str, Any]:
    """mediapipe's segmenter modules by short name; SegmentationUnavailable if not installed."""
    with _LOADING:
        return _load_mediapipe()


@cache
def _load_mediapipe() -> dict[str, Any]:
    spec = None
    if "mediapipe" not in sys.modules:
        try:
            spec = importlib.util.find_spec("mediapipe")
        except ImportError:
            spec = None
    if spec is None and "mediapipe" not in sys.modules:
        raise SegmentationUnavailable(
            "person segmentation needs mediapipe, which is not installed here"
            " (there is none for ARM Linux or Windows, nor for Python 3.13)"
        )
    try:
        version = importlib.metadata.version("mediapipe")
    except importlib.metadata.PackageNotFoundError:
        version = MEDIAPIPE_VERSION  # a bundle without the package's metadata: the pinned one
    if version != MEDIAPIPE_VERSION:
        raise SegmentationUnavailable(
            f"mediapipe {version} is installed; person segmentation uses only {MEDIAPIPE_VERSION}"
            " (later releases send usage data to Google)"
        )
    if spec is not None and spec.origin:
        root = Path(spec.origin).parent
        for name in _PACKAGES:
            folder = str(root.joinpath(*name.split(".")[1:]))
            package = types.ModuleType(name)
            package.__path__ = [folder]
            # a spec like a real package's, so importlib.util.find_spec("mediapipe") still
            # answers in this process (it raises on a module whose __spec__ is None)
            package.__spec__ = importlib.machinery.ModuleSpec(name, None, is_package=True)
            package.__spec__.submodule_search_locations = [folder]
            sys.modules[name] = package
    try:
        # importing the bindings opens mediapipe's native library, so a broken one is told when
        # the filter is chosen, not mid-export
        modules = {key: importlib.import_module(name) for key, name in SEGMENTER_MODULES.items()}
    except (ImportError, OSError, AttributeError) as exc:  # another mediapipe, a missing library
        raise SegmentationUnavailable(f"mediapipe cannot be loaded here ({exc})") from None
    return modules


@contextlib.contextmanager
def _native_logs_silenced() -> Iterator[None]:
    """MediaPipe's native code and TensorFlow Lite log to the process's stderr as the segmenter
    starts (absl's notice, "GPU support is not available", the XNNPACK delegate, a protobuf
    deprecation): five lines among the CLI's one line a problem, saying nothing to a creator.
    The environment variables meant for this are not read by these builds, so the descriptor
    itself points at the null device for the moment the segmenter starts."""
    if sys.stderr is not None:  # None in the Windows window build, which has no console
        sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:  # no descriptor 2 at all: nothing to keep quiet
        yield
        return
    try:
        with open(os.devnull, "wb") as null, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def unavailable_reason() -> str | None:
    """Why person segmentation cannot run on this machine (one line), or None when it can."""
    try:
        _mediapipe()
        checked_model()
    except SegmentationUnavailable as exc:
        return exc.first_line
    return None


def input_size(width: int, height: int) -> tuple[int, int]:
    """The size a frame is shrunk to for the model: its short side at 256, aspect kept."""
    scale = INPUT_SHORT_SIDE / max(1, min(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


class PersonSegmenter:
    """How likely each pixel of a small RGB picture is a person, as 0-255; one per stream."""

    def __init__(self) -> None:
        mp = _mediapipe()
        options = mp["segmenter"].ImageSegmenterOptions(
            base_options=mp["options"].BaseOptions(model_asset_buffer=checked_model()),
            running_mode=mp["mode"].VisionTaskRunningMode.VIDEO,
            output_confidence_masks=True,
            output_category_mask=False,
        )
        try:
            with _native_logs_silenced():
                self._segmenter = mp["segmenter"].ImageSegmenter.create_from_options(options)
        except (RuntimeError, ValueError, OSError) as exc:
            raise SegmentationUnavailable(f"the person segmenter did not start ({exc})") from None
        self._image = mp["image"]
        self._srgb = mp["frame"].ImageFormat.SRGB
        self._clock_ms = 0

    def confidence(self, picture: np.ndarray) -> np.ndarray:
        """0-255 person confidence at `picture`'s size (an RGB uint8 image, ideally small)."""
        self._clock_ms += FRAME_STEP_MS
        image = self._image.Image(image_format=self._srgb, data=np.ascontiguousarray(picture))
        result = self._segmenter.segment_for_video(image, self._clock_ms)
        mask = result.confidence_masks[0].numpy_view()
        mask = mask.reshape(mask.shape[:2])
        scaled: np.ndarray = cv2.convertScaleAbs(mask, alpha=255.0)
        return scaled

    def close(self) -> None:
        """Release the segmenter's native graph; safe to repeat."""
        segmenter, self._segmenter = self._segmenter, None
        if segmenter is not None:
            segmenter.close()
