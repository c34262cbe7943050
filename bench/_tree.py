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


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and every descendant."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(Path(f"/proc/{entry}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def sampled(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run `command`; its wall seconds, process-tree peak MB and standard output."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(SAMPLE_SECONDS)
    wall = time.monotonic() - started
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err.strip()}")
    return wall, peak / 2**20, out
