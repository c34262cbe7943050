"""Screenshots of every page in a real window (run under Xvfb by packaging/linux/screenshots.sh).

Grabs the X screen itself, not a widget render, so what is saved is what a person would see.
The record page uses the paced test-pattern camera (STUDIO_CAMERA, set by the shell script).
"""

from __future__ import annotations

import dataclasses
import os
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

    def post() -> None:
        video = str(resource_path("samples", "dance-portrait.mp4"))
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

    steps: list[tuple[int, Callable[[], None]]] = [
        (1200, lambda: grab("home.png")),
        (1500, record),
        (4500, look),
        (5000, window.record.start_recording),
        (6600, window.record.stop_recording),
        (7200, window.record.start_recording),
        (8200, window.record.stop_recording),
        (9000, lambda: grab("record.png")),
        (9300, edit),
        (17000, lambda: grab("edit.png")),
        (17300, post),
        (20000, lambda: grab("post.png")),
        (20300, open_settings),
        (21000, lambda: settings[0].grab().save(str(out / f"settings{suffix}.png"))),
        (21300, finish),
    ]
    for delay, step in steps:
        QTimer.singleShot(delay, step)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
