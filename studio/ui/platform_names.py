"""Platforms' names as a creator reads them: brands stay as they are, "Custom" is translated.

The names come from `resources/platforms.json` (the core knows no languages); the mark below
lets the translation tools collect the one that is a word rather than a brand.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.platforms import Platform

CONTEXT = "Platforms"
_NAMES = (QT_TRANSLATE_NOOP("Platforms", "Custom"),)


def platform_name(platform: Platform) -> str:
    """`platform`'s name in the chosen language."""
    return QCoreApplication.translate(CONTEXT, platform.name)
