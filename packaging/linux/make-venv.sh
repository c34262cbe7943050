#!/usr/bin/env bash
# Creates the project virtualenv and installs the studio (editable) with its dev tools.
set -euo pipefail
python="$1"
venv="$2"
[[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[dev]"
