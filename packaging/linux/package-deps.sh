#!/usr/bin/env bash
# The Debian tools `make package` and the smoke test use, installed only when missing:
# dpkg-deb (dpkg), desktop-file-validate, appstreamcli, lintian, xvfb-run, and binutils
# and patchelf (PyInstaller reads ELF headers with objdump; build-package.sh strips CPython's
# libraries and removes RUNPATHs naming the build machine).
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || { echo "package-deps: not a Debian system" >&2; exit 1; }
packages=(dpkg-dev desktop-file-utils appstream lintian xvfb xauth binutils patchelf)
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
