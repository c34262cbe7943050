"""Screenshots of every page in a real window (run under Xvfb by packaging/linux/screenshots.sh).

Grabs the X screen itself, not a widget render, so what is saved is what a person would see.
The record page uses the paced test-pattern camera (STUDIO_CAMERA, set by the shell script).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studio.core.project import RecordExport  # noqa: E402
from studio.core.resources import bundled_templates_dir, resource_path  # noqa: E402
from studio.core.template import load_template  # noqa: E402
from studio.ui.app import create_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402
from studio.ui.settings_dialog import SettingsDialog  # noqa: E402


def main() -> int:
    out = Path(os.environ.get("STUDIO_SHOT_DIR", ROOT / "docs"))
    out.mkdir(exist_ok=True)
    app = create_app(sys.argv)
    scratch = Path(tempfile.mkdtemp())
    window = MainWindow(scratch / "drafts", scratch / "videos")
    width, height = (int(v) for v in os.environ.get("STUDIO_SHOT_SIZE", "1280x800").split("x"))
    window.resize(width, height)  # the whole screen: the picture is the window
    window.show()
    if language := os.environ.get("STUDIO_SHOT_LANGUAGE"):  # e.g. "it", "de": as Settings does
        window.apply_settings(dataclasses.replace(window.settings, language=language))

    suffix = os.environ.get("STUDIO_SHOT_SUFFIX", "")

    def grab(name: str) -> None:
        QApplication.processEvents()
        name = name.replace(".png", f"{suffix}.png")
        app.primaryScreen().grabWindow(0).save(str(out / name))
        print(out / name)

    def record() -> None:
        window.tabs.setCurrentWidget(window.record)
        page = window.record
        page.track_combo.setCurrentIndex(page.track_combo.findData("sunny-pop"))
        page.panel.safe_box.setChecked(True)

    def look() -> None:
        window.record.strip.buttons["warm"].click()

    def edit() -> None:
        window.open_template(load_template(bundled_templates_dir() / "pov"))
        page = window.edit
        page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
        assert page.blanks is not None
        page.blanks.edits["activity"].setText("finally clean your room")
        page.blanks.edits["day"].setText("Sunday")
        card = page.cards["scene"]
        card.look.combo.setCurrentIndex(card.look.combo.findData("vintage"))
        page.scrub.setValue(75)

    def duet() -> None:  # a layered template: a lane per clip, and words of the creator's own
        window.open_template(load_template(bundled_templates_dir() / "duet"))
        page = window.edit
        page.choose_media("original", str(resource_path("samples", "dance-portrait.mp4")))
        page.choose_media("me", str(resource_path("samples", "green-screen-dance.mp4")))
        page.own.add_text()
        page.scrub.setValue(45)

    def post() -> None:
        video = str(scratch / "videos" / "pov-sunday.mp4")  # named as an export would be
        (scratch / "videos").mkdir(parents=True, exist_ok=True)
        shutil.copy(resource_path("samples", "dance-portrait.mp4"), video)
        assert window.project is not None  # the sample stands in for the export
        window.project.execute(RecordExport(video), undoable=False)
        window.post_export(video)

    settings: list[SettingsDialog] = []

    def open_settings() -> None:
        dialog = SettingsDialog(window.settings, window, window.default_output)
        dialog.show()
        settings.append(dialog)

    def finish() -> None:
        settings[0].close()
        window.close()
        app.quit()

    def camera_live() -> bool:
        return window.record.view.image is not None and window.record.waveform.duration > 0

    def edit_ready() -> bool:  # planned, drawn, the timeline's pictures made (a busy machine waits)
        page, clips = window.edit, window.edit.timeline.clips.values()
        drawn = page.transport.last_drawn_plan is page.transport.current_plan
        return page.settled and drawn and bool(clips) and all(clip.thumbnails for clip in clips)

    # (pause in ms, what must be ready first or None, the step), run one after another
    steps: list[tuple[int, Callable[[], bool] | None, Callable[[], None]]] = [
        (1200, None, lambda: grab("home.png")),
        (300, None, record),
        (1000, camera_live, look),
        (500, None, window.record.start_recording),
        (1600, None, window.record.stop_recording),
        (600, None, window.record.start_recording),
        (1000, None, window.record.stop_recording),
        (800, None, lambda: grab("record.png")),
        (300, None, edit),
        (2000, edit_ready, lambda: grab("edit.png")),
        (300, None, post),
        (2700, None, lambda: grab("post.png")),
        (300, None, duet),
        (2000, edit_ready, lambda: grab("edit-layers.png")),
        (300, None, open_settings),
        (700, None, lambda: settings[0].grab().save(str(out / f"settings{suffix}.png"))),
        (300, None, finish),
    ]

    def run(index: int, waited: int = 0) -> None:
        _, ready, step = steps[index]
        if ready is not None and not ready() and waited < 120_000:
            QTimer.singleShot(200, lambda: run(index, waited + 200))
            return
        step()
        if index + 1 < len(steps):
            QTimer.singleShot(steps[index + 1][0], lambda: run(index + 1))

    QTimer.singleShot(steps[0][0], lambda: run(0))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
