"""`bench/ui.py`: does the window's event loop stall while recording, previewing or exporting?

The studio runs offscreen with a 5 ms timer on its event loop; a stall is how much later than
due each tick arrives. Three phases of 10 s each: recording with the paced 1280x720 test camera
and the soundtrack playing; the edit page playing its preview; an export running. Target
(issue 7): no stall over 50 ms. Also prints how long the window takes to appear.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STUDIO_CAMERA"] = "lavfi:testsrc2=size=1280x720:rate=30"
os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-ui-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from studio.core.resources import bundled_templates_dir, resource_path  # noqa: E402
from studio.core.template import load_template  # noqa: E402
from studio.ui.app import create_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402

TICK_MS = 5
PHASE_S = 10


class StallMeter:
    def __init__(self) -> None:
        self.phase = ""
        self.gaps: dict[str, list[float]] = {}
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        if self.phase:
            late = (now - self.last) * 1000 - TICK_MS
            self.gaps.setdefault(self.phase, []).append(max(0.0, late))
        self.last = now

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()


def main() -> int:
    app = create_app(sys.argv)
    scratch = Path(tempfile.mkdtemp())
    window = MainWindow(scratch / "drafts", scratch / "videos")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"window shown {time.perf_counter() - STARTED:.2f} s after the process started")
    meter = StallMeter()

    def record() -> None:
        window.tabs.setCurrentWidget(window.record)
        window.record.choose_track(resource_path("music", "sunny-pop.m4a"))

    def start_recording() -> None:
        meter.start("recording (camera, music, encoder)")
        window.record.start_recording()

    def preview() -> None:
        window.record.stop_recording()
        meter.start("")
        window.open_template(load_template(bundled_templates_dir() / "pov"))
        window.edit.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))

    def play() -> None:
        meter.start("previewing (edit page playing)")
        window.edit.play_button.setChecked(True)

    def export() -> None:
        window.edit.play_button.setChecked(False)
        meter.start("exporting (1080x1920 render)")
        window.edit.export()

    def finish() -> None:
        meter.start("")
        window.close()
        app.quit()

    steps: list[tuple[float, Callable[[], None]]] = [
        (0.5, record), (3.0, start_recording), (3.0 + PHASE_S, preview),
        (5.0 + PHASE_S, play), (5.0 + 2 * PHASE_S, export), (5.0 + 3 * PHASE_S, finish),
    ]  # fmt: skip
    for at, step in steps:
        QTimer.singleShot(int(at * 1000), step)
    app.exec()
    print(f"{'phase':38}{'ticks':>7}{'median ms':>11}{'p99 ms':>9}{'max ms':>9}")
    worst = 0.0
    for phase, gaps in meter.gaps.items():
        if not phase:
            continue
        p99 = sorted(gaps)[int(len(gaps) * 0.99)]
        worst = max(worst, max(gaps))
        print(f"{phase:38}{len(gaps):7d}{statistics.median(gaps):11.1f}{p99:9.1f}"
              f"{max(gaps):9.1f}")  # fmt: skip
    print(f"longest stall {worst:.0f} ms (target: under 50 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
