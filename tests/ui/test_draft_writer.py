"""The draft while typing: written off the window's thread, not once per keystroke, atomically,
and everything typed is on disk once the typing rests or the window closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.core.project import Project, TypeBlank, read_state
from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.ui.draft_writer import DraftWriter
from studio.ui.jobs import JobRunner


def _typing(project: Project, text: str) -> None:
    for end in range(1, len(text) + 1):
        project.execute(TypeBlank("day", text[:end]))


def test_keystrokes_are_coalesced_and_the_last_one_lands(qtbot: Any, tmp_path: Path) -> None:
    project = Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path)
    runner = JobRunner()
    writer = DraftWriter(runner)
    writer.attach(project)
    try:
        _typing(project, "Saturday night")  # 14 keystrokes, faster than any typist
        assert 1 <= writer.writes <= 2  # the first at once; the rest wait for the pause
        qtbot.waitUntil(lambda: writer.settled, timeout=10_000)
        assert writer.writes <= 3
        state = read_state(project.path)  # type: ignore[arg-type]
        assert state is not None and state.blanks["day"] == "Saturday night"
        beside = [p.name for p in tmp_path.iterdir() if p.name != "studio-data"]  # the data folder
        assert beside == [project.path.name]  # type: ignore[union-attr]
    finally:
        writer.attach(None)
        runner.close()


def test_closing_writes_what_the_last_300_ms_left(qtbot: Any, tmp_path: Path) -> None:
    project = Project.new(load_template(bundled_templates_dir() / "pov"), tmp_path)
    runner = JobRunner()
    writer = DraftWriter(runner)
    writer.attach(project)
    _typing(project, "Sunday")
    writer.attach(None)  # the window closes now, before the pause
    runner.close()
    state = read_state(project.path)  # type: ignore[arg-type]
    assert state is not None and state.blanks["day"] == "Sunday"
    project.execute(TypeBlank("day", "Monday"))  # detached: written at once, as without it
    assert read_state(project.path).blanks["day"] == "Monday"  # type: ignore[arg-type,union-attr]
