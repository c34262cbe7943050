"""Wall time and process-tree peak memory of a command, sampled from /proc (Linux).

The peak is the sum of the resident memory of the process and every descendant (decoders,
encoder, audio mix) at the same instant, sampled every 20 ms: what the machine must hold.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

SAMPLE_SECONDS = 0.02


def _children(pid: int) -> list[int]:
    """`pid`'s child processes, from each of its threads' `children` file (a few reads, where
    a scan of /proc read two files of every process on the machine: 9 ms of CPU a sample,
    a third of a core taken from the render being measured)."""
    found: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in threads:
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and every descendant."""
    page = os.sysconf("SC_PAGE_SIZE")
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue  # ended between the two reads
        frontier.extend(_children(pid))
    return total


def sampled(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run `command`; its wall seconds, process-tree peak MB and standard output."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    peak = 0
    while True:
        peak = max(peak, tree_rss(process.pid))
        ended, status, usage = os.wait4(process.pid, os.WNOHANG)
        if ended:  # reaped here for its own peak: a command of a few milliseconds gets no sample
            process.returncode = os.waitstatus_to_exitcode(status)
            peak = max(peak, usage.ru_maxrss * 1024)  # its largest process (KB on Linux)
            break
        time.sleep(SAMPLE_SECONDS)
    wall = time.monotonic() - started
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err.strip()}")
    return wall, peak / 2**20, out
