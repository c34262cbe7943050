"""Crossumer Studio: a desktop studio for short vertical video."""

__version__ = "0.2.0"
