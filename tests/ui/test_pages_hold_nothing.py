"""Pages hold nothing beyond what is on screen: a creator's choices live in the project.

The rule, checked on every page after a flow that touches each of them: an attribute of a page
is a Qt object (its widgets, timers, helpers), the project it views (or None), a callable (an
unsubscribe), a flag, a folder it writes to, a device or job it runs, or a cache of a file
named below. A string, a number, a list of words or a model of the core's (a ProjectState, a
Cover, a PostView-like snapshot) held by a page is a copy of the creator's work that can go stale:
the test names it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt

from studio.core.project import Project
from studio.core.template import load_template
from studio.ui.main_window import MainWindow
from tests.media_factory import solid_clip
from tests.ui.test_one_model import choose, day_template

pytestmark = pytest.mark.slow

# what a page may hold besides Qt objects, by attribute name: things it runs or reads from
# files, none of them a choice of the creator's
# devices and workers: Record's camera, clock, session and helpers; Edit's preview renderer
RUNNING = {"camera", "clock", "preview", "session", "music", "takes", "duet", "jobs", "renderer"}
READ_FROM_FILES = {
    *("facts", "texts", "history", "platform_tags", "platforms"),  # Post
    *("entries", "broken", "bundled_folder", "installed_folder", "loops"),  # Home's templates
    *("loaded", "last_plan"),  # Edit: the project's template; the plan an export was made from
    "preview_plan",  # Edit: the plan the preview draws (made from the project by a job)
    "plain_plan",  # Edit: the same without auto captions (what they are transcribed from)
    "_infos",  # Edit: the probes of the preview plan's files
    "_measured",  # Edit: what the last planning read (song length, beats, clip lengths)
}
MACHINERY = (
    RUNNING
    | READ_FROM_FILES
    | {
        "kit",  # Post's kit being saved
        "default_platforms",  # Post: the Settings' default, for a project that chose none
        "sound_notice",  # Record: what the sound device said when it opened
    }
)


def offending(page: QObject) -> list[str]:
    """The attributes of `page` that break the rule, as `name: type`."""
    found = []
    for name, value in vars(page).items():
        if name.startswith("__") or name in MACHINERY or _allowed(name, value):
            continue
        found.append(f"{type(page).__name__}.{name}: {type(value).__name__}")
    return found


def _allowed(name: str, value: Any) -> bool:
    if value is None or isinstance(value, bool | QObject | Project):
        return True
    if isinstance(value, Path):
        return name.endswith("_folder")  # where the page writes, from the settings
    if isinstance(value, dict):
        return all(isinstance(item, QObject) for item in value.values())  # widgets by id
    if isinstance(value, list):
        return all(isinstance(item, QObject) for item in value)
    return callable(value) and not isinstance(value, type)


def test_the_rule_names_a_copy_of_the_creators_words(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    qtbot.addWidget(page)
    page.caption = "See you Monday"  # type: ignore[attr-defined]
    page.tags = ["#week"]  # type: ignore[attr-defined]
    page.project = None  # type: ignore[attr-defined]
    page.unsubscribe: Callable[[], None] = lambda: None  # type: ignore[attr-defined]
    assert offending(page) == ["QWidget.caption: str", "QWidget.tags: list"]


def test_no_page_holds_a_copy_of_the_project(qtbot: Any, studio: MainWindow,
                                             tmp_path: Path) -> None:  # fmt: skip
    studio.open_template(load_template(day_template(tmp_path)))
    edit = studio.edit
    edit.choose_media("scene", str(solid_clip(tmp_path / "red.mp4", "red", seconds=1)))
    qtbot.waitUntil(lambda: edit.draft is not None and "scene" in edit.draft.slots, timeout=30_000)
    assert edit.blanks is not None
    qtbot.keyClicks(edit.blanks.edits["day"], "Monday")
    studio.tabs.setCurrentWidget(studio.record)
    choose(studio.record.speed_combo, 2.0)
    studio.record.strip.buttons["mono"].click()
    studio.tabs.setCurrentWidget(studio.post)
    studio.post.caption.setPlainText("See you Monday, at the lake")
    studio.post.platform_boxes["shorts"].click()
    qtbot.keyClicks(studio.post.title, " plans")
    studio.tabs.setCurrentWidget(studio.home)
    studio.post_alone(str(solid_clip(tmp_path / "take.mp4", "blue", seconds=1)))
    studio.post.caption.setPlainText("just me")
    assert studio.post.platform_boxes["shorts"].focusPolicy() != Qt.FocusPolicy.NoFocus
    pages = (studio.home, studio.record, studio.edit, studio.post)
    assert [line for page in pages for line in offending(page)] == []
