"""`bench/soak.py`: the studio left open and used for N minutes; does anything pile up?

The real window (offscreen) goes round and round: open a template (switching between four),
give each slot a sample, type in every blank letter by letter, play the preview, scrub it,
export (every `--export-every` rounds, waiting for the file), and again. It compares the
process's resident memory, open file descriptors, threads and child processes at the end with
the start, both measured in the same quiet state (nothing playing or exporting, garbage
collected, events processed).

The start (the baseline) is the warm point: after one full cycle of the four templates, with an
export among them. Whatever fills once per template, per sample or per first export (imports,
fonts, look tables, the proxies of the two samples, thread pools, the allocator's first arenas)
is warm-up, not a leak; a leak keeps growing with every further round. `rss_after_first_round_mb`
is also reported (the baseline an earlier version of this bench used), and `rss_mb_per_minute`,
a straight line fitted through the resident memory after each measured round: about 0 when
nothing piles up. The run ends on a whole cycle, so the same template is open at both ends.
`heap_in_use_mb` and `heap_free_mb` are glibc's own view (start, end): memory the program holds,
and memory freed but kept by the allocator; `rss_end_trimmed_mb` is the resident memory after
one more `malloc_trim` at the end, `trim_ms` what that took.

    python bench/soak.py --minutes 10 [--json] [--trace] [--census]

`--trace` prints where Python memory grew between the warm point and the end (tracemalloc, by
traceback); `--census` prints how many Qt objects, pictures and numpy bytes (held by Python
objects) there are at both points. Goal (issue 24): memory growth under 5% over 10 minutes; no
file descriptor, thread or child process left behind. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DATA = os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-soak-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication

from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.ui.app import create_app
from studio.ui.main_window import MainWindow
from studio.ui.native_heap import heap_figures, release_free_memory

# Templates with one or two slots and a few blanks, and the sample each kind of slot gets.
TEMPLATES = ("pov", "quote-card", "tell-me-without", "before-after")
VIDEO = resource_path("samples", "dance-portrait.mp4")
PHOTO = resource_path("samples", "portrait-photo.jpg")
EXPORT_TIMEOUT_S = 300

Wait = Iterator[float]  # a step yields how many seconds to let the event loop run


def children_commands() -> list[str]:
    """The command lines of this process's children (to name one left behind)."""
    commands = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids = (task / "children").read_text().split()
        except OSError:
            continue
        for pid in pids:
            try:
                raw = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            words = raw.split(b"\0")[:4]
            commands.append(" ".join(word.decode(errors="replace") for word in words))
    return commands


def open_files() -> list[str]:
    """What this process's descriptors point at."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
    return found


def resources() -> dict[str, float]:
    """This process's resident memory (MB), open descriptors, OS threads and child processes."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    children = len(children_commands())
    heap = heap_figures()  # glibc's view: handed out to the program, or free but kept
    return {
        "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": int(status["Threads"]),
        "children": children,
        "heap_in_use_mb": heap.in_use_mb if heap else -1,
        "heap_free_mb": heap.free_mb if heap else -1,
    }


def census() -> dict[str, float]:
    """Live Qt objects and pictures by type, and the MB of numpy arrays Python objects hold."""
    gc.collect()
    counts: dict[str, float] = {}
    arrays: dict[int, int] = {}  # by the memory they own, so views are counted once
    for item in gc.get_objects():
        if isinstance(item, (QObject, QImage, QPixmap)):
            name = type(item).__name__
            counts[name] = counts.get(name, 0) + 1
        for held in gc.get_referents(item):  # arrays are not tracked by gc: found by holder
            if isinstance(held, np.ndarray):
                while isinstance(held.base, np.ndarray):
                    held = held.base
                arrays[id(held)] = held.nbytes
    counts["numpy MB"] = round(sum(arrays.values()) / 1e6, 1)
    return counts


class Soak:
    def __init__(self, window: MainWindow, minutes: float, export_every: int,
                 trace: bool = False, census: bool = False) -> None:  # fmt: skip
        self.window, self.minutes, self.export_every = window, minutes, export_every
        self.trace = trace  # tracemalloc: which lines of Python (and numpy) hold the growth
        self.census = census
        self.grown: list[str] = []
        self.rounds = self.exports = self.failed_exports = 0
        self.export_failures: list[str] = []
        self.first_round: dict[str, float] = {}
        self.samples: list[tuple[float, float]] = []  # (minutes measured, resident MB) per round
        self.start: dict[str, float] = {}
        self.trim = (0.0, 0.0)  # (ms a trim took, resident MB after it) at the end
        self.end: dict[str, float] = {}
        self.left: dict[str, list[str]] = {}  # what is there at the end and was not at the start

    def run(self) -> Wait:
        warm_up = len(TEMPLATES)  # one full cycle: every template opened once, and an export
        for number in range(warm_up):
            yield from self.one_round(number)
            if number == 0:
                yield from self.quiet()
                self.first_round = resources()
        yield from self.quiet()
        self.start = resources()
        self.exports = self.failed_exports = 0  # counted over the measured rounds only
        self.export_failures.clear()
        before = self.names()
        counted = census() if self.census else {}
        if self.trace:
            tracemalloc.start(8)
            first = tracemalloc.take_snapshot()
        began = time.monotonic()
        until = began + self.minutes * 60
        # and on a whole cycle, so the end shows the same template as the start (each template
        # holds its own decoders and pictures while it is open)
        while time.monotonic() < until or self.rounds % len(TEMPLATES):
            yield from self.one_round(warm_up + self.rounds)
            self.rounds += 1
            self.samples.append(((time.monotonic() - began) / 60, resources()["rss_mb"]))
        yield from self.quiet()
        self.end = resources()
        began = time.perf_counter()  # what one more trim would give back now, and what it costs
        release_free_memory()
        self.trim = (time.perf_counter() - began) * 1000, resources()["rss_mb"]
        after = self.names()
        if self.census:
            now = census()
            for name in sorted(set(now) | set(counted)):
                if now.get(name, 0) != counted.get(name, 0):
                    self.grown.append(f"{name}: {counted.get(name, 0)} -> {now.get(name, 0)}")
        if self.trace:
            stats = tracemalloc.take_snapshot().compare_to(first, "traceback")
            for stat in stats[:8]:
                lines = [f"{f.filename}:{f.lineno}" for f in stat.traceback]
                self.grown.append(f"{stat.size_diff / 1e6:+.1f} MB  " + " < ".join(lines[-4:]))
            tracemalloc.stop()
        self.left = {kind: sorted(set(after[kind]) - set(before[kind])) for kind in after}

    @staticmethod
    def names() -> dict[str, list[str]]:
        return {"python_threads": [t.name for t in threading.enumerate()],
                "children": children_commands(), "files": open_files()}  # fmt: skip

    def one_round(self, number: int) -> Wait:
        edit = self.window.edit
        name = TEMPLATES[number % len(TEMPLATES)]
        loaded = load_template(bundled_templates_dir() / name)
        self.window.tabs.setCurrentWidget(edit)
        self.window.open_template(loaded)
        yield 0.2
        for slot in loaded.template.slots:
            edit.choose_media(slot.id, str(PHOTO if slot.kind == "photo" else VIDEO))
            yield 0.2
        assert edit.blanks is not None
        for blank in loaded.template.blanks:
            field = edit.blanks.edits[blank.id]
            field.clear()
            for letter in f"round {number} {blank.id}"[: blank.max_length]:
                field.insert(letter)  # as typed: one change per key
                yield 0.02
        edit.play_button.setChecked(True)
        yield 3.0
        edit.play_button.setChecked(False)
        for fraction in (0.1, 0.8, 0.4, 0.95, 0.0):  # dragging the slider
            edit.scrub.setValue(round(fraction * edit.scrub.maximum()))
            yield 0.3
        if number % self.export_every == 0:
            yield from self.export()

    def export(self) -> Wait:
        """Export and wait for the file: the clips are checked first (a job), then it renders."""
        edit = self.window.edit
        output = edit.export()
        until = time.monotonic() + EXPORT_TIMEOUT_S
        yield 0.5
        while (not edit.settled or edit.export_panel.busy) and time.monotonic() < until:
            yield 0.5
        if output is not None and output.is_file():
            self.exports += 1
            output.unlink()  # disk space is not what this bench measures
        else:
            self.failed_exports += 1
            self.export_failures.append(edit.export_panel.status.text() or edit.problems.text())

    def quiet(self) -> Wait:
        """Nothing playing or exporting; events and deferred deletions processed, collected;
        threads and child processes steady (the last background jobs ended) for 2 s."""
        edit = self.window.edit
        edit.play_button.setChecked(False)
        yield 2.0
        until, steady, last = time.monotonic() + 60, 0, {}
        while steady < 4 and time.monotonic() < until:
            yield 0.5
            now = resources()
            busy = not edit.settled or edit.export_panel.busy or edit.feed.preparer.busy()
            same = not busy and all(now[k] == last.get(k) for k in ("threads", "children"))
            steady, last = (steady + 1 if same else 0), now
        gc.collect()
        yield 1.0

    def report(self) -> dict[str, object]:
        s, e = self.start, self.end
        slope = 0.0
        if len(self.samples) >= 3:
            minutes, rss = np.array(self.samples).T
            slope = float(np.polyfit(minutes, rss, 1)[0])
        return {
            "minutes": self.minutes,
            "minutes_measured": round(self.samples[-1][0], 1) if self.samples else 0,
            "baseline": f"after {len(TEMPLATES)} warm-up rounds (every template once)",
            "rounds": self.rounds,
            "exports": self.exports,
            "failed_exports": self.failed_exports,
            "export_failures": self.export_failures[:3],
            "rss_after_first_round_mb": round(self.first_round["rss_mb"], 1),
            "rss_start_mb": round(s["rss_mb"], 1),
            "rss_end_mb": round(e["rss_mb"], 1),
            "rss_growth_pct": round((e["rss_mb"] - s["rss_mb"]) / s["rss_mb"] * 100, 2),
            "rss_mb_per_minute": round(slope, 2),
            "rss_end_trimmed_mb": round(self.trim[1], 1),
            "trim_ms": round(self.trim[0], 1),
            "heap_in_use_mb": [round(s["heap_in_use_mb"], 1), round(e["heap_in_use_mb"], 1)],
            "heap_free_mb": [round(s["heap_free_mb"], 1), round(e["heap_free_mb"], 1)],
            "fds_start": s["fds"],
            "fds_growth": e["fds"] - s["fds"],
            "threads_start": s["threads"],
            "threads_growth": e["threads"] - s["threads"],
            "children_growth": e["children"] - s["children"],
            "load_average": round(os.getloadavg()[0], 1),
            "left_behind": self.left,
        }


def drive(app: QApplication, steps: Wait, on_error: Callable[[BaseException], None]) -> None:
    """Run `steps` on the event loop: each yield lets events run for that many seconds."""

    def advance() -> None:
        try:
            wait = next(steps)
        except StopIteration:
            app.quit()
            return
        except BaseException as exc:
            on_error(exc)
            app.quit()
            return
        QTimer.singleShot(int(wait * 1000), advance)

    QTimer.singleShot(0, advance)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--export-every", type=int, default=2, metavar="N",
                        help="export every Nth round (default 2)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--trace", action="store_true",
                        help="also print where Python memory grew (slower)")  # fmt: skip
    parser.add_argument("--census", action="store_true",
                        help="also print the Qt objects and numpy bytes that grew")  # fmt: skip
    args = parser.parse_args()
    app = create_app(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="bench-soak-work-"))
    window = MainWindow(scratch / "drafts", scratch / "videos")
    window.resize(1280, 800)
    window.show()
    soak = Soak(window, args.minutes, max(1, args.export_every), args.trace, args.census)
    errors: list[BaseException] = []
    drive(app, soak.run(), errors.append)
    window.close()
    for folder in (scratch, Path(DATA)):
        shutil.rmtree(folder, ignore_errors=True)
    if errors:
        raise errors[0]
    figures = soak.report()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")
        print("goal: rss_growth_pct under 5 over 10 minutes; fds, threads, children growth 0")
    for line in soak.grown:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
