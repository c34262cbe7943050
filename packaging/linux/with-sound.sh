#!/usr/bin/env bash
# Runs a command with a sound device available (virtual where there is no sound card).
set -euo pipefail
eval "$(bash "$(dirname "$0")/virtual-sound.sh")"
exec "$@"
