#!/usr/bin/env bash
# The command-line part of the smoke test, the same on Linux, macOS and Windows (Git Bash):
#   packaging/smoke-cli.sh STUDIO_EXECUTABLE OUT_DIR
# Runs the packaged `studio` in a clean environment (env -i: no virtualenv, no PYTHONPATH, a fresh
# HOME, an empty working folder): --version says packaged; template list; the bundled template
# `pov` rendered from a bundled sample and probed with the bundled ffmpeg (8 s, 1080x1920, H.264,
# AAC); `studio batch` of two rows in two spawned worker processes; `studio devices` listing
# whatever there is (no sound card is fine).
set -euo pipefail
studio="${1:?usage: smoke-cli.sh STUDIO_EXECUTABLE OUT_DIR}"
out="${2:?usage: smoke-cli.sh STUDIO_EXECUTABLE OUT_DIR}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
bundle=$(cd "$(dirname "$(realpath "$studio")")" && pwd)
[[ "$bundle" == */Contents/MacOS ]] && bundle=$(dirname "$bundle")  # macOS .app: search Contents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/empty"
fail() { echo "smoke-cli: FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

clean() {
  local keep=(PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8)
  case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*)  # Windows needs these to run anything at all
      keep=(PATH="$(cygpath -u "$SYSTEMROOT")/System32:/usr/bin" SYSTEMROOT="$SYSTEMROOT"
            USERPROFILE="$(cygpath -w "$work/home")" APPDATA="$(cygpath -w "$work/home")/AppData/Roaming"
            LOCALAPPDATA="$(cygpath -w "$work/home")/AppData/Local" TEMP="$(cygpath -w "$work")"
            TMP="$(cygpath -w "$work")") ;;
  esac
  (cd "$work/empty" && env -i "${keep[@]}" "$@")
}
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else echo "$1"; fi; }

step "studio --version"
version=$(clean "$studio" --version | tr -d '\r')
echo "$version"
[[ "$version" == *"(packaged build)"* ]] || fail "--version does not say packaged build: $version"

step "studio template list"
clean "$studio" template list | tee "$work/templates.txt"
grep -q "pov" "$work/templates.txt" || fail "the bundled template pov is not listed"

step "studio render pov from a bundled sample"
sample=$(find "$bundle" -path '*_bundled/resources/samples/dance-portrait.mp4' | head -1)
ffmpeg=$(find "$bundle" -path '*imageio_ffmpeg/binaries/ffmpeg*' -type f | head -1)
[[ -n "$sample" && -n "$ffmpeg" ]] || fail "the bundled samples or ffmpeg are missing from $bundle"
video="$out/pov-from-package.mp4"
rm -f "$video"
start=$(date +%s)
clean "$studio" render pov -o "$(native "$video")" --media "scene=$(native "$sample")" \
  --text "activity=test the installed package" --text "day=Monday" --quiet
echo "render took $(( $(date +%s) - start )) s"
probe=$("$ffmpeg" -hide_banner -i "$video" 2>&1 || true)
duration=$(sed -n 's/.*Duration: \([0-9:.]*\).*/\1/p' <<<"$probe")
echo "probed: duration $duration; $(grep -o 'Video: [a-z0-9]*' <<<"$probe");" \
  "$(grep -o '[0-9]\{3,4\}x[0-9]\{3,4\}' <<<"$probe" | head -1); $(grep -o 'Audio: [a-z]*' <<<"$probe")"
[[ "$duration" == 00:00:08.0* || "$duration" == 00:00:07.9* ]] || fail "duration $duration, expected 8 s"
grep -q "1080x1920" <<<"$probe" || fail "the render is not 1080x1920"
grep -q "Video: h264" <<<"$probe" || fail "the render is not H.264"
grep -q "Audio: aac" <<<"$probe" || fail "the render has no AAC audio"

step "studio batch: two rows in the local process pool (spawned workers of the frozen app)"
rows="$work/rows.csv"
{ echo "output,scene,activity,day"
  echo "one.mp4,$(native "$sample"),batch row one,Monday"
  echo "two.mp4,$(native "$sample"),batch row two,Tuesday"; } > "$rows"
batch_out="$out/batch"
rm -rf "$batch_out"
start=$(date +%s)
clean "$studio" batch pov "$(native "$rows")" -o "$(native "$batch_out")" --jobs 2 \
  --preset ultrafast --quiet || fail "studio batch exited with $?"
echo "batch took $(( $(date +%s) - start )) s"
for name in one two; do
  probe=$("$ffmpeg" -hide_banner -i "$batch_out/$name.mp4" 2>&1 || true)
  grep -q "1080x1920" <<<"$probe" || fail "the batch did not make $batch_out/$name.mp4"
done

step "studio devices"
clean "$studio" devices | tee "$work/devices.txt"
grep -q "Sound devices:" "$work/devices.txt" || fail "studio devices printed no sound section"
echo "smoke-cli: OK"
