"""Numbers as the creator's language writes them: `2,5` in Italian and German, `2.5` in English.

Python's format strings always write a point; every number a widget shows goes through here, so
it follows the language `install_language` chose (which sets Qt's default locale)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def local_number(value: float, decimals: int | None = None) -> str:
    """`value` in the current locale, with `decimals` places or as few as it needs (2,5)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1200 s, not 1.200 s
    if decimals is None:
        return locale.toString(
            float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )
    return locale.toString(float(value), "f", decimals)
