"""`bench/tree_timeline.py`: which process holds the memory of a render, and when.

Runs a command (by default REF-15 by the studio, `bench/export.py --one studio`) and samples its
process tree every 20 ms, each process named by its role (encoder, decoder, audio mix, Python or
another ffmpeg). Prints the tree's peak with what made it up, then one line a second.

    python bench/tree_timeline.py [COMMAND ...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
BENCH = Path(__file__).resolve().parent


def role(pid: int) -> str:
    """What a process of a render is, from its command line."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return "ended"
    if b"pipe:0" in argv:
        return "encoder"
    if b"rawvideo" in argv and b"pipe:1" in argv:
        return "decoder"
    if b"loudnorm" in argv:
        return "audio mix"
    if b"ffmpeg" in argv:
        return "other ffmpeg"
    return "python"


def tree_by_role(root: int) -> dict[str, float]:
    """Resident MB of `root` and its descendants, summed by role."""
    parents: dict[int, int] = {}
    rss: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            resident = int(Path(f"/proc/{entry}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = resident * PAGE / 2**20
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        tree.update(children)
        frontier.extend(children)
    roles: dict[str, float] = {}
    for pid in tree:
        name = role(pid)
        roles[name] = roles.get(name, 0.0) + rss.get(pid, 0.0)
    return roles


def _line(roles: dict[str, float]) -> str:
    parts = sorted(roles.items(), key=lambda kv: -kv[1])
    return f"{sum(roles.values()):5.0f} MB  " + ", ".join(f"{k} {v:.0f}" for k, v in parts)


def main() -> None:
    command = sys.argv[1:] or [sys.executable, str(BENCH / "export.py"), "--one", "studio"]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak: tuple[float, dict[str, float]] = (0.0, {})
    seconds: list[tuple[float, dict[str, float]]] = []
    while process.poll() is None:
        roles = tree_by_role(process.pid)
        now = time.monotonic() - started
        if sum(roles.values()) > sum(peak[1].values()):
            peak = (now, roles)
        if not seconds or int(now) != int(seconds[-1][0]):
            seconds.append((now, roles))
        time.sleep(0.02)
    print(f"peak at {peak[0]:.1f} s: {_line(peak[1])}  (load {os.getloadavg()[0]:.1f})")
    for now, roles in seconds:
        print(f"{now:6.1f} s {_line(roles)}")


if __name__ == "__main__":
    main()
