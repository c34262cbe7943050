"""One OpenCV in the environment: the headless build, never a second cv2 beside it.

mediapipe declares `opencv-contrib-python`; installed with its dependencies it would put a second
`cv2` (with its own Qt 5) beside opencv-python-headless and PySide6, and whichever was unpacked
last would win. packaging/linux/make-venv.sh installs mediapipe with `--no-deps`; this fails if
anything ever pulls a second OpenCV in.
"""

from __future__ import annotations

from importlib import metadata

import cv2

OTHER_OPENCVS = ("opencv-python", "opencv-contrib-python", "opencv-contrib-python-headless")


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_only_the_headless_opencv_is_installed() -> None:
    assert _installed("opencv-python-headless")
    assert [name for name in OTHER_OPENCVS if _installed(name)] == []


def test_the_cv2_imported_is_the_headless_one() -> None:
    files = metadata.distribution("opencv-python-headless").files or []
    owned = {str(f) for f in files if str(f).startswith("cv2/")}
    assert "cv2/__init__.py" in owned
    assert cv2.__file__ is not None and cv2.__file__.replace("\\", "/").endswith("cv2/__init__.py")
    assert not hasattr(cv2, "face")  # a contrib module: present only in the contrib builds
