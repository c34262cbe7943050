"""`bench/batch.py`: eight rows of REF-15-like work through `studio batch`, against single renders.

Runs the same rows as: single renders one after another (the baseline: what a creator does by
hand), `studio batch --jobs N` for each N asked, the default `--jobs`, and a two-worker Dask
LocalCluster on 127.0.0.1 (`--cluster`). Prints wall time, throughput (videos per minute) and
efficiency (the baseline's time over the run's). Targets (issue 16): the default at least 90% of
the best --jobs throughput; the LocalCluster within 15% of the default local run.

The full run (8 rows of 15 s at 1080x1920) takes a long time on a 2-core machine; `--seconds`
and `--rows` scale it down, and the printout says what was run.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._ref15 import TEXTS, noisy_clip, template_folder

WORK = Path(tempfile.gettempdir()) / "studio-bench-batch"


def make_rows(folder: Path, rows: int, seconds: float) -> Path:
    """`rows` REF-15 rows that differ in their words and where slot b starts in the clip."""
    clip = noisy_clip(folder, 15.0)
    path = folder / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["output", "a", "b", "b.in", *(blank for blank, _, _ in TEXTS)])
        for n in range(rows):
            words = [f"{text} #{n + 1}" for _, text, _ in TEXTS]
            writer.writerow([f"v{n + 1}.mp4", clip, clip, f"{(n % 4) * 0.5 + 1:.1f}", *words])
    return path


def singles(template: Path, rows: Path, out: Path) -> float:
    """Seconds to render every row alone, in one process, one after the other."""
    code = (
        "import sys, time; from pathlib import Path\n"
        "from studio.batch.rows import read_rows\n"
        "from studio.batch.validate import check_rows\n"
        "from studio.core.template import load_template\n"
        "from studio.media.encoder import EncoderSettings\n"
        "from studio.media.render import prepare, render\n"
        "t, r, o = map(Path, sys.argv[1:4]); o.mkdir(parents=True, exist_ok=True)\n"
        "loaded = load_template(t)\n"
        "jobs = check_rows(read_rows(r), r, loaded, o, EncoderSettings()).jobs\n"
        "total = 0.0\n"
        "for job in jobs:\n"
        "    start = time.monotonic()\n"
        "    render(prepare(loaded, job.given), job.output, job.settings)\n"
        "    total += time.monotonic() - start\n"
        "print(total)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(template), str(rows), str(out)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    return float(result.stdout.strip().splitlines()[-1])


def batch(template: Path, rows: Path, out: Path, *extra: str) -> float:
    """Wall seconds of one `studio batch` run, process start included."""
    start = time.monotonic()
    command = [sys.executable, "-m", "studio", "batch", str(template), str(rows), "-o", str(out)]
    subprocess.run([*command, "--quiet", *extra], check=True, capture_output=True)
    return time.monotonic() - start


def cluster_run(template: Path, rows: Path, out: Path) -> float:
    """The same rows on a two-worker LocalCluster, one render slot each (startup not counted)."""
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None,
                                  resources={"render": 1}) as local:  # fmt: skip
        return batch(template, rows, out, "--cluster", local.scheduler_address)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each video")
    parser.add_argument("--jobs", default="1,2,3", help="--jobs values to try, e.g. 1,2,3")
    parser.add_argument("--no-cluster", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="alternating runs; medians shown")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    template = template_folder(WORK, args.seconds)
    rows = make_rows(WORK, args.rows, args.seconds)
    from studio.batch.engine import default_jobs

    print(f"{args.rows} rows of REF-15-like work, {args.seconds:g} s each at 1080x1920 30 fps "
          f"(machine: {_cores()} cores, shared with other work: figures are noisy)")  # fmt: skip
    configs: list[tuple[str, Callable[[], float]]] = [
        ("single renders, summed", lambda: singles(template, rows, WORK / "single"))
    ]
    for jobs in [int(j) for j in args.jobs.split(",") if j]:
        extra = ("--jobs", str(jobs))
        configs.append((f"--jobs {jobs}", partial(batch, template, rows, WORK / "jobs", *extra)))
    configs.append(
        (f"default (--jobs {default_jobs()})", partial(batch, template, rows, WORK / "d"))
    )
    if not args.no_cluster:
        configs.append(
            ("LocalCluster, 2 workers", partial(cluster_run, template, rows, WORK / "c"))
        )
    times: dict[str, list[float]] = {name: [] for name, _ in configs}
    for _ in range(args.repeat):  # alternating, so a burst of other work hits every config
        for name, run in configs:
            times[name].append(run())
    runs = [(name, statistics.median(values)) for name, values in times.items()]
    base = runs[0][1]
    print(f"medians of {args.repeat} alternating runs")
    print(f"{'run':28} {'wall s':>8} {'videos/min':>11} {'efficiency':>11}")
    for name, seconds in runs:
        print(f"{name:28} {seconds:8.1f} {args.rows / seconds * 60:11.2f} {base / seconds:10.0%}")
    local = {name: s for name, s in runs if name.startswith("--jobs")}
    default = next(s for name, s in runs if name.startswith("default"))
    best = min([*local.values(), default]) / default
    print(f"default vs best --jobs: {best:.0%} of the best throughput (target >= 90%)")
    if not args.no_cluster:
        cluster = runs[-1][1]  # the cluster is the last config
        share = default / cluster
        print(f"LocalCluster vs default local: {share:.0%} of its throughput (target >= 85%)")
    return 0


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    raise SystemExit(main())
