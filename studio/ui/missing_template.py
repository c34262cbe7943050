"""A draft whose template is gone (removed, or moved by an update): say so and offer choices.

The template is looked for at the path the draft saved, then by its id (the folder's name)
among bundled and installed templates (`find_template`), so an updated or reinstalled template
keeps the creator's draft working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from studio.core.draft import Draft, DraftSlot
from studio.core.template import LoadedTemplate, TemplateError, load_template
from studio.core.template.catalogue import find_template


def template_for_draft(draft: Draft) -> LoadedTemplate | None:
    """The draft's template where it was saved, else the template with the same id, else None."""
    try:
        return load_template(draft.template)
    except TemplateError:
        return find_template(Path(draft.template).name)


def rehome_draft(draft: Draft, loaded: LoadedTemplate) -> Draft:
    """The draft moved to another template: clips go to slots of the same id, then in order;
    words go to blanks of the same id. Nothing the new template cannot hold is kept."""
    slot_ids = [slot.id for slot in loaded.template.slots]
    slots: dict[str, DraftSlot] = {k: v for k, v in draft.slots.items() if k in slot_ids}
    leftovers = [v for k, v in draft.slots.items() if k not in slot_ids]
    for slot_id in slot_ids:
        if slot_id not in slots and leftovers:
            slots[slot_id] = leftovers.pop(0)
    blank_ids = {blank.id for blank in loaded.template.blanks}
    blanks = {k: v for k, v in draft.blanks.items() if k in blank_ids}
    return draft.model_copy(update={"template": str(loaded.folder), "slots": slots,
                                    "blanks": blanks})  # fmt: skip


class MissingTemplateDialog(QMessageBox):
    """Names the missing template; `choice` is "pick" or "keep" after it closes."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = "keep"
        name = Path(draft.template).name
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Template not found"))
        self.setText(
            self.tr("The template '{0}' of this draft is no longer installed.").format(name)
        )
        self.setInformativeText(
            self.tr("Pick another template for your clips and words, or keep the draft as it is "
                    "(install the template again to continue it).")
        )  # fmt: skip
        self.pick_button: QPushButton = self.addButton(
            self.tr("Pick another template"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button: QPushButton = self.addButton(
            self.tr("Keep the draft"), QMessageBox.ButtonRole.RejectRole
        )
        self.pick_button.clicked.connect(lambda: setattr(self, "choice", "pick"))
        self.setDefaultButton(self.pick_button)
