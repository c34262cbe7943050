#!/usr/bin/env bash
# `make screenshots`: the studio in a real X window under Xvfb, screenshots into docs/.
set -euo pipefail
cd "$(dirname "$0")/../.."
export STUDIO_CAMERA="lavfi:testsrc2=size=1280x720:rate=30"
export STUDIO_DATA_DIR="$(mktemp -d)"
QT_QPA_PLATFORM=xcb bash packaging/linux/with-sound.sh \
  xvfb-run -a -s "-screen 0 ${STUDIO_SHOT_SIZE:-1280x800}x24" .venv/bin/python packaging/screenshots.py
