"""`bench/designer_loop.py`: preview proxies per clip minute and `studio template frame`, alone.

The two figures of issue 23 that do not need a render, measured in a few minutes:
- proxy_s_per_minute: preparing the preview proxy of a phone-like 8 s clip (H.264 30 fps, a
  keyframe every 2 s, grain, as `bench/preview.py` makes them), seconds per clip minute, in a
  fresh data folder each time; for 1080x1920 untagged (the preview bench's clip) and 1080x1920
  tagged BT.709 (as phones tag theirs);
- proxy_decode_s_per_minute: ffmpeg decoding the same clip and nothing else, the floor for any
  proxy made from every frame;
- frame_cmd_s: `studio template frame templates/pov --at 4 -o f.png`, command to PNG, after one
  run that compiles the bytecode (an installed studio has it).
Each figure comes with its CPU time (user + sys of every process), which a shared machine
inflates far less than the wall time. Medians of `--runs` (default 3), runs alternating.
`--json` adds one JSON line. `STUDIO_BENCH_DIR` moves the work folder (the clips are kept).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._floor import WORK, _media

ROOT = Path(__file__).resolve().parent.parent
CLIP_SECONDS = 8
BT709 = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"]


def phone_clip(size: str, tags: list[str]) -> Path:
    """An 8 s clip with grain, H.264 30 fps, a keyframe every 2 s (as `bench/preview.py`)."""
    name = f"loop-{size}{'-bt709' if tags else ''}.mp4"
    matrix = ["-vf", "noise=alls=12:allf=t,scale=out_color_matrix=bt709"] if tags else [
        "-vf", "noise=alls=12:allf=t"]  # fmt: skip
    return _media(name, [
        "-f", "lavfi", "-i", f"testsrc2=s={size}:r=30:d={CLIP_SECONDS}", *matrix,
        "-c:v", "libx264", "-preset", "ultrafast", "-g", "60", "-keyint_min", "60",
        "-sc_threshold", "0", "-pix_fmt", "yuv420p", *tags,
    ])  # fmt: skip


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + sys, children included) and stdout of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done.stdout


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "STUDIO_DATA_DIR": str(data)}


def proxy_once(clip: Path) -> tuple[float, float]:
    """Seconds and CPU seconds per clip minute to prepare `clip`'s proxy, in a fresh data folder
    (in this process: the CPU time is make_proxy's and its ffmpeg's, not an interpreter's start)."""
    from studio.media.preview_proxy import make_proxy

    data = Path(tempfile.mkdtemp(prefix="proxy-", dir=WORK))
    os.environ["STUDIO_DATA_DIR"] = str(data)
    before, cpu = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time()
    started = time.perf_counter()
    try:
        make_proxy(clip)
        wall = time.perf_counter() - started
    finally:
        subprocess.run(["rm", "-rf", str(data)], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + after.ru_utime - before.ru_utime
    cpu += after.ru_stime - before.ru_stime
    return wall * 60 / CLIP_SECONDS, cpu * 60 / CLIP_SECONDS


def decode_once(clip: Path) -> tuple[float, float]:
    """Seconds and CPU seconds per clip minute for ffmpeg to decode `clip` and drop the frames."""
    from studio.media.ffmpeg import ffmpeg_exe

    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(clip),
               "-an", "-f", "null", "-"]  # fmt: skip
    wall, cpu, _ = timed(command, _env(WORK / "data"))
    return wall * 60 / CLIP_SECONDS, cpu * 60 / CLIP_SECONDS


def frame_once(out: Path) -> tuple[float, float]:
    """Seconds and CPU seconds from `studio template frame` to its PNG."""
    command = [sys.executable, "-m", "studio", "template", "frame", str(ROOT / "templates" / "pov"),
               "--at", "4", "-o", str(out)]  # fmt: skip
    wall, cpu, _ = timed(command, _env(WORK / "data"))
    return wall, cpu


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    WORK.mkdir(parents=True, exist_ok=True)
    clips = {"untagged": phone_clip("1080x1920", []), "bt709": phone_clip("1080x1920", BT709)}
    frame_once(WORK / "frame.png")  # compiles the bytecode
    proxy: dict[str, list[tuple[float, float]]] = {name: [] for name in clips}
    decode: list[tuple[float, float]] = []
    frame: list[tuple[float, float]] = []
    for _ in range(runs):
        for name, clip in clips.items():
            proxy[name].append(proxy_once(clip))
        decode.append(decode_once(clips["untagged"]))
        frame.append(frame_once(WORK / "frame.png"))

    def med(values: list[tuple[float, float]], index: int) -> float:
        return round(statistics.median(v[index] for v in values), 2)

    figures = {
        "proxy_s_per_minute": med(proxy["untagged"], 0),
        "proxy_cpu_s_per_minute": med(proxy["untagged"], 1),
        "proxy_bt709_s_per_minute": med(proxy["bt709"], 0),
        "proxy_bt709_cpu_s_per_minute": med(proxy["bt709"], 1),
        "proxy_decode_s_per_minute": med(decode, 0),
        "proxy_decode_cpu_s_per_minute": med(decode, 1),
        "frame_cmd_s": med(frame, 0),
        "frame_cmd_cpu_s": med(frame, 1),
        "runs": runs,
        "load": round(os.getloadavg()[0], 1),
    }
    print(f"proxy, 1080x1920 untagged: {figures['proxy_s_per_minute']} s per clip minute "
          f"(CPU {figures['proxy_cpu_s_per_minute']} s; target <= 8)")  # fmt: skip
    print(f"proxy, 1080x1920 BT.709:   {figures['proxy_bt709_s_per_minute']} s per clip minute "
          f"(CPU {figures['proxy_bt709_cpu_s_per_minute']} s)")  # fmt: skip
    print(f"decoding alone:            {figures['proxy_decode_s_per_minute']} s per clip minute "
          f"(CPU {figures['proxy_decode_cpu_s_per_minute']} s)")  # fmt: skip
    print(f"template frame:            {figures['frame_cmd_s']} s "
          f"(CPU {figures['frame_cmd_cpu_s']} s; target <= 1.5)")  # fmt: skip
    print(f"medians of {runs}, load {figures['load']}")
    if "--json" in sys.argv:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
