"""Filters: frozen dataclasses with declared parameters, shared by the live preview and export."""

from studio.media.filters import beauty as _beauty  # noqa: F401  (registers)
from studio.media.filters import chroma as _chroma  # noqa: F401  (registers)
from studio.media.filters import detail as _detail  # noqa: F401  (registers)
from studio.media.filters import looks as _looks  # noqa: F401  (registers)
from studio.media.filters import lut as _lut  # noqa: F401  (registers)
from studio.media.filters.base import (
    Filter,
    FilterChain,
    FilterError,
    Param,
    build_filter,
    filter_names,
    param_specs,
)

__all__ = [
    "Filter",
    "FilterChain",
    "FilterError",
    "Param",
    "build_filter",
    "filter_names",
    "param_specs",
]
