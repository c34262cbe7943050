#!/usr/bin/env bash
# Makes sure PortAudio has a real output and input device. Where the machine has no sound card
# it starts PulseAudio with a null sink (recipe and its catch in shared/FACTS.md) and prints the
# environment lines to source. Safe to run repeatedly.
set -uo pipefail

if [[ -n "$(ls /dev/snd/pcmC* 2>/dev/null)" ]]; then
  exit 0  # a real sound card: use it
fi
command -v pulseaudio >/dev/null 2>&1 || { echo "# no pulseaudio: sound tests will skip" >&2; exit 0; }

runtime="${STUDIO_SOUND_RUNTIME:-/tmp/studio-pulse-$(id -u)}"
mkdir -p "$runtime"
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
echo "export XDG_RUNTIME_DIR=$runtime"

if pactl info >/dev/null 2>&1; then
  exit 0
fi
cat > "$runtime/null.pa" <<PA
load-module module-null-sink sink_name=nullsink format=float32le rate=48000 channels=2
load-module module-native-protocol-unix
set-default-sink nullsink
set-default-source nullsink.monitor
PA
pulseaudio --daemonize=yes --exit-idle-time=-1 -n -F "$runtime/null.pa" >/dev/null 2>&1 || true
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
# An idle null sink works in 2 s blocks and stalls new streams: keep a silent stream playing.
if ! pgrep -f "pacat --playback --latency-msec=20" >/dev/null 2>&1; then
  nohup pacat --playback --latency-msec=20 --format=float32le --rate=48000 --channels=2 \
    /dev/zero >/dev/null 2>&1 &
fi
sleep 2.5
