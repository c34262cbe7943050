"""`bench/export_profile.py`: where the CPU of one REF-15 render goes, thread by thread.

Renders REF-15 (or the duet or the photo dump of `bench/export.py --v2`) in this process while a
sampler reads /proc every 50 ms: the CPU seconds of each thread of this process (compose, the
writer feeding the encoder, the decoders' readers) and of each child process (the decoders, the
encoder, the audio mix), with each child's peak resident memory. Then composes the same frames
as the export does (`frame_i420_at`, in the encoder's format) without encoding, under cProfile:
the compose thread's own CPU per frame (waiting for a decoder is not counted).

    python bench/export_profile.py [--plan ref15|duet|photo-dump] [--no-cprofile]
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._v2 import duet_plan, photo_dump_plan
from bench.export import WORK, ref15_plan

TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _stat(path: str) -> tuple[str, float] | None:
    try:
        text = Path(path).read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1 : text.rindex(")")]
    fields = text.rsplit(")", 1)[1].split()
    return name, (int(fields[11]) + int(fields[12])) / TICK


def _role(pid: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    joined = b" ".join(argv)
    if b"pipe:0" in joined:
        return "encoder (ffmpeg, x264)"
    if b"rawvideo" in joined and b"pipe:1" in joined:
        return "decoder (ffmpeg)"
    if b"loudnorm" in joined:
        return "audio mix (ffmpeg)"
    return "other ffmpeg"


class Sampler:
    """CPU seconds per thread of this process and per child process; children's peak RSS."""

    def __init__(self) -> None:
        self.threads: dict[int, tuple[str, float]] = {}
        self.children: dict[int, tuple[str, float, float]] = {}
        self.tree_peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            for tid in os.listdir(f"/proc/{me}/task"):
                got = _stat(f"/proc/{me}/task/{tid}/stat")
                if got is not None:
                    self.threads[int(tid)] = got
            tree = _rss(me)
            for child in _children(me):
                got = _stat(f"/proc/{child}/stat")
                if got is None:
                    continue
                rss = _rss(child)
                tree += rss
                role, _, peak = self.children.get(child, (_role(child), 0.0, 0.0))
                self.children[child] = (role, got[1], max(peak, rss))
            self.tree_peak = max(self.tree_peak, tree)
            time.sleep(0.05)


def _children(pid: int) -> list[int]:
    """Child processes started by any thread of `pid` (each thread lists its own)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _rss(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20
    except (OSError, IndexError):
        return 0.0


def _plan(name: str):  # type: ignore[no-untyped-def]
    """REF-15, the duet or the photo dump, as `bench/export.py` renders them."""
    if name == "duet":
        return duet_plan(WORK)
    if name == "photo-dump":
        return photo_dump_plan(WORK)
    return ref15_plan(15.0)


PLANS = ("ref15", "duet", "photo-dump")


def main() -> None:
    from studio.media.compositor import Compositor
    from studio.media.render import render

    WORK.mkdir(exist_ok=True)
    asked = sys.argv[sys.argv.index("--plan") + 1 :] if "--plan" in sys.argv else ["ref15"]
    if not asked or asked[0] not in PLANS:
        sys.exit(f"--plan takes one of {', '.join(PLANS)}")
    name = asked[0]
    plan = _plan(name)
    started = time.monotonic()
    with Sampler() as sampler:
        render(plan, WORK / "profile.mp4")
    wall = time.monotonic() - started
    print(f"{name} render: {wall:.1f} s wall, process tree peak {sampler.tree_peak:.0f} MB, "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{'thread or process':34} {'CPU s':>7} {'of wall':>8} {'peak MB':>8}")
    grouped: dict[str, list[float]] = {}
    for name, cpu in sampler.threads.values():
        grouped.setdefault(f"thread {name}", []).append(cpu)
    for role, cpu, peak in sampler.children.values():
        entry = grouped.setdefault(role, [0.0, 0.0])
        entry[0] += cpu
        entry[1] = max(entry[1], peak)
    total = 0.0
    for name, values in sorted(grouped.items(), key=lambda kv: -kv[1][0]):
        cpu = values[0] if name.startswith("thread") is False else sum(values)
        peak = f"{values[1]:.0f}" if not name.startswith("thread") else ""
        total += cpu
        print(f"{name:34} {cpu:7.1f} {cpu / wall:7.0%} {peak:>8}")
    print(f"{'all':34} {total:7.1f} {total / wall:7.0%}  (2 cores = 200%)")
    if "--no-cprofile" in sys.argv:
        return
    compositor = Compositor(plan)
    profile = cProfile.Profile(timer=time.thread_time)  # the compose thread's own CPU
    started = time.thread_time()
    profile.enable()
    compositor.open_upcoming(0.0)
    for index in range(plan.frame_count):
        t = plan.frame_time(index)
        compositor.frame_i420_at(t)
        compositor.release_passed(t)
        compositor.open_upcoming(t)
    profile.disable()
    compositor.close()
    per_frame = (time.thread_time() - started) / plan.frame_count * 1000
    print(f"\ncompose alone (the export's frames): {per_frame:.1f} ms of CPU a frame")
    pstats.Stats(profile).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
