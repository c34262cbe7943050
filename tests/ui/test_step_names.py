"""The Undo button names every step in the creator's language, the edits of their own texts,
stickers and captions too (the core names its commands in English, for logs only)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from studio.core.captions.commands import SetCaptionLook, ShowCaptions
from studio.core.overlays import OwnSticker, OwnText
from studio.core.project import (
    AddOverlay,
    ChangeOverlay,
    DeleteOverlay,
    Project,
    TypeOverlayText,
)
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template import load_template
from studio.ui.step_names import step_name
from studio.ui.translation import install_language

WORDS = OwnText(id="text-1", text="Ciao")
HEART = OwnSticker(id="sticker-1", path=str(resource_path("stickers", "heart.png")))


@pytest.fixture
def italian(qapp: Any) -> Iterator[None]:
    install_language("it")
    yield
    install_language("en")


def test_own_items_and_captions_steps_are_named_in_italian(italian: None, tmp_path: Any) -> None:
    project = Project.new(load_template(bundled_templates_dir() / "duet"), tmp_path)
    named = {
        AddOverlay(HEART): "aggiunta di uno sticker",
        AddOverlay(WORDS): "aggiunta di un testo",
        ChangeOverlay(HEART.model_copy(update={"x": 0.2}), "move", merges=True):
            "spostamento di uno sticker",
        ChangeOverlay(WORDS.model_copy(update={"rotation": 90}), "turn"): "rotazione di un testo",
        ChangeOverlay(WORDS.model_copy(update={"color": "#FF0000"}), "colour"): "stile di un testo",
        TypeOverlayText(WORDS.model_copy(update={"text": "Ciao!"})): "digitazione in un testo",
        DeleteOverlay("sticker-1"): "eliminazione di uno sticker",
        SetCaptionLook("bold"): "stile dei sottotitoli",
        ShowCaptions(False): "sottotitoli mostrati o nascosti",
    }  # fmt: skip
    assert {step_name(command, project) for command in named} == set(named.values())
