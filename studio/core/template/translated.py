"""A template's texts in the creator's language: the template's own translations where it has
them, its own (usually English) words everywhere else, text by text."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.core.template.schema import Blank, Slot, Template, TemplateTexts


@dataclass(frozen=True)
class SlotWords:
    """What the creator reads on a slot (or a creator input)."""

    label: str
    prompt: str


@dataclass(frozen=True)
class BlankWords:
    """What the creator reads by a blank."""

    prompt: str
    example: str


@dataclass(frozen=True)
class TemplateWords:
    """Every text of a template a creator reads, in one language."""

    name: str
    description: str
    slots: dict[str, SlotWords] = field(default_factory=dict)
    blanks: dict[str, BlankWords] = field(default_factory=dict)
    inputs: dict[str, SlotWords] = field(default_factory=dict)


def language_code(language: str) -> str:
    """`it` from `it`, `it_IT`, `it-IT` or `IT`: translations are keyed by language alone."""
    return language.replace("-", "_").split("_", 1)[0].lower()


def slot_words(slot: Slot, language: str) -> SlotWords:
    """A slot's label and prompt in `language`, each falling back to the template's own."""
    own = slot._translations.get(language_code(language))
    label = own.label if own else None
    prompt = own.prompt if own else None
    return SlotWords(label or slot.label, prompt or slot.prompt)


def blank_words(blank: Blank, language: str) -> BlankWords:
    """A blank's prompt and example in `language`, each falling back to the template's own."""
    own = blank._translations.get(language_code(language))
    prompt = own.prompt if own else None
    example = own.example if own else None
    return BlankWords(prompt or blank.prompt, example or blank.example)


def blank_sample(blank: Blank, language: str) -> str:
    """What a preview types into an empty blank: its example in `language` (the one its field
    shows), or its prompt when it has none."""
    words = blank_words(blank, language)
    return words.example if words.example.strip() else words.prompt


def template_words(template: Template, language: str) -> TemplateWords:
    """The template's texts in `language`, falling back to its own for anything not translated."""
    texts = template.translations.get(language_code(language), TemplateTexts())
    inputs = {}
    input_texts = getattr(texts, "inputs", {})  # only v2 templates have creator inputs
    for item in getattr(template, "inputs", []):
        given = input_texts.get(item.id)
        inputs[item.id] = SlotWords(
            (given.label if given else None) or item.label,
            (given.prompt if given else None) or item.prompt,
        )
    return TemplateWords(
        texts.name or template.name,
        texts.description or template.description,
        {slot.id: slot_words(slot, language) for slot in template.slots},
        {blank.id: blank_words(blank, language) for blank in template.blanks},
        inputs,
    )
