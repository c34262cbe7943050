"""Create the QApplication and the objects the window needs, then run the event loop.

Objects are made here and passed in (no global app object), so a test can build any page alone.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.core.scratch import sweep_scratch
from studio.core.user_data import user_data_dir
from studio.ui.desktop_start import prepare_desktop
from studio.ui.main_window import MainWindow, first_size
from studio.ui.native_heap import limit_arenas
from studio.ui.startup_probe import arm_startup_probe
from studio.ui.theme import apply_dark_theme


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with the studio's name and theme (reused when one exists, as in tests)."""
    limit_arenas()  # before the studio's threads start: a window left open stays its size
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName("Crossumer Studio")
    app.setOrganizationName("Crossumer")
    app.setApplicationVersion(__version__)
    apply_dark_theme(app)
    return app


def studio_folders() -> tuple[Path, Path]:
    """Where drafts are kept (in the data folder, `STUDIO_DATA_DIR` honoured, as the CLI's) and
    where videos are exported, per the platform's conventions; takes live beside the drafts."""
    movies = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)
    return user_data_dir() / "drafts", Path(movies or Path.home()) / "Crossumer Studio"


def fit_to_screen(window: MainWindow) -> None:
    """Size the window for the screen it opens on (at most 90% of it) and centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 800)
        return
    area = screen.availableGeometry()
    size = first_size(area.size())
    window.setMinimumSize(window.minimumSize().boundedTo(size))
    window.resize(size)
    window.move(area.center().x() - size.width() // 2, area.center().y() - size.height() // 2)


def run_app(argv: Sequence[str], package: Path | None = None) -> int:
    """Open the studio window and run until it closes; `package` (a .crossumer file opened
    from the file manager) is offered for installing once the window shows."""
    sweep_scratch()  # what a killed render left behind, before anything new is written
    app = create_app(argv)
    prepare_desktop(app)
    window = MainWindow(*studio_folders())
    fit_to_screen(window)
    window.show()
    if package is not None:
        QTimer.singleShot(0, lambda: window.install_package(package, confirm=True))
    arm_startup_probe(app, window)
    from studio.media.fallback_fonts import warm_up

    threading.Thread(target=warm_up, name="fonts", daemon=True).start()
    return app.exec()
