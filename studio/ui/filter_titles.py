"""Filters' and their parameters' names in the chosen language.

The names are declared in the media layer (which knows no languages); the marks below let the
translation tools collect them. A filter added later shows its English name until its words are
added here and to the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.media.filters.base import filter_class

CONTEXT = "Filters"
_NAMES = (
    QT_TRANSLATE_NOOP("Filters", "Adjust"),
    QT_TRANSLATE_NOOP("Filters", "Cool"),
    QT_TRANSLATE_NOOP("Filters", "Dreamy"),
    QT_TRANSLATE_NOOP("Filters", "Face sticker"),
    QT_TRANSLATE_NOOP("Filters", "Faded film"),
    QT_TRANSLATE_NOOP("Filters", "Film grain"),
    QT_TRANSLATE_NOOP("Filters", "Green screen"),
    QT_TRANSLATE_NOOP("Filters", "High contrast"),
    QT_TRANSLATE_NOOP("Filters", "LUT file"),
    QT_TRANSLATE_NOOP("Filters", "Mono"),
    QT_TRANSLATE_NOOP("Filters", "Noir"),
    QT_TRANSLATE_NOOP("Filters", "Remove background"),
    QT_TRANSLATE_NOOP("Filters", "Sharpen"),
    QT_TRANSLATE_NOOP("Filters", "Smooth skin"),
    QT_TRANSLATE_NOOP("Filters", "Sunset"),
    QT_TRANSLATE_NOOP("Filters", "Teal & orange"),
    QT_TRANSLATE_NOOP("Filters", "Vignette"),
    QT_TRANSLATE_NOOP("Filters", "Vintage"),
    QT_TRANSLATE_NOOP("Filters", "Vivid"),
    QT_TRANSLATE_NOOP("Filters", "Warm"),
    # parameters
    QT_TRANSLATE_NOOP("Filters", "Amount"),
    QT_TRANSLATE_NOOP("Filters", "Background"),
    QT_TRANSLATE_NOOP("Filters", "Background starts at"),
    QT_TRANSLATE_NOOP("Filters", "Brightness"),
    QT_TRANSLATE_NOOP("Filters", "Contrast"),
    QT_TRANSLATE_NOOP("Filters", "Edge softness"),
    QT_TRANSLATE_NOOP("Filters", "Saturation"),
    QT_TRANSLATE_NOOP("Filters", "Screen colour"),
    QT_TRANSLATE_NOOP("Filters", "Size"),
    QT_TRANSLATE_NOOP("Filters", "Smoothing"),
    QT_TRANSLATE_NOOP("Filters", "Smoothness"),
    QT_TRANSLATE_NOOP("Filters", "Spill removal"),
    QT_TRANSLATE_NOOP("Filters", "Sticker"),
    QT_TRANSLATE_NOOP("Filters", "Strength"),
    QT_TRANSLATE_NOOP("Filters", "Temperature"),
    QT_TRANSLATE_NOOP("Filters", "Threshold"),
    QT_TRANSLATE_NOOP("Filters", "Tint"),
    QT_TRANSLATE_NOOP("Filters", "Tolerance"),
)


def translated(text: str) -> str:
    """A filter's or parameter's English name in the chosen language."""
    return QCoreApplication.translate(CONTEXT, text)


def filter_title(name: str) -> str:
    """The registered filter `name` as a creator reads it."""
    return translated(filter_class(name).title)
