#!/usr/bin/env bash
# Builds dist/crossumer-studio_<version>_<arch>.deb and the portable
# dist/crossumer-studio-<version>-linux-<arch>.tar.gz from the PyInstaller folder dist/crossumer-studio/.
# The .deb: the bundle under /opt/crossumer-studio, `crossumer-studio` and `studio` in /usr/bin,
# the desktop entry, AppStream metainfo, the template package MIME type and hicolor icons;
# Depends found with ldd + dpkg -S (deb_depends.py). Run from the repository root (make package).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle="$root/dist/crossumer-studio"
icons="$root/packaging/icons/build"
share="$here/share"
app_id=studio.crossumer.CrossumerStudio
[[ -x "$bundle/studio" ]] || { echo "build-deb: no bundle at $bundle (run pyinstaller first)" >&2; exit 1; }
[[ -f "$icons/256.png" ]] || { echo "build-deb: no icons in $icons (run make_icons.py first)" >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/studio/__init__.py")
arch=$(dpkg --print-architecture)
stage="$root/build/deb/crossumer-studio_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin"

# The bundle, with Debian's modes: shared libraries and data 0644, executables 0755.
cp -a "$bundle" "$stage/opt/crossumer-studio"
find "$stage/opt" -type d -exec chmod 0755 {} +
find "$stage/opt" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/crossumer-studio/crossumer-studio" "$stage/opt/crossumer-studio/studio"
chmod 0755 "$stage"/opt/crossumer-studio/_internal/imageio_ffmpeg/binaries/ffmpeg*
ln -s /opt/crossumer-studio/crossumer-studio "$stage/usr/bin/crossumer-studio"
ln -s /opt/crossumer-studio/studio "$stage/usr/bin/studio"

install -Dm0644 "$share/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
install -Dm0644 "$share/$app_id.metainfo.xml" "$stage/usr/share/metainfo/$app_id.metainfo.xml"
install -Dm0644 "$share/crossumer-studio-mime.xml" "$stage/usr/share/mime/packages/crossumer-studio.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm0644 "$icons/$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/crossumer-studio.png"
done
install -Dm0644 "$root/packaging/icons/crossumer-studio.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/crossumer-studio.svg"
for page in crossumer-studio studio; do
  install -d "$stage/usr/share/man/man1"
  gzip -9nc "$share/$page.1" > "$stage/usr/share/man/man1/$page.1.gz"
  chmod 0644 "$stage/usr/share/man/man1/$page.1.gz"
done
install -Dm0644 "$share/lintian-overrides" "$stage/usr/share/lintian/overrides/crossumer-studio"

doc="$stage/usr/share/doc/crossumer-studio"
mkdir -p "$doc"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: crossumer-studio"
  echo "Comment: /opt/crossumer-studio bundles third-party libraries (Qt, OpenCV, FFmpeg, numpy,"
  echo " Pillow, pydantic, Python) under their own licences; see NOTICE below."
  echo
  echo "Files: *"
  echo "Copyright: Crossumer Studio"
  echo "License: MIT"
  sed -e 's/^$/./' -e 's/^/ /' "$root/LICENSE"
  echo
  echo "Files: opt/crossumer-studio/_internal/*"
  echo "Copyright: the respective upstream authors"
  echo "License: various"
  sed -e 's/^$/./' -e 's/^/ /' "$root/NOTICE"
} > "$doc/copyright"
printf 'crossumer-studio (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- Crossumer Studio <studio@crossumer.invalid>  %s\n' \
  "$version" "$version" "$(date -R -d @"${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc"/*

depends=$(python3 "$here/deb_depends.py" "$stage/opt/crossumer-studio")
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# Recommends: letters the bundled fonts lack (Chinese, Arabic, Hindi...) are drawn from the
# computer's fonts, found through fontconfig (studio/media/fallback_fonts.py)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: crossumer-studio
Version: $version
Architecture: $arch
Maintainer: Crossumer Studio <studio@crossumer.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: fontconfig, fonts-noto-core, fonts-noto-cjk
Section: video
Priority: optional
Homepage: https://crossumer.invalid/
Description: desktop studio for short vertical video
 Record clips in time with a soundtrack, fill a template's slots with your
 takes, add captions, looks and stickers, and export a finished video sized
 for TikTok, Instagram Reels and YouTube Shorts. Includes the window
 (crossumer-studio) and the command line (studio).
CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb="$root/dist/crossumer-studio_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z9 --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"
echo "Depends: $depends"

machine=$(uname -m)
tarball="$root/dist/crossumer-studio-${version}-linux-${machine}.tar.gz"
tar -C "$root/dist" --owner=0 --group=0 -czf "$tarball" crossumer-studio
echo "built $tarball ($(du -h "$tarball" | cut -f1))"
