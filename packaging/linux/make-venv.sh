#!/usr/bin/env bash
# Creates the project virtualenv and installs the studio (editable) with its dev tools.
set -euo pipefail
python="$1"
venv="$2"
[[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[dev,segmentation]"

# Person segmentation (the remove-background filter). mediapipe declares opencv-contrib-python:
# a second cv2 with its own Qt beside opencv-python-headless and PySide6. So it goes in on its own,
# without its declared dependencies; what its segmenter really imports at load is the
# `segmentation` extra above. Exactly 0.10.21: later releases upload usage metrics to Google
# while segmenting (tests/media/test_segmentation_offline.py). No wheel for this platform
# (ARM Linux or Windows, Python 3.13): the filter says so and the studio runs without it.
# tests/test_one_opencv.py fails if a second OpenCV ever lands here.
"$venv/bin/python" -m pip install -q --no-deps "mediapipe==0.10.21" ||
  echo "make-venv: no mediapipe for this platform; remove-background will be unavailable" >&2
