"""The lip-sync flow from the first press to the next start, as one creator walks it through the
real window: record to a song of their own on Record, put the take into transition-challenge,
type a label while the window keeps answering, drag words and a sticker onto the preview,
export, find both in the video where the preview drew them, change the label and see the
caption follow on Post, then lose the process and find everything again at the next start.

Real widgets and keys (pytest-qt, offscreen), the paced test camera through OpenCV, the null
sound sink, real ffmpeg exports decoded afterwards. The pages' seams are where work gets lost,
so this is one test that crosses all of them."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from studio.core.project import ExportSettings, Project, SetExport
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.media.ffmpeg import run_ffmpeg
from studio.media.probe import probe
from studio.ui.main_window import MainWindow
from tests.media_factory import solid_clip, stream_summary
from tests.ui.settling import settle, wait_for_current_picture
from tests.ui.test_own_items import _centre, _drag, _on_picture, _pink, _rgb

pytestmark = pytest.mark.slow

TYPED = "sweats then a suit!!"  # 20 characters, typed one key at a time
CTRL = Qt.KeyboardModifier.ControlModifier


def own_song(folder: Path, seconds: int = 20) -> Path:
    """A song of the creator's own (not bundled, so its beats are measured): 120 BPM, AAC."""
    path = folder / "own-song.m4a"
    beat = "aevalsrc='0.6*sin(2*PI*60*t)*exp(-30*mod(t,0.5))':s=44100"
    run_ffmpeg([
        "-f", "lavfi", "-i", f"{beat}:d={seconds}",
        "-f", "lavfi", "-i", f"sine=f=330:d={seconds}",
        "-filter_complex", "[0][1]amix=inputs=2", "-c:a", "aac", "-b:a", "96k", str(path),
    ])  # fmt: skip
    return path


class ThreadSpy:
    """Which threads called a function: the real one still runs (a spy, not a stand-in)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.threads: list[int] = []
        real = getattr(module, name)

        def spied(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, spied)


def type_at_a_typists_pace(field: Any, text: str) -> list[float]:
    """Type `text` into `field`, a key every 80 ms, while a 2 ms timer notes every gap of the
    window's event loop (ms): what a creator feels as the field stalling. The window's own
    event loop runs meanwhile (QTest.qWait sleeps between its rounds, which would be counted)."""
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    loop = QEventLoop()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(2)
    ticker.timeout.connect(tick)
    letters = list(text)

    def type_one() -> None:
        if letters:
            QTest.keyClick(field, letters.pop(0))
        else:  # the last key has had its 80 ms to land
            loop.quit()

    typist = QTimer()
    typist.setInterval(80)
    typist.timeout.connect(type_one)
    QTimer.singleShot(120_000, loop.quit)  # a stuck loop fails below, not hangs
    ticker.start()
    typist.start()
    loop.exec()
    typist.stop()
    ticker.stop()
    assert not letters, "the typist's keys never all arrived"
    return gaps


def frame_at(video: Path, number: int, size: tuple[int, int] = (270, 480)) -> np.ndarray:
    """Frame `number` of `video`, scaled to `size`, as RGB ints."""
    width, height = size
    raw = run_ffmpeg(["-i", str(video), "-vf", f"select=eq(n\\,{number}),scale={width}:{height}",
                      "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).stdout  # fmt: skip
    return np.frombuffer(raw, np.uint8).reshape(height, width, 3).astype(int)


def _white_above(picture: np.ndarray, y: float) -> np.ndarray:
    """The own words: white, above `y` (the label and the heart's rim are lower down)."""
    mask = (picture > 225).all(axis=2)
    mask[int(picture.shape[0] * y) :] = False
    return mask


def focus(qtbot: Any, window: MainWindow, widget: Any) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def test_record_fill_type_decorate_export_post_crash_and_restart(
    qtbot: Any, studio: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.media import beats, render

    song = own_song(tmp_path)
    studio.resize(1280, 800)
    studio.open_template(load_template(bundled_templates_dir() / "transition-challenge"))

    # 1. record to the song: hold the button a second and a half, then Next
    studio.tabs.setCurrentWidget(studio.record)
    record = studio.record
    qtbot.waitUntil(lambda: record.view.image is not None, timeout=15_000)  # the camera is live
    record.choose_track(song)
    qtbot.waitUntil(lambda: record.waveform.duration > 15, timeout=15_000)
    assert record.track_combo.currentText() == song.name  # the list names what plays
    qtbot.mousePress(record.record_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1500)
    qtbot.mouseRelease(record.record_button, Qt.MouseButton.LeftButton)
    assert record.session is not None and len(record.session.segments) == 1
    with qtbot.waitSignal(record.take_ready, timeout=120_000) as taken:
        qtbot.mouseClick(record.next_button, Qt.MouseButton.LeftButton)
    take = str(taken.args[0])

    # 2. the take lands in the first slot and brings its song; a clip of theirs for the second
    edit = studio.edit
    assert studio.tabs.currentWidget() is edit
    project = studio.project
    assert project is not None and project.path is not None
    draft = project.path
    after = solid_clip(tmp_path / "after.mp4", "#102040", seconds=1.0, size="64x64")
    edit.choose_media("after", str(after))
    settle(qtbot, edit)
    assert project.state.slots["before"].media == take
    assert project.state.music.origin == "take" and project.state.music.path == str(song)
    plan = edit.preview_plan
    assert plan is not None and plan.audio.soundtrack == song  # the cuts follow its beats

    # 3. twenty characters into the label, one key at a time. Whatever reads files (planning
    # with prepare(), measuring the song's beats, ffmpeg probing or decoding, the draft's
    # write) must run off the window's thread: the spies note the thread of every call
    spies = {
        "prepare()": ThreadSpy(monkeypatch, render, "prepare"),
        "beat detection": ThreadSpy(monkeypatch, beats, "decode_mono"),
        "an ffmpeg process": ThreadSpy(monkeypatch, subprocess.Popen, "__init__"),
        "a file write": ThreadSpy(monkeypatch, os, "replace"),  # core/atomic's rename
    }
    assert edit.blanks is not None
    label = edit.blanks.edits["label"]
    focus(qtbot, studio, label)
    gaps = type_at_a_typists_pace(label, TYPED)
    settle(qtbot, edit)
    print(
        f"\nlongest event-loop gap while typing {len(TYPED)} characters: {max(gaps):.1f} ms "
        f"(median {np.median(gaps):.1f} ms, {len(gaps)} ticks)"
    )
    assert label.text() == TYPED and project.state.blanks["label"] == TYPED
    window = threading.get_ident()
    for work, spy in spies.items():
        assert window not in spy.threads, f"{work} ran on the window's thread while typing"
    assert spies["a file write"].threads, "the draft was not written while typing"
    qtbot.waitUntil(lambda: any(t.text == TYPED for t in edit.preview_plan.texts),  # type: ignore[union-attr]
                    timeout=20_000)  # fmt: skip

    # 4. words and a sticker of their own, dragged where they belong on the preview
    plan = edit.preview_plan
    assert plan is not None
    second = next(s for s in plan.slots if s.id == "after")
    moment = second.visible.start + 2.0  # the dark clip alone under them, the label below
    edit.transport.seek(moment)
    panel = edit.own.panel
    qtbot.mouseClick(panel.text_button, Qt.MouseButton.LeftButton)
    hearts = [a for a in panel.sticker_button.menu().actions() if a.text() == "Heart"]
    hearts[0].trigger()  # picked from the button's menu of bundled stickers
    canvas = edit.own.canvas
    qtbot.waitUntil(lambda: {"text-1", "sticker-1"} <= canvas.boxes.keys(), timeout=20_000)
    _drag(qtbot, edit, canvas.handle_points("text-1")["centre"], _on_picture(edit, 0.3, 0.2),
          shift=True)  # fmt: skip
    _drag(qtbot, edit, canvas.handle_points("sticker-1")["centre"], _on_picture(edit, 0.7, 0.8),
          shift=True)  # fmt: skip
    words, heart = project.state.overlays
    assert (words.x, words.y) == (pytest.approx(0.3, abs=0.01), pytest.approx(0.2, abs=0.01))
    assert (heart.x, heart.y) == (pytest.approx(0.7, abs=0.01), pytest.approx(0.8, abs=0.01))

    wait_for_current_picture(qtbot, edit)  # not a frame from the middle of the drag
    preview = _rgb(edit.last_frame)  # type: ignore[arg-type]
    drawn = _centre(preview, _pink(preview))
    assert drawn == (pytest.approx(0.7, abs=0.02), pytest.approx(0.8, abs=0.02))

    # 5. export (small and quick: the creator's own choice of quality), and look at that frame
    project.execute(SetExport(ExportSettings(preset="ultrafast", crf=35, fps=10)))
    with qtbot.waitSignal(edit.exported, timeout=300_000) as exported:
        assert edit.export() is not None
    video = Path(exported.args[0])
    assert studio.tabs.currentWidget() is studio.post and studio.post.video == video
    summary = stream_summary(video)
    assert "1080x1920" in summary and "10 fps" in summary and "Audio: aac" in summary
    assert probe(video).duration == pytest.approx(plan.duration, abs=0.15)
    made = frame_at(video, round(moment * 10))
    for find in (lambda p: _white_above(p, 0.45), _pink):
        seen, found = _centre(preview, find(preview)), _centre(made, find(made))
        # within 1% of the frame: a few pixels of the 270x480 decode, ~11 of the 1080 export
        assert found == (pytest.approx(seen[0], abs=0.01), pytest.approx(seen[1], abs=0.01))
    assert _centre(made, _pink(made)) == (pytest.approx(0.7, abs=0.02),
                                          pytest.approx(0.8, abs=0.02))  # fmt: skip

    # 6. a new label on Edit: the caption on Post follows it; a title of their own on Post
    post = studio.post
    assert post.caption.toPlainText().startswith(TYPED)
    studio.tabs.setCurrentWidget(edit)
    focus(qtbot, studio, label)
    qtbot.keyClick(label, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(label, "glow up")
    studio.tabs.setCurrentWidget(post)
    assert post.caption.toPlainText().startswith("glow up #transition")
    assert TYPED not in post.caption.toPlainText()
    focus(qtbot, studio, post.title)
    qtbot.keyClick(post.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(post.title, "Sweats to suit")

    # 7. the process dies: what is on disk is what the draft writer had written by then
    def written() -> bool:
        saved = Project.open(draft)
        return saved is not None and saved.state.title == "Sweats to suit" and (
            saved.state.blanks.get("label") == "glow up")  # fmt: skip

    qtbot.waitUntil(written, timeout=30_000)  # coalesced: 300 ms after the last key
    again = MainWindow(tmp_path / "drafts", tmp_path / "videos")  # the next start
    qtbot.addWidget(again)
    try:
        again.show()
        drafts = again.home.drafts.list
        assert drafts.count() == 1  # Home offers the draft to continue
        path, _ = drafts.item(0).data(Qt.ItemDataRole.UserRole)
        assert Path(path) == draft
        drafts.itemActivated.emit(drafts.item(0))
        assert again.tabs.currentWidget() is again.edit
        restored = again.project
        assert restored is not None and restored is not project
        assert restored.state.slots["before"].media == take and Path(take).is_file()
        assert restored.state.slots["after"].media == str(after)
        assert restored.state.music.path == str(song)
        assert again.edit.blanks is not None
        assert again.edit.blanks.edits["label"].text() == "glow up"
        assert again.post.title.text() == "Sweats to suit"
        assert again.post.caption.toPlainText().startswith("glow up #transition")
        assert list(again.edit.own.panel.cards) == ["text-1", "sticker-1"]
        assert list(restored.state.overlays) == [words, heart]
        settle(qtbot, again.edit)
        shown = again.edit.preview_plan
        assert shown is not None
        assert [item.id for item in shown.overlays] == ["own:text-1", "own:sticker-1"]
        assert any(t.text == "glow up" for t in shown.texts)
        assert shown.audio.soundtrack == song
    finally:
        again.close()
