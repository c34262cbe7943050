#!/usr/bin/env bash
# `make screenshots`: the studio in a real X window under Xvfb, screenshots into docs/.
set -euo pipefail
cd "$(dirname "$0")/../.."
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py
