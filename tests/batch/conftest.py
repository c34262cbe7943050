"""A bundled template made tiny (small canvas, low frame rate, a few seconds) so batches of real
renders stay quick, and rows files pointing at the bundled samples."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studio.core.resources import resource_path
from studio.core.scratch import PARTIAL_PREFIX
from tests.conftest import TemplateEditor

SAMPLES = ("dance-portrait.mp4", "garden-square.mp4", "city-landscape.mp4", "portrait-photo.jpg")
TinyTemplate = Callable[[float], Path]


@pytest.fixture
def tiny_pov(edited_template: TemplateEditor) -> TinyTemplate:
    """The bundled `pov` template at 180x320, 15 fps, `seconds` long."""

    def make(seconds: float = 2.0) -> Path:
        def shrink(data: dict[str, Any]) -> None:
            data["canvas"] = {"width": 180, "height": 320, "fps": 15}
            data["duration"] = seconds
            data["slots"][0]["duration"] = seconds
            data["stickers"][0].update(start=0.5, duration=1)
            data["texts"][0]["style"]["size"] = 18

        return edited_template("pov", shrink)

    return make


def sample(name: str) -> str:
    return str(resource_path("samples", name))


def write_rows(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A CSV rows file, quoted as a spreadsheet would write it."""
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([header, *rows])
    return path


def leftovers(folder: Path) -> list[str]:
    """The studio's hidden temporary files in a folder (a render's output before its rename)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(PARTIAL_PREFIX))


def rendering(data_folder: Path) -> bool:
    """True while some studio process under this data folder is encoding a picture."""
    return any((data_folder / "scratch").glob("*/*.mp4"))
