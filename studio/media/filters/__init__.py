"""Filters: frozen dataclasses with declared parameters, shared by the live preview and export."""

from studio.media.filters import beauty as _beauty  # noqa: F401  (registers)
from studio.media.filters import chroma as _chroma  # noqa: F401  (registers)
from studio.media.filters import detail as _detail  # noqa: F401  (registers)
from studio.media.filters import face_sticker as _face_sticker  # noqa: F401  (registers)
from studio.media.filters import looks as _looks  # noqa: F401  (registers)
from studio.media.filters import lut as _lut  # noqa: F401  (registers)
from studio.media.filters import remove_background as _remove_background  # noqa: F401  (registers)
from studio.media.filters.base import (
    Filter,
    FilterChain,
    FilterError,
    Param,
    build_filter,
    filter_names,
    param_specs,
)
from studio.media.filters.looks import look_names
from studio.media.filters.thumbnails import look_thumbnails

__all__ = [
    "Filter",
    "FilterChain",
    "FilterError",
    "Param",
    "build_filter",
    "filter_names",
    "look_names",
    "look_thumbnails",
    "param_specs",
]
