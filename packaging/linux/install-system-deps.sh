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
  # PortAudio for sounddevice, and a virtual sound device where there is no sound card
  libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins
)
# A venv needs ensurepip, which Debian ships separately from Python.
if ! "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
