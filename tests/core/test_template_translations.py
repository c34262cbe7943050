"""A template carries its own translations: shown in the creator's language, English where a text
is not translated, and a translation of something the template does not have is a load problem."""

from __future__ import annotations

import json
from typing import Any

import pytest

from studio.core.fill_v2 import inputs_as_slots
from studio.core.resources import bundled_templates_dir
from studio.core.template import TemplateError, load_template
from studio.core.template.translated import slot_words, template_words
from tests.conftest import TemplateEditor

BUNDLED = sorted(p.name for p in bundled_templates_dir().iterdir() if p.is_dir())


def _translate(language: str, texts: dict[str, Any]) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        data["translations"] = {language: texts}

    return mutate


def test_texts_in_italian_with_english_for_what_is_not_translated(
    edited_template: TemplateEditor,
) -> None:
    texts = {"name": "POV italiano", "slots": {"scene": {"label": "La tua scena"}},
             "blanks": {"day": {"prompt": "Quando?", "example": "Domenica"}}}  # fmt: skip
    loaded = load_template(edited_template("pov", _translate("it", texts)))
    words = template_words(loaded.template, "it_IT")
    assert words.name == "POV italiano"
    assert words.slots["scene"].label == "La tua scena"
    assert words.blanks["day"].prompt == "Quando?"
    assert words.blanks["day"].example == "Domenica"
    # not translated: the template's own words
    assert words.description == loaded.template.description
    assert words.slots["scene"].prompt == loaded.template.slots[0].prompt
    assert words.blanks["activity"].prompt == "What are you doing?"
    # a language the template does not carry is the template's own, whole
    english = template_words(loaded.template, "fr")
    assert (english.name, english.slots["scene"].label) == ("POV", "Your scene")
    assert slot_words(loaded.template.slots[0], "de").label == "Your scene"


def test_a_translated_unknown_slot_is_a_problem_at_its_json_path(
    edited_template: TemplateEditor,
) -> None:
    texts = {"slots": {"scenery": {"label": "Scena"}}, "blanks": {"night": {"prompt": "Notte?"}}}
    folder = edited_template("pov", _translate("it", texts))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    lines = caught.value.lines
    file = folder / "template.json"
    assert f"{file}: translations.it.slots.scenery: translates unknown slot 'scenery' " \
           "(declared: scene)" in lines  # fmt: skip
    assert any(line.startswith(f"{file}: translations.it.blanks.night: ") for line in lines)


@pytest.mark.parametrize(
    ("texts", "where"),
    [
        ({"blanks": {"day": {"example": "una domenica lunghissima"}}},
         "translations.it.blanks.day.example"),
        ({"slots": {"scene": {"labels": "x"}}}, "translations.it.slots.scene.labels"),
        ({"name": ""}, "translations.it.name"),
    ],
)  # fmt: skip
def test_a_bad_translation_names_its_place(
    edited_template: TemplateEditor, texts: dict[str, Any], where: str
) -> None:
    folder = edited_template("pov", _translate("it", texts))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert any(f": {where}: " in line for line in caught.value.lines), caught.value.lines


def test_a_language_code_that_is_not_one_is_refused(edited_template: TemplateEditor) -> None:
    folder = edited_template("pov", _translate("Italiano", {"name": "POV"}))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert "translations" in caught.value.first_line


def test_a_v2_creator_input_is_translated(edited_template: TemplateEditor) -> None:
    texts = {"inputs": {"background": {"label": "Hintergrund"}}}
    loaded = load_template(edited_template("green-screen", _translate("de", texts)))
    assert template_words(loaded.template, "de").inputs["background"].label == "Hintergrund"
    background = inputs_as_slots(loaded.template)[0]  # the Edit page shows it as a slot
    assert slot_words(background, "de").label == "Hintergrund"
    assert slot_words(background, "en").label == "Background"


def test_a_translated_unknown_input_is_refused(edited_template: TemplateEditor) -> None:
    wrong = edited_template("green-screen", _translate("de", {"inputs": {"sky": {"label": "H"}}}))
    with pytest.raises(TemplateError) as caught:
        load_template(wrong)
    assert any(": translations.de.inputs.sky: translates unknown input 'sky'" in line
               for line in caught.value.lines)  # fmt: skip


@pytest.mark.parametrize("slug", BUNDLED)
def test_every_bundled_template_speaks_italian_and_german(slug: str) -> None:
    template = load_template(bundled_templates_dir() / slug).template
    for language in ("it", "de"):
        texts = template.translations[language]
        assert texts.name and texts.description is not None
        for slot in template.slots:
            assert slot.id in texts.slots and texts.slots[slot.id].label
        for blank in template.blanks:
            assert blank.id in texts.blanks and texts.blanks[blank.id].prompt


def test_translations_round_trip_through_json(edited_template: TemplateEditor) -> None:
    folder = edited_template("pov", _translate("de", {"name": "POV auf Deutsch"}))
    loaded = load_template(folder)
    dumped = loaded.template.model_dump(mode="json", exclude_unset=True)
    assert dumped["translations"] == {"de": {"name": "POV auf Deutsch"}}
    again = type(loaded.template).model_validate(json.loads(json.dumps(dumped)))
    assert template_words(again, "de").name == "POV auf Deutsch"
