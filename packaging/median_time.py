"""Run a command several times and print the median wall time: start-up and render comparisons.

  # cold start to a shown window, installed package vs source (the app quits once shown):
  STUDIO_QUIT_WHEN_SHOWN=1 python packaging/median_time.py -- crossumer-studio
  STUDIO_QUIT_WHEN_SHOWN=1 python packaging/median_time.py -- .venv/bin/python -m studio
  # a bundled template's render:
  python packaging/median_time.py -- studio render pov -o /tmp/pov.mp4 --media scene=... --quiet
Every run must exit 0; their output is discarded.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    """Print each run's time and the median; exit 1 if a run fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    times = []
    for run in range(args.runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            print(f"median_time: run {run + 1} exited {result.returncode}: {tail}", file=sys.stderr)
            return 1
        times.append(elapsed)
        print(f"run {run + 1}: {elapsed:.2f} s")
    print(f"median of {len(times)}: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
