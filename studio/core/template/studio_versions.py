"""Which studio a format-2 field first appeared in, so lint can tell a designer whose
`meta.min_studio_version` is too low: an older studio refuses a field it does not know."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from studio.core.slot_numbers import SLOT_NUMBER
from studio.core.template.errors import Problem
from studio.core.template.package_manifest import version_key
from studio.core.template.v2 import TemplateV2

FIELDS_NEW_IN = "0.2"  # the fields below: this round's format-2 additions


def fields_needing_newer(template: TemplateV2) -> list[str]:
    """JSON paths of the fields the template uses that a studio before FIELDS_NEW_IN refuses."""
    used = []
    for i, slot in enumerate(template.slots):
        fields = slot.model_fields_set & {"min_duration", "max_duration", "duck_under", "duck"}
        used += [f"slots[{i}].{name}" for name in sorted(fields)]
        if slot.duration == "media":
            used.append(f"slots[{i}].duration")
    for i, layer in enumerate(template.texts):
        if "per_slot" in layer.model_fields_set:
            used.append(f"texts[{i}].per_slot")
        elif SLOT_NUMBER.search(layer.text):
            used.append(f"texts[{i}].text")
    for i, item in enumerate(template.inputs):
        fields = item.model_fields_set & {"default", "example"}
        used += [f"inputs[{i}].{name}" for name in sorted(fields)]
    if PurePosixPath(template.preview).suffix.lower() in (".mp4", ".webm"):
        used.append("preview")
    return used


def min_version_warnings(template: TemplateV2, file: Path) -> list[Problem]:
    """A warning when min_studio_version is older than the fields the template uses."""
    declared = template.meta.min_studio_version
    if version_key(declared) >= version_key(FIELDS_NEW_IN):
        return []
    used = fields_needing_newer(template)
    if not used:
        return []
    more = f" and {len(used) - 1} more" if len(used) > 1 else ""
    message = f"should be {FIELDS_NEW_IN} ({used[0]}{more} new in {FIELDS_NEW_IN})"
    return [Problem(file, "meta.min_studio_version", message, "warning")]
