#!/usr/bin/env bash
# The Debian tools `make package` and the smoke test use, installed only when missing:
# dpkg-deb (dpkg), desktop-file-validate, appstreamcli, lintian, xvfb-run, and binutils
# and patchelf (PyInstaller reads ELF headers with objdump; build-package.sh strips CPython's
# libraries and removes RUNPATHs naming the build machine).
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || { echo "package-deps: not a Debian system" >&2; exit 1; }
packages=(dpkg-dev desktop-file-utils appstream lintian xvfb xauth binutils patchelf)
exec bash "$(dirname "$0")/install-missing-debs.sh" "${packages[@]}"
