"""Fixtures shared by every layer's tests: copies of bundled templates to break on purpose."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import bundled_templates_dir

TemplateEditor = Callable[[str, Callable[[dict[str, Any]], None]], Path]


@pytest.fixture
def edited_template(tmp_path: Path) -> TemplateEditor:
    """Copy a bundled template into tmp_path and apply `mutate` to its JSON."""

    def make(slug: str, mutate: Callable[[dict[str, Any]], None]) -> Path:
        folder = tmp_path / slug
        shutil.copytree(bundled_templates_dir() / slug, folder)
        file = folder / "template.json"
        data = json.loads(file.read_text(encoding="utf-8"))
        mutate(data)
        file.write_text(json.dumps(data), encoding="utf-8")
        return folder

    return make


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tag history and presets go to a fresh folder, never the real user's (also for the
    `studio` processes a test starts, which inherit the environment)."""
    folder = tmp_path / "studio-data"
    monkeypatch.setenv("STUDIO_DATA_DIR", str(folder))
    return folder
