"""The studio's languages: English in the code, Italian and German from compiled Qt catalogues
(`resources/translations/studio_it.qm`, made from the .ts files by `make translations`), plus
Qt's own catalogue (`qtbase_it.qm` from PySide6) so dialogs' OK/Cancel speak the same language.
English has a small catalogue too, for its counted texts ("1 hashtag", "2 hashtags")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.core.resources import resource_path

LANGUAGES = {"en": "English", "it": "Italiano", "de": "Deutsch"}
_installed: list[QTranslator] = []
_current = ["en"]  # the language in use, for what Qt's catalogues cannot translate (templates)


def current_language() -> str:
    """The code of the language the studio speaks now (`en`, `it`, `de`)."""
    return _current[0]


def install_language(code: str) -> bool:
    """Use `code` for every string shown from now on; False when it has no catalogue."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    # numbers and dates in the language's own format
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale(QLocale.Language.English))
    _current[0] = code
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"studio_{code}.qm"))):
        _current[0] = "en"
        return code == "en"  # English is the code's own; its catalogue adds only plurals
    app.installTranslator(translator)
    _installed.append(translator)
    if code == "en":
        return True
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", folder):  # a missing Qt catalogue leaves buttons English
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True
