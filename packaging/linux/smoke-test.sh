#!/usr/bin/env bash
# Proves a built .deb on this machine: install it, use it from a clean environment, uninstall it.
#   packaging/linux/smoke-test.sh dist/crossumer-studio_<version>_<arch>.deb [OUT_DIR]
# Clean environment = `env -i` with PATH=/usr/bin:/bin, a fresh HOME, run from an empty folder:
# no virtualenv, no PYTHONPATH, no source tree on any path. Needs root (dpkg) and xvfb-run.
# Checks: --version says packaged; template list; a bundled template rendered from the bundled
# samples and probed (duration, size); `studio devices` with no sound card; the window shown
# under Xvfb and screenshotted; nothing written into /opt; purge removes every installed file
# and leaves the user's data. OUT_DIR (default dist/smoke) keeps the screenshot and the render.
set -euo pipefail
deb=$(realpath "${1:?usage: smoke-test.sh PACKAGE.deb [OUT_DIR]}")
out=$(realpath -m "${2:-$(dirname "$deb")/smoke}")
[[ $(id -u) -eq 0 ]] || { echo "smoke-test: needs root to install $deb" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home="$work/home"
run_dir="$work/empty"
mkdir -p "$home" "$run_dir"
watched=(/opt /usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor
         /usr/share/mime/packages /usr/share/doc /usr/share/lintian/overrides /usr/share/man/man1)
file_list() { find "${watched[@]}" -path /usr/share/icons/hicolor/icon-theme.cache -prune -o -print 2>/dev/null | sort; }
step() { echo "== $*"; }
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
# The clean environment every command of the installed package runs in.
clean() { (cd "$run_dir" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }

dpkg-query -W crossumer-studio >/dev/null 2>&1 && fail "crossumer-studio is already installed"
file_list > "$work/before.txt"
# Every path the package holds, and whether it existed before (shared folders such as /usr/bin do).
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' -e '/^$/d' | sort -u > "$work/package.txt"
while read -r path; do [[ -e "$path" || -L "$path" ]] && echo "$path"; done < "$work/package.txt" > "$work/preexisting.txt"

step "install $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg-query -L crossumer-studio | sort > "$work/installed.txt"
echo "$(wc -l < "$work/installed.txt") paths installed"
find /opt/crossumer-studio | sort > "$work/opt-before-use.txt"

# The command-line part, shared with the Windows and macOS runners.
bash "$(dirname "$0")/../smoke-cli.sh" /usr/bin/studio "$out"
[[ $(clean which studio) == /usr/bin/studio ]] || fail "studio is not /usr/bin/studio"

step "the window under Xvfb, screenshot"
shot="$out/window-from-package.png"
rm -f "$shot"
clean xvfb-run -a -s "-screen 0 1280x800x24" env STUDIO_SCREENSHOT="$shot" \
  timeout 120 crossumer-studio
[[ -s "$shot" ]] || fail "no screenshot"
size=$(stat -c %s "$shot")
echo "screenshot $shot ($size bytes)"
(( size > 20000 )) || fail "the screenshot is nearly empty: the window did not paint"

step "nothing written into the install folder; the user's data is in HOME"
find /opt/crossumer-studio | sort > "$work/opt-after-use.txt"
diff "$work/opt-before-use.txt" "$work/opt-after-use.txt" || fail "files appeared in /opt"
data="$home/.local/share/Crossumer/Crossumer Studio"
[[ -s "$data/logs/studio.log" ]] || fail "no log in $data/logs"
find "$home" -type f | sed "s|$home|~|" | sort > "$work/user-files.txt"
echo "user's files: $(wc -l < "$work/user-files.txt")"

step "purge"
dpkg --purge crossumer-studio >/dev/null
file_list > "$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt"; then fail "the purge left files behind (diff above)"; fi
while read -r path; do
  grep -qxF "$path" "$work/preexisting.txt" && continue
  if [[ -e "$path" || -L "$path" ]]; then fail "$path is still there"; fi
done < "$work/package.txt"
find "$home" -type f | sed "s|$home|~|" | sort | diff "$work/user-files.txt" - || fail "user's data changed"
echo "every installed file removed; the user's $(wc -l < "$work/user-files.txt") files kept"
echo "smoke-test: OK"
