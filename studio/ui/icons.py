"""The studio's bundled icons (resources/icons, our own drawings, MIT like the code)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from studio.core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))
