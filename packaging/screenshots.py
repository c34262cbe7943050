"""Screenshots of the studio in a real window (run under Xvfb by packaging/linux/screenshots.sh).

Grabs the X screen itself, not a widget render, so what is saved is what a person would see.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studio.core.resources import bundled_templates_dir, resource_path  # noqa: E402
from studio.core.template import load_template  # noqa: E402
from studio.ui.app import create_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    app = create_app(sys.argv)
    scratch = Path(tempfile.mkdtemp())
    window = MainWindow(scratch / "drafts", scratch / "videos")
    window.resize(1280, 800)
    window.show()

    def grab(name: str) -> None:
        QApplication.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / name))
        print(out / name)

    def edit() -> None:
        window.open_template(load_template(bundled_templates_dir() / "pov"))
        page = window.edit
        page.choose_media("scene", str(resource_path("samples", "dance-portrait.mp4")))
        assert page.blanks is not None
        page.blanks.edits["activity"].setText("finally clean your room")
        page.blanks.edits["day"].setText("Sunday")
        look = page.cards["scene"].look
        look.combo.setCurrentIndex(look.combo.findData("vintage"))
        page.scrub.setValue(75)

    def finish() -> None:
        grab("edit.png")
        window.close()
        app.quit()

    QTimer.singleShot(1200, lambda: grab("home.png"))
    QTimer.singleShot(1500, edit)
    QTimer.singleShot(9000, finish)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
