"""`bench/export.py --floor`: the studio's export against the encoder's floor, in one run.

- ref15_s, ref15_tree_mb: REF-15 rendered by the studio in a process of its own, its wall time
  and the sampled peak of its whole process tree (decoders, encoder, audio mix included);
- floor_s: x264 alone (the studio's preset and flags, x264's own threading) encoding the
  frames the studio's REF-15 render gives its encoder, read raw (yuv420p) from a file: no
  render can be faster on this machine;
- floor_decoded_s: the same for the frames decoded from the studio's output (the floor of the
  earlier rounds: easier frames, since x264 took their grain out), and ref15_vs_decoded_floor;
- uhd_tree_mb: a 3840x2160 landscape clip with its own sound cover-cropped into the portrait
  POV template (the path that peaked at 1.97 GB);
- proxy_s_per_minute: preparing the preview proxy of a 1920x1080 phone-like clip;
- frame_cmd_s: `studio template frame templates/pov --at 4 -o f.png`, command to PNG.
Renders alternate with the floor, medians of `runs`; `STUDIO_BENCH_DIR` moves the work folder.
`--sources` adds the other large inputs (4K portrait, an 8K photo, a 4K HLG clip, a 12-minute
song) as `sources_tree_mb`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._ref15 import FPS, HEIGHT, WIDTH
from bench._tree import sampled

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("STUDIO_BENCH_DIR") or Path(tempfile.gettempdir()) / "studio-bench")
POV = ROOT / "templates" / "pov"


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "STUDIO_DATA_DIR": str(data_dir)}


def _media(name: str, args: list[str]) -> Path:
    from studio.media.ffmpeg import run_ffmpeg

    path = WORK / name
    if not path.exists():
        run_ffmpeg([*args, str(path)], timeout=1800)
    return path


def uhd_clip(size: str = "3840x2160", seconds: int = 8) -> Path:
    """A 4K clip with grain and a voice-like tone, as a phone films it."""
    return _media(f"uhd-{size}.mp4", [
        "-f", "lavfi", "-i", f"testsrc2=s={size}:r=30:d={seconds}",
        "-f", "lavfi", "-i", f"sine=frequency=220:sample_rate=48000:duration={seconds}",
        "-vf", "noise=alls=12:allf=t", "-c:v", "libx264", "-preset", "ultrafast",
        "-g", "60", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
    ])  # fmt: skip


def hdr_uhd_clip(seconds: int = 8) -> Path:
    """A 4K HLG clip in 10-bit HEVC with sound, as an iPhone films HDR video (tone mapped on
    the way in: float pictures in the decoder's filter graph)."""
    return _media("hdr-uhd.mov", [
        "-f", "lavfi", "-i", f"testsrc2=s=3840x2160:r=30:d={seconds}",
        "-f", "lavfi", "-i", f"sine=frequency=220:sample_rate=48000:duration={seconds}",
        "-vf", "noise=alls=12:allf=t,format=yuv420p10le", "-c:v", "libx265",
        "-preset", "ultrafast", "-x265-params", "log-level=error", "-color_primaries", "bt2020",
        "-color_trc", "arib-std-b67", "-colorspace", "bt2020nc", "-c:a", "aac", "-shortest",
    ])  # fmt: skip


def photo_8k() -> Path:
    """An 8K (7680x4320) JPEG with detail."""
    return _media("photo-8k.jpg", [
        "-f", "lavfi", "-i", "testsrc2=s=7680x4320:d=1", "-frames:v", "1", "-q:v", "3",
    ])  # fmt: skip


def long_song(minutes: int = 12) -> Path:
    """A 12-minute AAC song."""
    return _media(f"song-{minutes}min.m4a", [
        "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={minutes * 60}",
        "-c:a", "aac", "-b:a", "192k",
    ])  # fmt: skip


def phone_clip(seconds: int = 20) -> Path:
    return _media(f"phone-{seconds}s.mp4", [
        "-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=30:d={seconds}",
        "-vf", "noise=alls=12:allf=t", "-c:v", "libx264", "-preset", "ultrafast",
        "-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-pix_fmt", "yuv420p",
    ])  # fmt: skip


def render_pov(media: Path, out: Path, extra: list[str] | None = None) -> tuple[float, float]:
    """Wall and tree peak of `studio render pov` with `media` in its one slot."""
    command = [sys.executable, "-m", "studio", "render", str(POV), "-o", str(out),
               "--media", f"scene={media}", "--text", "activity=film in 4K", "--text", "day=Sunday",
               "--quiet", *(extra or [])]  # fmt: skip
    wall, peak, _ = sampled(command, _env(WORK / "data"))
    return wall, peak


def raw_frames(video: Path) -> Path:
    """The frames of `video` decoded, as one raw yuv420p file (the encoder's own input format).
    They are easier for x264 than the frames it was given: its own encoding took the grain
    out (REF-15's come out 15% smaller and encode 5-15% faster)."""
    from studio.media.ffmpeg import run_ffmpeg

    raw = WORK / "ref15-decoded.yuv"
    run_ffmpeg(["-y", "-i", str(video), "-f", "rawvideo", "-pix_fmt", "yuv420p", str(raw)],
               timeout=1800)  # fmt: skip
    return raw


def composed_frames() -> Path:
    """REF-15's frames exactly as the studio's render pipes them to x264, as one raw file."""
    from bench.export import ref15_plan
    from studio.media.compositor import Compositor

    plan = ref15_plan()
    raw = WORK / "ref15-composed.yuv"
    compositor = Compositor(plan)
    try:
        with raw.open("wb") as out:
            for index in range(plan.frame_count):  # as media/render.py steps through them
                t = plan.frame_time(index)
                out.write(compositor.frame_i420_at(t).data)
                compositor.release_passed(t)
                compositor.open_upcoming(t)
    finally:
        compositor.close()
    return raw


def floor_once(raw: Path) -> float:
    """Seconds for x264 alone, with the studio's settings, to encode `raw`."""
    from studio.media.ffmpeg import ffmpeg_exe

    subprocess.run(["cat", str(raw)], stdout=subprocess.DEVNULL, check=True)  # in page cache
    command = [
        ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{WIDTH}x{HEIGHT}", "-r", str(FPS),
        "-i", str(raw), "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
        "-profile:v", "high", "-g", str(FPS * 2), "-keyint_min", str(FPS), "-flags", "+cgop",
        "-sc_threshold", "0", "-f", "mp4", str(WORK / "floor.mp4"),
    ]  # fmt: skip
    started = time.monotonic()
    subprocess.run(command, check=True)
    return time.monotonic() - started


def proxy_once(clip: Path) -> float:
    """Seconds per clip minute to prepare `clip`'s proxy, in a fresh data folder."""
    data = Path(tempfile.mkdtemp(prefix="proxy-", dir=WORK))
    code = (
        "import sys,time;from pathlib import Path;"
        "from studio.media.preview_proxy import make_proxy;"
        "t=time.monotonic();make_proxy(Path(sys.argv[1]));print(time.monotonic()-t)"
    )
    _, _, out = sampled([sys.executable, "-c", code, str(clip)], _env(data))
    subprocess.run(["rm", "-rf", str(data)], check=True)
    from studio.media.probe import probe

    return float(out.strip()) / (probe(clip).duration / 60)


def frame_cmd_once() -> float:
    """Seconds from `studio template frame` to its PNG."""
    command = [sys.executable, "-m", "studio", "template", "frame", str(POV), "--at", "4",
               "-o", str(WORK / "frame.png")]  # fmt: skip
    wall, _, _ = sampled(command, _env(WORK / "data"))
    return wall


def ref15_once(measure_one: list[str]) -> tuple[float, float]:
    wall, peak, _ = sampled(measure_one, _env(WORK / "data"))
    return wall, peak


def sources_tree_mb() -> dict[str, object]:
    """Tree peaks (MB) for the other large inputs the studio must take in under 1 GB; a render
    that fails gives `{"error": its last line}`, and the others are still measured."""
    out = WORK / "source.mp4"
    renders = {
        "uhd_portrait": lambda: render_pov(uhd_clip("2160x3840"), out),
        "photo_8k": lambda: render_pov(photo_8k(), out),
        "hdr_uhd": lambda: render_pov(hdr_uhd_clip(), out),
        "song_12min": lambda: render_pov(phone_clip(), out, ["--soundtrack", str(long_song())]),
    }
    peaks: dict[str, object] = {}
    for name, run in renders.items():
        try:
            peaks[name] = round(run()[1])
        except SystemExit as exc:  # `sampled` exits with the failed command's error
            lines = str(exc.code).strip().splitlines()
            peaks[name] = {"error": lines[-1] if lines else "failed"}
    return peaks


def one_figure(name: str) -> None:
    """Print one tree peak (MB) alone: `--figure uhd|uhd_portrait|photo_8k|hdr_uhd|song_12min`."""
    WORK.mkdir(exist_ok=True)
    out = WORK / f"{name}.mp4"
    if name == "uhd":
        print(round(render_pov(uhd_clip(), out)[1]))
    elif name == "uhd_portrait":
        print(round(render_pov(uhd_clip("2160x3840"), out)[1]))
    elif name == "photo_8k":
        print(round(render_pov(photo_8k(), out)[1]))
    elif name == "hdr_uhd":
        print(round(render_pov(hdr_uhd_clip(), out)[1]))
    elif name == "song_12min":
        print(round(render_pov(phone_clip(), out, ["--soundtrack", str(long_song())])[1]))


def floor_run(script: Path, runs: int, with_sources: bool) -> dict[str, object]:
    """Every figure of the issue, measured in this run; medians of `runs`."""
    WORK.mkdir(exist_ok=True)
    one = [sys.executable, str(script), "--one", "studio"]
    ref15, trees, floors, decoded_floors, uhd, proxies, frames = [], [], [], [], [], [], []
    clip, phone = uhd_clip(), phone_clip()
    load_before = os.getloadavg()[0]
    composed: Path | None = None
    decoded: Path | None = None
    for _ in range(runs):
        wall, peak = ref15_once(one)
        ref15.append(wall)
        trees.append(peak)
        composed = composed or composed_frames()  # what the render gave x264
        decoded = decoded or raw_frames(WORK / "studio-15.mp4")  # what came out of it
        floors.append(floor_once(composed))
        decoded_floors.append(floor_once(decoded))
        uhd.append(render_pov(clip, WORK / "uhd.mp4")[1])
        proxies.append(proxy_once(phone))
        frames.append(frame_cmd_once())
    for raw in (composed, decoded):
        if raw is not None:
            raw.unlink(missing_ok=True)
    med = statistics.median
    figures: dict[str, object] = {
        "ref15_s": round(med(ref15), 2),
        "floor_s": round(med(floors), 2),
        "ref15_vs_floor": round(med(ref15) / med(floors), 2),
        "floor_decoded_s": round(med(decoded_floors), 2),
        "ref15_vs_decoded_floor": round(med(ref15) / med(decoded_floors), 2),
        "ref15_tree_mb": round(med(trees)),
        "uhd_tree_mb": round(max(uhd)),
        "proxy_s_per_minute": round(med(proxies), 2),
        "frame_cmd_s": round(med(frames), 2),
        "runs": runs,
        "load": os.getloadavg()[0],
        "load_before": load_before,
    }
    if with_sources:
        figures["sources_tree_mb"] = sources_tree_mb()
    return figures
