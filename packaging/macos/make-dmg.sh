#!/usr/bin/env bash
# macOS: sign (when a Developer ID is configured), package as a DMG, notarise and staple (when
# Apple credentials are configured). Run after PyInstaller has built dist/Crossumer Studio.app:
#   packaging/macos/make-dmg.sh VERSION
# Secrets, all optional (read from the environment; the workflow maps them from repository secrets):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)", already in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for `xcrun notarytool`
# Without them the DMG is built unsigned (it runs after right-click > Open) and a skip line says so.
set -euo pipefail
version="${1:?usage: make-dmg.sh VERSION}"
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging/macos"
app="$root/dist/Crossumer Studio.app"
dmg="$root/dist/crossumer-studio-$version-macos-$(uname -m).dmg"
[[ -d "$app" ]] || { echo "make-dmg: $app not found (run pyinstaller first)" >&2; exit 1; }

# A copy or an unzip can drop the executable bit of the bundled ffmpeg (it is collected as data).
find "$app" -path '*imageio_ffmpeg/binaries/ffmpeg*' -type f -exec chmod 0755 {} +
/usr/bin/plutil -lint "$app/Contents/Info.plist"
for key in NSCameraUsageDescription NSMicrophoneUsageDescription NSHighResolutionCapable CFBundleIdentifier; do
  /usr/libexec/PlistBuddy -c "Print :$key" "$app/Contents/Info.plist" >/dev/null \
    || { echo "make-dmg: Info.plist lacks $key" >&2; exit 1; }
done

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  echo "== codesign with the hardened runtime as $MACOS_SIGN_IDENTITY"
  sign() { codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
             --sign "$MACOS_SIGN_IDENTITY" "$@"; }
  # Inside out: every Mach-O (libraries, extension modules, ffmpeg) first, then the app itself.
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
  done < <(find "$app/Contents" -type f \( -perm -u+x -o -name '*.so' -o -name '*.dylib' \) -print0)
  sign "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "make-dmg: SKIP codesign: MACOS_SIGN_IDENTITY is not set (the app is unsigned)"
fi

echo "== DMG"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Crossumer Studio $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
[[ -n "${MACOS_SIGN_IDENTITY:-}" ]] && codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" && -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  echo "== notarise and staple"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
else
  echo "make-dmg: SKIP notarisation: needs MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD"
fi
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
