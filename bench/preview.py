"""`bench/preview.py`: how fast the editor's 540x960 preview answers, on phone-like clips.

The bench makes its own clips: 1080x1920 and 1920x1080 H.264 at 30 fps with a keyframe every 2 s,
as phones record them. It measures, in the order a creator meets them:
- first frame: from adding a clip (probe, plan, decoder start) to its first picture, before any
  proxy exists;
- proxy: seconds to prepare a clip's preview proxy per minute of clip;
- scrubbing: jumps to random times, on the proxies (what the editor does once they are ready)
  and on the originals (what it did before);
- keystroke: from a blank's new text to the redrawn frame (new plan, words redrawn, no decoder
  restart);
- scrubbing a layered (format 2) plan: the duet, both slots filled, on the proxies;
- playing: consecutive frames;
- typing on the real Edit page (offscreen; `bench/edit_page_typing.py`): transition-challenge
  with a 3-minute song of the creator's own (made here with ffmpeg), a character typed to the
  canvas painting the frame that shows it, and the longest event-loop gap while 20 characters
  are typed.
`--clips DIR` keeps the clips in DIR for the next run. `--json` adds one JSON line:
scrub_median_ms, scrub_p95_ms, scrub_p95_layered_ms, keystroke_ms, keystroke_own_song_ms,
ui_stall_max_ms, keystroke_template_song_ms (the same on the template's song), plan_own_song_ms,
plan_own_song_uncached_ms, first_frame_ms, proxy_s_per_minute.
Targets: scrub p95 (both) <= 50 ms, keystroke (both) <= 30 ms, UI stall <= 50 ms, first frame
<= 300 ms.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from edit_page_typing import own_song, planning_ms, typing_on_the_edit_page

from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import RenderPlan
from studio.core.resources import bundled_templates_dir
from studio.core.template import LoadedTemplate, load_template
from studio.media import probe as probe_module
from studio.media.compositor import Compositor
from studio.media.ffmpeg import run_ffmpeg
from studio.media.preview_proxy import make_proxy
from studio.media.render import prepare

CLIP_SECONDS = 8
SIZES = {"portrait": "1080x1920", "landscape": "1920x1080"}
JUMPS = 60
PREVIEW_SCALE = 0.5


def phone_clip(folder: Path, name: str, size: str) -> Path:
    """A moving test picture with grain, H.264 30 fps, a keyframe every 2 s (as a phone records)."""
    path = folder / f"{name}.mp4"
    run_ffmpeg([
        "-f", "lavfi", "-i", f"testsrc2=s={size}:r=30:d={CLIP_SECONDS}",
        "-vf", "noise=alls=12:allf=t", "-c:v", "libx264", "-preset", "ultrafast",
        "-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-pix_fmt", "yuv420p", str(path),
    ], timeout=600)  # fmt: skip
    return path


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _given(loaded: LoadedTemplate, clips: list[Path], topic: str) -> CreatorInput:
    slots = {s.id: SlotInput(clips[i % len(clips)]) for i, s in enumerate(loaded.template.slots)}
    blanks = {b.id: b.example for b in loaded.template.blanks}
    return CreatorInput(slots=slots, blanks={**blanks, "topic": topic})


def _cpu_ms() -> float:
    """CPU time of this process and its finished children (the decoders), in ms."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (time.process_time() + children.ru_utime + children.ru_stime) * 1000


def first_frame_ms(loaded: LoadedTemplate, clips: list[Path]) -> tuple[list[float], list[float]]:
    """A clip added to an empty slot: probe it, plan, start its decoder, draw the first frame.
    Wall times, and CPU times (with the decoder's) that a shared machine does not inflate."""
    walls, cpus = [], []
    for clip in clips * 3:
        probe_module._probe_file.cache_clear()  # a newly added file has not been probed yet
        examples = {b.id: b.example or b.prompt for b in loaded.template.blanks}
        given = CreatorInput(slots={"first": SlotInput(clip)}, blanks=examples)
        cpu = _cpu_ms()
        started = time.perf_counter()
        compositor = Compositor(prepare(_forgiving(loaded), given), scale=PREVIEW_SCALE)
        try:
            compositor.frame_at(0.0)
            walls.append((time.perf_counter() - started) * 1000)
        finally:
            compositor.close()
        cpus.append(_cpu_ms() - cpu)
    return walls, cpus


def _forgiving(loaded: LoadedTemplate) -> LoadedTemplate:
    """As the editor previews: an empty slot is drawn black instead of failing."""
    template = loaded.template
    update = {"required": False, "when_empty": "black"}
    slots = [s.model_copy(update=update) for s in template.slots]
    return LoadedTemplate(template.model_copy(update={"slots": slots}), loaded.folder)


def scrub_ms(plan: RenderPlan, proxies: dict[Path, Path] | None) -> list[float]:
    compositor = Compositor(plan, scale=PREVIEW_SCALE, proxies=proxies)
    try:
        compositor.frame_at(0.0)
        rng = random.Random(1)
        return [_ms(lambda: compositor.frame_at(rng.uniform(0, plan.duration)))
                for _ in range(JUMPS)]  # fmt: skip
    finally:
        compositor.close()


def keystroke_ms(
    loaded: LoadedTemplate, clips: list[Path], proxies: dict[Path, Path]
) -> list[float]:
    """Typing the title's blank one letter at a time, the title on screen."""
    plan = prepare(loaded, _given(loaded, clips, "c"))
    compositor = Compositor(plan, scale=PREVIEW_SCALE, proxies=proxies)
    at = 1.0  # the title is showing
    times = []
    try:
        compositor.frame_at(at)
        typed = "c"
        for letter in "an't live without!":
            typed += letter

            def keystroke(words: str = typed) -> None:
                new = prepare(loaded, _given(loaded, clips, words))
                compositor.retext(new)
                compositor.frame_at(at)

            times.append(_ms(keystroke))
    finally:
        compositor.close()
    return times


def playing_ms(plan: RenderPlan, proxies: dict[Path, Path]) -> list[float]:
    compositor = Compositor(plan, scale=PREVIEW_SCALE, proxies=proxies)
    try:
        compositor.frame_at(0.0)
        return [_ms(lambda i=i: compositor.frame_at(i / plan.fps)) for i in range(1, 120)]
    finally:
        compositor.close()


def main() -> None:
    as_json = "--json" in sys.argv
    loaded = load_template(bundled_templates_dir() / "three-things")
    with tempfile.TemporaryDirectory(prefix="studio-bench-preview-") as scratch:
        folder = Path(scratch)
        os.environ["STUDIO_DATA_DIR"] = str(folder / "data")  # proxies made fresh, then deleted
        kept = Path(sys.argv[sys.argv.index("--clips") + 1]) if "--clips" in sys.argv else None
        if kept is not None:  # reuse clips made by an earlier run (they take a while to make)
            kept.mkdir(parents=True, exist_ok=True)
        clips = [
            kept / f"{name}.mp4" if kept and (kept / f"{name}.mp4").is_file()
            else phone_clip(kept or folder, name, size)
            for name, size in SIZES.items()
        ]  # fmt: skip
        first, first_cpu = first_frame_ms(loaded, clips)
        proxy_seconds, proxy_cpu = [], []
        proxies: dict[Path, Path] = {}
        for clip in clips:
            started, cpu = time.perf_counter(), _cpu_ms()
            proxies[clip] = make_proxy(clip)
            proxy_seconds.append((time.perf_counter() - started) / (CLIP_SECONDS / 60))
            proxy_cpu.append((_cpu_ms() - cpu) / 1000 / (CLIP_SECONDS / 60))
        plan = prepare(loaded, _given(loaded, clips, "can't live without"))
        scrub_proxy = scrub_ms(plan, proxies)
        scrub_original = scrub_ms(plan, None)
        keys = keystroke_ms(loaded, clips, proxies)
        playing = playing_ms(plan, proxies)
        duet = load_template(bundled_templates_dir() / "duet")
        both = {s.id: SlotInput(clip) for s, clip in zip(duet.template.slots, clips, strict=True)}
        duet_plan = prepare(duet, CreatorInput(slots=both, blanks={"who": "me"}))
        scrub_layered = scrub_ms(duet_plan, proxies)
        song = own_song(kept or folder)
        plan_uncached, plan_cached = planning_ms(clips, song)
        typing = typing_on_the_edit_page(folder, clips, song)
        reference = typing_on_the_edit_page(folder / "reference", clips, None)
    figures = {
        "scrub_median_ms": round(statistics.median(scrub_proxy), 1),
        "scrub_p95_ms": round(_p95(scrub_proxy), 1),
        "scrub_p95_layered_ms": round(_p95(scrub_layered), 1),
        "keystroke_ms": round(statistics.median(keys), 1),
        "keystroke_own_song_ms": round(statistics.median(typing["keystroke"]), 1),
        "keystroke_template_song_ms": round(statistics.median(reference["keystroke"]), 1),
        "ui_stall_max_ms": round(max(typing["gaps"]), 1),
        "plan_own_song_uncached_ms": round(statistics.median(plan_uncached), 1),
        "plan_own_song_ms": round(statistics.median(plan_cached), 1),
        "first_frame_ms": round(statistics.median(first), 1),
        "proxy_s_per_minute": round(statistics.median(proxy_seconds), 1),
    }
    print(f"preview 540x960, template three-things, clips {', '.join(SIZES.values())} "
          f"H.264 30 fps, keyframe every 2 s, {CLIP_SECONDS} s")  # fmt: skip
    cpu = statistics.median(first_cpu)
    print(f"first frame after adding a clip: median {figures['first_frame_ms']:6.1f} ms "
          f"(target <= 300); CPU {cpu:.0f} ms with the decoder's")  # fmt: skip
    print(f"proxy preparation:   median {figures['proxy_s_per_minute']:6.1f} s per clip minute "
          f"(CPU {statistics.median(proxy_cpu):.1f} s)")  # fmt: skip
    print(f"scrubbing (proxies): median {figures['scrub_median_ms']:6.1f} ms, "
          f"p95 {figures['scrub_p95_ms']:.1f} ms (target <= 50)")  # fmt: skip
    print(f"scrubbing (originals, before proxies): median {statistics.median(scrub_original):6.1f}"
          f" ms, p95 {_p95(scrub_original):.1f} ms")  # fmt: skip
    print(f"keystroke to redrawn frame: median {figures['keystroke_ms']:6.1f} ms, "
          f"p95 {_p95(keys):.1f} ms (target <= 30)")  # fmt: skip
    print(f"scrubbing a layered plan (duet, proxies): median "
          f"{statistics.median(scrub_layered):6.1f} ms, p95 {figures['scrub_p95_layered_ms']:.1f}"
          " ms (target <= 50)")  # fmt: skip
    print(f"keystroke on the Edit page, own 3-minute song: median "
          f"{figures['keystroke_own_song_ms']:6.1f} ms, p95 {_p95(typing['keystroke']):.1f} ms "
          f"(target <= 30); with the template's song {figures['keystroke_template_song_ms']:.1f} "
          f"ms, longest gap {max(reference['gaps']):.1f} ms")  # fmt: skip
    print(f"planning with that song: {figures['plan_own_song_uncached_ms']:.1f} ms measuring its "
          f"beats again (every keystroke did, before), {figures['plan_own_song_ms']:.1f} ms with "
          "the cache")  # fmt: skip
    print(
        f"longest event-loop gap typing 20 characters: {figures['ui_stall_max_ms']:.1f} ms "
        "(target <= 50)"
    )
    print(f"playing: median {statistics.median(playing):6.1f} ms per frame")
    if as_json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
