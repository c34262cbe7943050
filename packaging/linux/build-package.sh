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
# CPython's libpython and lib-dynload modules (from pyenv or setup-python) carry debug info and
# symbols (~19 MB): stripped as dh_strip would. Not the wheels' libraries: auditwheel rewrote them
# with patchelf, and strip corrupts such files ("ELF load command address/offset not page-aligned",
# seen with numpy's OpenBLAS). Not the two executables either: PyInstaller appends its archive.
echo "== strip CPython's libraries"
find dist/crossumer-studio/_internal -maxdepth 1 -type f -name 'libpython*.so*' -print0 \
  | xargs -0 -r strip --strip-unneeded
find dist/crossumer-studio/_internal/python3*/lib-dynload -type f -name '*.so' -print0 \
  | xargs -0 -r strip --strip-unneeded
# mediapipe 0.10.21's native library (remove-background, the `_framework_bindings` extension)
# ships its symbol table: 7 of its 29 MB. auditwheel gave it an RPATH to mediapipe.libs, but
# stripping it is safe (checked: the RPATH stays, it loads, and the segmentation is bit-identical
# after `strip --strip-unneeded`).
echo "== strip mediapipe's library"
find dist/crossumer-studio/_internal -type f -name '_framework_bindings*.so' -path '*mediapipe*' \
  -print0 | xargs -0 -r strip --strip-unneeded
# PyInstaller copies CPython's libpython and lib-dynload modules as built, with a RUNPATH naming the
# build machine's Python (e.g. /root/.pyenv/...): never right on a user's machine, so removed.
echo "== RUNPATHs naming the build machine removed"
find dist/crossumer-studio -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
  | while IFS= read -r -d '' lib; do
      rpath=$(patchelf --print-rpath "$lib" 2>/dev/null || true)
      if [[ "$rpath" == /* && "$rpath" != *'$ORIGIN'* ]]; then patchelf --remove-rpath "$lib"; fi
    done
echo "== .deb and .tar.gz"
bash packaging/linux/build-deb.sh
echo "== lintian"
deb=$(ls dist/crossumer-studio_*.deb)
lintian --tag-display-limit 0 "$deb" | tee dist/lintian.txt
if grep -q '^E:' dist/lintian.txt; then echo "lintian reported errors" >&2; exit 1; fi
echo "== sizes"
"$bin/python" packaging/bundle_sizes.py
