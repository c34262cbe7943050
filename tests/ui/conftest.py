"""Qt tests run offscreen (make test sets QT_QPA_PLATFORM); the theme matches the real app."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
