"""`bench/export.py`: REF-15 rendered by the studio, by one ffmpeg filter graph, and by moviepy.

Each renderer runs in a process of its own (`python bench/export.py --one NAME`) so its peak
memory is its own. Prints wall time, fps, ratios and peak memory; the studio's 60 s render
shows whether memory grows with duration. Targets (issue 3): within 1.25x of ffmpeg, at least
4x faster than moviepy, Python peak under 300 MB, and 60 s peak within 10% of 15 s.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._ref15 import FPS, HEIGHT, LOOK, TEXTS, WIDTH, noisy_clip, template_folder
from bench._v2 import render_duet, render_photo_dump, twelve_megapixel_photos

if TYPE_CHECKING:
    from studio.core.render_plan import RenderPlan

WORK = Path(os.environ.get("STUDIO_BENCH_DIR") or Path(tempfile.gettempdir()) / "studio-bench")


def ref15_plan(seconds: float = 15.0) -> RenderPlan:
    """REF-15 (or its longer variant) as the studio plans it."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.core.template import load_template
    from studio.media.render import prepare

    clip = noisy_clip(WORK, max(15.0, seconds))
    loaded = load_template(template_folder(WORK, seconds))
    half = seconds / 2
    given = CreatorInput(
        slots={"a": SlotInput(clip, 0.0), "b": SlotInput(clip, min(half, 15.0 - half) * 0.5)},
        blanks={b: text for b, text, _ in TEXTS},
    )
    return prepare(loaded, given)


def _studio(seconds: float) -> Path:
    from studio.media.render import render

    out = WORK / f"studio-{int(seconds)}.mp4"
    render(ref15_plan(seconds), out)
    return out


def _text_pngs() -> list[Path]:
    """The text lines drawn once by the studio's renderer, for ffmpeg to overlay."""
    from PIL import Image

    from studio.core.template.schema import TextStyle
    from studio.media.text import TextRenderer

    renderer = TextRenderer(TextStyle(size=72, stroke_width=6, font="Inter-Black"))
    paths = []
    for blank, text, _ in TEXTS:
        path = WORK / f"{blank}.png"
        Image.fromarray(renderer.render(text, 0.8 * WIDTH).rgba).save(path)
        paths.append(path)
    return paths


def _cube_of_look() -> Path:
    """The studio's look baked to a 33-point .cube, the way a colourist would hand it over."""
    import numpy as np

    from studio.media.filters import build_filter

    n = 33
    grid = (np.arange(n) * 255 / (n - 1)).round().astype(np.uint8)
    b, g, r = np.meshgrid(grid, grid, grid, indexing="ij")  # red varies fastest in .cube
    rgb = np.stack([r, g, b], axis=-1).reshape(1, -1, 3)
    mapped = build_filter(LOOK).apply(rgb, 0.0).reshape(-1, 3) / 255.0
    path = WORK / f"{LOOK}.cube"
    lines = [f"LUT_3D_SIZE {n}"] + [f"{x:.6f} {y:.6f} {z:.6f}" for x, y, z in mapped]
    path.write_text("\n".join(lines) + "\n")
    return path


def _ffmpeg() -> Path:
    from studio.core.resources import resource_path
    from studio.media.ffmpeg import run_ffmpeg

    clip = noisy_clip(WORK, 15.0)
    texts = _text_pngs()
    cube = _cube_of_look()
    out = WORK / "ffmpeg.mp4"
    cover = f"scale={WIDTH}:{HEIGHT}:force_original_aspect_ratio=increase,crop={WIDTH}:{HEIGHT}"
    graph = (
        f"[0:v]trim=0:7.75,setpts=PTS-STARTPTS,{cover},lut3d={cube}[a];"
        f"[1:v]trim=3.75:11.25,setpts=PTS-STARTPTS,{cover},lut3d={cube}[b];"
        f"[a][b]xfade=transition=fade:duration=0.5:offset=7.25[v0];"
        f"[v0][2:v]overlay=(W-w)/2:{int(TEXTS[0][2] * HEIGHT)}-h/2[v1];"
        f"[v1][3:v]overlay=(W-w)/2:{int(TEXTS[1][2] * HEIGHT)}-h/2[v2];"
        f"[4:v]scale=300:300[st];[v2][st]overlay=0.75*W-150:0.45*H-150:enable='between(t,2,10)',"
        f"format=yuv420p[v];"
        f"[5:a]atrim=0:15,aresample=48000[m];[0:a]atrim=0:15,volume=-12dB,aresample=48000[c];"
        f"[m][c]amix=inputs=2:normalize=0[aout]"
    )
    run_ffmpeg([
        "-i", str(clip), "-i", str(clip), "-i", str(texts[0]), "-i", str(texts[1]),
        "-loop", "1", "-i", str(resource_path("stickers", "star.png")),
        "-i", str(resource_path("music", "night-drive.m4a")),
        "-filter_complex", graph, "-map", "[v]", "-map", "[aout]", "-t", "15",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-profile:v", "high",
        "-c:a", "aac", "-ar", "48000", "-movflags", "+faststart", str(out),
    ], timeout=1800)  # fmt: skip
    return out


def _moviepy() -> Path:
    """What a creator would write with moviepy: a plain CompositeVideoClip script."""
    from moviepy import (
        AudioFileClip,
        CompositeAudioClip,
        CompositeVideoClip,
        ImageClip,
        TextClip,
        VideoFileClip,
        vfx,
    )

    from studio.core.resources import resource_path
    from studio.media.filters import build_filter

    look = build_filter(LOOK)
    clip = VideoFileClip(str(noisy_clip(WORK, 15.0)))

    def cover(c: VideoFileClip) -> VideoFileClip:
        scaled = c.resized(height=HEIGHT)
        return scaled.cropped(x_center=scaled.w / 2, width=WIDTH)

    a = cover(clip.subclipped(0, 7.75)).image_transform(lambda f: look.apply(f, 0.0))
    b = cover(clip.subclipped(3.75, 11.25)).image_transform(lambda f: look.apply(f, 0.0))
    b = b.with_start(7.25).with_effects([vfx.CrossFadeIn(0.5)])
    font = str(resource_path("fonts", "Inter-Black.otf"))
    texts = [
        TextClip(font=font, text=text, font_size=72, color="white", stroke_color="black",
                 stroke_width=6, duration=15).with_position(("center", y * HEIGHT - 40))
        for _, text, y in TEXTS
    ]  # fmt: skip
    sticker = ImageClip(str(resource_path("stickers", "star.png"))).resized((300, 300))
    sticker = sticker.with_start(2).with_duration(8)
    sticker = sticker.with_position((0.75 * WIDTH - 150, 0.45 * HEIGHT - 150))
    video = CompositeVideoClip([a, b, *texts, sticker], size=(WIDTH, HEIGHT)).with_duration(15)
    music = AudioFileClip(str(resource_path("music", "night-drive.m4a"))).subclipped(0, 15)
    voice = clip.audio.subclipped(0, 15).with_volume_scaled(0.25)
    video = video.with_audio(CompositeAudioClip([music, voice]))
    out = WORK / "moviepy.mp4"
    video.write_videofile(str(out), fps=FPS, codec="libx264", preset="veryfast",
                          audio_codec="aac", ffmpeg_params=["-crf", "20"], logger=None)  # fmt: skip
    return out


RENDERERS = {"studio": lambda: _studio(15.0), "studio-60s": lambda: _studio(60.0),
             "ffmpeg": _ffmpeg, "moviepy": _moviepy, "duet": lambda: render_duet(WORK),
             "photo-dump": lambda: render_photo_dump(WORK)}  # fmt: skip
# format v2 beside REF-15: the duet within 1.15x of the studio's REF-15 time, the photo dump
# (eight 12 MP photos) within 0.6x (issue 23 tightened issue 13's 1.3x and 1.1x)
V2_TARGETS = {"duet": 1.15, "photo-dump": 0.6}


def run_one(name: str) -> None:
    """Render with one renderer in this process and print a JSON line of its figures."""
    WORK.mkdir(exist_ok=True)
    started = time.perf_counter()
    RENDERERS[name]()
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"name": name, "wall": wall, "python_mb": own, "child_mb": children}))


def measure(name: str) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True,
                            text=True, check=True)  # fmt: skip
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    WORK.mkdir(exist_ok=True)
    noisy_clip(WORK, 15.0)
    noisy_clip(WORK, 60.0)
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 1
    wanted = "--no-moviepy" not in sys.argv
    with_moviepy = wanted and importlib.util.find_spec("moviepy") is not None
    if wanted and not with_moviepy:
        print("moviepy is not installed (pip install -e '.[bench]'): comparing without it")
    names = ["ffmpeg", "studio", "studio-60s"] + (["moviepy"] if with_moviepy else [])
    if "--v2" in sys.argv:  # only REF-15 by the studio and the v2 renders
        names = ["studio", *V2_TARGETS]
        twelve_megapixel_photos(WORK)  # made here, so the photo dump's memory is its own
    results: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    for _ in range(runs):
        for name in names:
            results[name].append(measure(name))
    median = {n: sorted(r, key=lambda x: x["wall"])[len(r) // 2] for n, r in results.items()}
    reference = median["ffmpeg" if "ffmpeg" in median else "studio"]["wall"]
    print(f"REF-15, 1080x1920 {FPS} fps, median of {runs} run(s)")
    versus = "vs ffmpeg" if "ffmpeg" in median else "vs REF-15"
    header = ["wall s", "fps", versus, "python MB", "children MB"]
    print(f"{'renderer':12} " + " ".join(f"{h:>11}" for h in header))
    for name, m in median.items():
        frames = (60 if name.endswith("60s") else 15.4 if name == "photo-dump" else 15) * FPS
        row = [f"{m['wall']:.1f}", f"{frames / m['wall']:.1f}", f"{m['wall'] / reference:.2f}x",
               f"{m['python_mb']:.0f}", f"{m['child_mb']:.0f}"]  # fmt: skip
        print(f"{name:12} " + " ".join(f"{cell:>11}" for cell in row))
    if "moviepy" in median:
        speedup = median["moviepy"]["wall"] / median["studio"]["wall"]
        print(f"studio is {speedup:.1f}x faster than moviepy")
    for name, target in V2_TARGETS.items():
        if name in median:
            ratio = median[name]["wall"] / median["studio"]["wall"]
            print(f"{name}: {ratio:.2f}x the studio's REF-15 time (target <= {target}x)")
    if "studio-60s" in median:
        growth = median["studio-60s"]["python_mb"] / median["studio"]["python_mb"] - 1
        print(f"studio peak memory, 60 s vs 15 s: {growth * 100:+.1f}%")


if __name__ == "__main__":
    if "--floor" in sys.argv:  # the issue-23 figures: one JSON line with --json
        from bench._floor import floor_run

        runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
        figures = floor_run(Path(__file__), runs, "--sources" in sys.argv)
        if "--json" in sys.argv:
            print(json.dumps(figures))
        else:
            for key, value in figures.items():
                print(f"{key:20} {value}")
    elif "--figure" in sys.argv:  # one tree peak alone, e.g. to run several side by side
        from bench._floor import one_figure

        one_figure(sys.argv[sys.argv.index("--figure") + 1])
    elif "--one" in sys.argv:
        run_one(sys.argv[sys.argv.index("--one") + 1])
    else:
        main()
