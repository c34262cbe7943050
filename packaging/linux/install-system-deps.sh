#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the studio and its tests need, only those missing.
# Elsewhere (no dpkg) it does nothing: the wheels carry what Windows and macOS need.
set -euo pipefail

command -v dpkg-query >/dev/null 2>&1 || exit 0

packages=(
  # Qt offscreen and in a window (FACTS.md: icccm and keysyms are the ones xcb needs)
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 xvfb xauth
  # tests/media/test_segmentation_offline.py watches person segmentation's system calls
  strace
  # PortAudio for sounddevice, and a virtual sound device where there is no sound card
  libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins
  # speech with known word times for the auto-captions tests
  espeak-ng
  # letters the bundled fonts lack (Arabic, Hebrew) drawn from the computer's fonts
  fontconfig fonts-dejavu-core
)
# A venv needs ensurepip, which Debian ships separately from Python.
if ! "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

exec bash "$(dirname "$0")/install-missing-debs.sh" "${packages[@]}"
