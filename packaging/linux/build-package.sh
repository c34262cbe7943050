#!/usr/bin/env bash
# The body of `make package`: icons, the PyInstaller folder, its checks, the .deb and the tarball.
#   packaging/linux/build-package.sh VENV_BIN     (run from the repository root)
set -euo pipefail
bin="${1:-.venv/bin}"
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
share=packaging/linux/share

echo "== icons"
QT_QPA_PLATFORM=offscreen "$bin/python" packaging/icons/make_icons.py
echo "== desktop entry and AppStream metainfo"
desktop-file-validate "$share/studio.crossumer.CrossumerStudio.desktop"
appstreamcli validate --no-net "$share/studio.crossumer.CrossumerStudio.metainfo.xml"
echo "== PyInstaller bundle"
rm -rf dist/crossumer-studio dist/crossumer-studio_*.deb dist/crossumer-studio-*.tar.gz
"$bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/crossumer-studio.spec
# As Debian's dh_strip does: symbols not needed for linking out of the shared libraries (libpython
# from pyenv/setup-python alone carries ~19 MB of debug info). Not the two executables: PyInstaller
# appends its archive to them, which strip would cut off.
echo "== strip the shared libraries"
find dist/crossumer-studio -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
  | xargs -0 file | grep 'not stripped' | cut -d: -f1 | xargs -r strip --strip-unneeded
echo "== .deb and .tar.gz"
bash packaging/linux/build-deb.sh
echo "== lintian"
deb=$(ls dist/crossumer-studio_*.deb)
lintian --tag-display-limit 0 "$deb" | tee dist/lintian.txt
if grep -q '^E:' dist/lintian.txt; then echo "lintian reported errors" >&2; exit 1; fi
echo "== sizes"
"$bin/python" packaging/bundle_sizes.py
