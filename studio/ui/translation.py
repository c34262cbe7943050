"""The studio's languages: English in the code, Italian and German from compiled Qt catalogues
(`resources/translations/studio_it.qm`, made from the .ts files by `make translations`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from studio.core.resources import resource_path

LANGUAGES = {"en": "English", "it": "Italiano", "de": "Deutsch"}
_installed: QTranslator | None = None


def install_language(code: str) -> bool:
    """Use `code` for every string shown from now on; False when it has no catalogue."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if code == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"studio_{code}.qm"))):
        return False
    app.installTranslator(translator)
    _installed = translator
    return True
