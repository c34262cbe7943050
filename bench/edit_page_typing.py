"""Typing into a blank of the real Edit page (offscreen), for `bench/preview.py`: a beat-cut
template with a long song of the creator's own, as in the lip-sync flow (record to a song, put
the take into transition-challenge).

- keystroke: from a character typed to the preview's canvas painting the frame that shows it,
  through everything the page does (the command, the draft, the plan, the renderer, the paint);
- stall: the longest gap of the window's event loop (a 2 ms timer) while 20 characters are
  typed at a fast typist's pace.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from studio.core.project import SetMusic, SoundtrackChoice
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg

SONG_SECONDS = 180
TYPED = "sweats then a suit!!"  # 20 characters
TYPING_INTERVAL_MS = 80  # about 12 characters a second


def own_song(folder: Path) -> Path:
    """A 3-minute song with a steady 120 BPM beat, AAC, as a creator's own file would be."""
    path = folder / "own-song.m4a"
    if not path.is_file():
        beat = "aevalsrc='0.6*sin(2*PI*60*t)*exp(-30*mod(t,0.5))':s=44100"
        run_ffmpeg([
            "-f", "lavfi", "-i", f"{beat}:d={SONG_SECONDS}",
            "-f", "lavfi", "-i", f"sine=f=330:d={SONG_SECONDS}",
            "-filter_complex", "[0][1]amix=inputs=2", "-c:a", "aac", "-b:a", "128k", str(path),
        ], timeout=600)  # fmt: skip
    return path


def planning_ms(clips: list[Path], song: Path) -> tuple[list[float], list[float]]:
    """`prepare()` for transition-challenge with `song`: measuring its beats again each time
    (as every keystroke did before beat grids were cached), and with the cache."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.media.beats import BEAT_GRIDS
    from studio.media.render import prepare

    loaded = load_template(bundled_templates_dir() / "transition-challenge")
    slots = {"before": SlotInput(clips[0]), "after": SlotInput(clips[1])}
    given = CreatorInput(slots=slots, blanks={"label": "sweats"}, soundtrack=song)
    uncached, cached = [], []
    for _ in range(3):
        BEAT_GRIDS.clear()
        started = time.perf_counter()
        prepare(loaded, given)
        uncached.append((time.perf_counter() - started) * 1000)
    for _ in range(10):
        started = time.perf_counter()
        prepare(loaded, given)
        cached.append((time.perf_counter() - started) * 1000)
    return uncached, cached


def _wait(app: object, done: Callable[[], bool], seconds: float = 120.0) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the Edit page did not settle")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)  # type: ignore[attr-defined]
        time.sleep(0.001)


def _label(plan: object) -> str | None:
    for text in getattr(plan, "texts", ()):
        if text.id == "label":
            return str(text.text)
    return None


def typing_on_the_edit_page(folder: Path, clips: list[Path], song: Path | None
                            ) -> dict[str, list[float]]:  # fmt: skip
    """Keystroke-to-frame times and the event loop's gaps while typing, in ms (`song` None:
    the template's own song, the reference)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(folder / "drafts", folder / "videos")
    window.resize(1280, 800)
    window.show()
    try:
        window.open_template(load_template(bundled_templates_dir() / "transition-challenge"))
        page = window.edit
        assert page.project is not None and page.blanks is not None
        if song is not None:
            page.project.execute(SetMusic(SoundtrackChoice(path=str(song), origin="creator")))
        page.choose_media("before", str(clips[0]))
        page.choose_media("after", str(clips[1]))
        transport = page.transport

        def ready() -> bool:
            plan = transport.current_plan
            return (page.settled and plan is not None
                    and (song is None or plan.audio.soundtrack == song)
                    and len([s for s in plan.slots if s.media]) == 2
                    and not page.feed.preparer.busy())  # fmt: skip

        _wait(app, ready)
        plan = transport.current_plan
        assert plan is not None
        label = next(text for text in plan.texts if text.id == "label")
        transport.seek(label.span.start + 0.6)  # the label on screen
        _wait(app, lambda: transport.last_drawn_plan is transport.current_plan)
        edit = page.blanks.edits["label"]
        edit.setFocus()

        def rest() -> None:  # the full-size frame drawn when the picture rests comes and goes
            QTest.qWait(transport.sharpen_timer.interval() + 150)
            _wait(app, lambda: page.settled)

        rest()
        keystrokes: list[float] = []
        for letter in TYPED:
            typed = (edit.text() + letter).strip()  # the plan's words are trimmed
            before = transport.last_drawn_plan
            started = time.perf_counter()
            QTest.keyClick(edit, letter)

            def shown(typed: str = typed, before: object = before) -> bool:
                drawn = transport.last_drawn_plan  # and painted on the canvas
                return (drawn is not before and _label(drawn) == typed
                        and transport.canvas.painted is transport.last_frame)  # fmt: skip

            _wait(app, shown)
            keystrokes.append((time.perf_counter() - started) * 1000)
            rest()
        edit.clear()
        rest()
        gaps = _stalls(app, edit, QElapsedTimer, QTimer, Qt)
        return {"keystroke": keystrokes, "gaps": gaps}
    finally:
        window.close()


def _stalls(app: object, edit: object, elapsed_timer: type, timer_type: type, qt: object
            ) -> list[float]:  # fmt: skip
    """The gaps between ticks of a 2 ms timer while TYPED is typed, one key every 80 ms."""
    from PySide6.QtTest import QTest

    clock = elapsed_timer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = timer_type()
    ticker.setTimerType(qt.TimerType.PreciseTimer)  # type: ignore[attr-defined]
    ticker.setInterval(2)
    ticker.timeout.connect(tick)
    letters = list(TYPED)

    def type_one() -> None:
        if letters:
            QTest.keyClick(edit, letters.pop(0))

    typist = timer_type()
    typist.setInterval(TYPING_INTERVAL_MS)
    typist.timeout.connect(type_one)
    ticker.start()
    typist.start()
    QTest.qWait(TYPING_INTERVAL_MS * (len(TYPED) + 1) + 1000)  # and the last key lands
    typist.stop()
    ticker.stop()
    return gaps
