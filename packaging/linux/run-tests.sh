#!/usr/bin/env bash
# The body of `make test`: lint, types, then the whole suite with a real sound device and Qt offscreen.
set -euo pipefail
bin=.venv/bin
export QT_QPA_PLATFORM=offscreen
eval "$(bash packaging/linux/virtual-sound.sh)"

echo "== ruff"
$bin/ruff check studio tests bench
$bin/ruff format --check studio tests bench
echo "== zizmor (the release workflow: pinned actions, least permissions, no injection)"
$bin/zizmor --offline --no-progress .github/workflows/
echo "== mypy"
$bin/mypy
echo "== pytest"
$bin/python -m pytest "$@"
