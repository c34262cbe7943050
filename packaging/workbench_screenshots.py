"""Screenshots of the gallery and the template preview window in a real X window (under Xvfb).

Run: `QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python
packaging/workbench_screenshots.py`. Writes docs/gallery.png, docs/gallery-hover.png,
docs/workbench-preview.png and docs/workbench-preview-broken.png. Uses a scratch data folder with
one installed package and one broken installed template, so every kind of card shows.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="studio-shots-"))
os.environ["STUDIO_DATA_DIR"] = str(SCRATCH / "data")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studio.core.resources import bundled_templates_dir  # noqa: E402
from studio.core.template.catalogue import installed_templates_dir  # noqa: E402
from studio.core.template.package import install_package, pack_template  # noqa: E402
from studio.media.template_lint import lint_with_media  # noqa: E402
from studio.media.image_header import image_size  # noqa: E402
from studio.ui.app import create_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402
from studio.ui.template_preview.window import TemplatePreviewWindow  # noqa: E402


def installed_examples() -> None:
    """A packaged and installed remix of POV, and an installed template with a mistake."""
    source = SCRATCH / "pov-neon"
    shutil.copytree(bundled_templates_dir() / "pov", source)
    data = json.loads((source / "template.json").read_text(encoding="utf-8"))
    data.update(name="POV neon", tags=["pov", "neon"])
    (source / "template.json").write_text(json.dumps(data), encoding="utf-8")
    package = SCRATCH / "pov-neon.crossumer"
    pack_template(source, package, version="1.2.0", author="Ana Costa", licence="CC-BY-4.0",
                  lint=lint_with_media)
    install_package(package, installed_templates_dir(), image_size)
    broken = installed_templates_dir() / "glow-up"
    shutil.copytree(bundled_templates_dir() / "before-after", broken)
    data = json.loads((broken / "template.json").read_text(encoding="utf-8"))
    data["name"] = "Glow up"
    data["slots"][0]["duration"] = "three seconds"
    (broken / "template.json").write_text(json.dumps(data), encoding="utf-8")


def main() -> int:
    out = ROOT / "docs"
    installed_examples()
    app = create_app(sys.argv)
    window = MainWindow(SCRATCH / "drafts", SCRATCH / "videos")
    window.resize(1280, 800)
    window.show()
    folder = SCRATCH / "three-things"
    shutil.copytree(bundled_templates_dir() / "three-things", folder)
    previews: list[TemplatePreviewWindow] = []

    def grab(name: str) -> None:
        for _ in range(20):  # let every pending paint reach the X server (the machine is busy)
            QApplication.processEvents()
            time.sleep(0.02)
        app.primaryScreen().grabWindow(0).save(str(out / name))
        print(out / name)

    def hover() -> None:
        card = window.home.card("pov-neon")
        card.hovered.emit(True)

    def preview() -> None:
        window.hide()
        view = TemplatePreviewWindow(folder)
        view.resize(1280, 860)
        view.move(0, 0)
        view.show()
        view.seek(2.2)
        view.zone_boxes["tiktok"].setChecked(True)
        view.zone_boxes["reels"].setChecked(True)
        previews.append(view)

    def break_it() -> None:
        file = folder / "template.json"
        file.write_text(file.read_text(encoding="utf-8").replace('"name"', '"name" "', 1))

    def finish() -> None:
        previews[0].close()
        window.close()
        app.quit()

    # (wait before, step): each step starts only after the one before, however busy the machine
    steps: list[tuple[int, Callable[[], None]]] = [
        (1500, lambda: grab("gallery.png")),
        (200, hover),
        (10000, lambda: grab("gallery-hover.png")),
        (300, preview),
        (2500, lambda: grab("workbench-preview.png")),
        (300, break_it),
        (2000, lambda: grab("workbench-preview-broken.png")),
        (300, finish),
    ]

    def run(index: int) -> None:
        steps[index][1]()
        if index + 1 < len(steps):
            QTimer.singleShot(steps[index + 1][0], lambda: run(index + 1))

    QTimer.singleShot(steps[0][0], lambda: run(0))
    code = app.exec()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
