"""Remove background on a slot in Edit: its controls come from the filter's declarations, and the
preview shows the person cut out over the layers below (the No green wall template)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QPushButton

from studio.core.resources import bundled_templates_dir
from studio.core.template import load_template
from studio.ui.main_window import MainWindow

PORTRAIT = Path(__file__).parent.parent / "media" / "photos" / "astronaut-9x16.jpg"
RED = (230, 20, 20)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(main)
    yield main
    main.close()


def test_a_cut_out_slot_stands_in_front_of_the_slot_below_in_the_preview(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    wall = tmp_path / "wall.png"
    Image.new("RGB", (90, 160), RED).save(wall)
    window.open_template(load_template(bundled_templates_dir() / "no-green-wall"))
    page = window.edit
    page.choose_media("backdrop", str(wall))
    page.choose_media("me", str(PORTRAIT))
    look = page.cards["me"].look
    assert look.combo.currentText() == "Template's look (Remove background)"

    def shows_the_cut() -> bool:
        image = page.last_frame
        if image is None:
            return False
        # `me` fills the lower right three quarters: the wall above her shoulder is cut away
        wall_pixel = image.pixelColor(round(image.width() * 0.95), round(image.height() * 0.3))
        face = image.pixelColor(round(image.width() * 0.63), round(image.height() * 0.45))
        return (abs(wall_pixel.red() - RED[0]) < 20 and wall_pixel.blue() < 60
                and face.blue() > 60)  # fmt: skip

    qtbot.waitUntil(shows_the_cut, timeout=30_000)
    look.combo.setCurrentIndex(look.combo.findData("remove-background"))
    assert set(look.controls) == {
        "strength",
        "threshold",
        "softness",
        "smoothing",
        "background",
        "background_start",
    }
    background = look.controls["background"].widget
    assert isinstance(background, QPushButton)  # a file to pick, or none: the slot below
    assert page.draft is not None
    [chosen] = page.draft.slots["me"].filters or []
    assert (chosen.name, chosen.params["background"]) == ("remove-background", "")
