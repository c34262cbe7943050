"""Regenerate the generated parts of docs/templates.md and docs/templates-v2.md from the code, so
the pages cannot drift.

The field tables come from the template schema (each field's type, default and description),
the package manifest's fields from its model, and the rules for packages from the limits the
installer enforces. Text between `<!-- generated:NAME -->` and `<!-- end:NAME -->` is replaced;
everything else is written by hand. Run: `.venv/bin/python packaging/make_template_docs.py`
(`--check` exits 1 when the page is out of date, as the tests do).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.core.template.package_manifest import PackageManifest  # noqa: E402
from studio.core.template.package_zip import (  # noqa: E402
    EXECUTABLE_SUFFIXES,
    MAX_ENTRIES,
    MAX_IMAGE_PIXELS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
)
from studio.core.template.schema import template_json_schema  # noqa: E402
from studio.core.template.v2 import template_v2_json_schema  # noqa: E402

DOC = ROOT / "docs" / "templates.md"
DOC_V2 = ROOT / "docs" / "templates-v2.md"
BLOCK = re.compile(r"(<!-- generated:(?P<name>[a-z0-9-]+) -->\n).*?(<!-- end:(?P=name) -->)", re.S)
# the order a designer meets the objects in, top-level first
OBJECTS = ["Template", "Canvas", "Soundtrack", "BeatGrid", "Slot", "FilterRef", "Transition",
           "Blank", "TextLayer", "TextStyle", "Sticker", "Post", "TemplateTexts", "SlotTexts",
           "BlankTexts"]  # fmt: skip


def type_name(spec: dict[str, Any]) -> str:
    """A JSON Schema type in a designer's words: `number (0 to 3600)`, `"cover" | "contain"`."""
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in spec:
        parts = [type_name(s) for s in spec["anyOf"] if s.get("type") != "null"]
        nullable = any(s.get("type") == "null" for s in spec["anyOf"])
        return " or ".join(parts) + (" or null" if nullable else "")
    if "const" in spec:
        return json.dumps(spec["const"])
    if "enum" in spec:
        return " \\| ".join(json.dumps(v) for v in spec["enum"])
    kind = spec.get("type", "any")
    if kind == "array":
        inner = type_name(spec.get("items", {}))
        most = f", at most {spec['maxItems']}" if "maxItems" in spec else ""
        return f"list of {inner}{most}"
    if kind == "object":  # a map: say what its values are
        patterns = list(spec.get("patternProperties", {}).values())
        values = spec.get("additionalProperties") or (patterns[0] if patterns else None)
        return f"object of {type_name(values)} by key" if isinstance(values, dict) else "object"
    return kind + _bounds(spec)


def _bounds(spec: dict[str, Any]) -> str:
    low = spec.get("minimum", spec.get("exclusiveMinimum"))
    high = spec.get("maximum", spec.get("exclusiveMaximum"))
    parts = []
    if low is not None or high is not None:
        above = ">" if "exclusiveMinimum" in spec else "≥"
        if low is not None and high is not None:
            parts.append(f"{low} to {high}" if above == "≥" else f"{above} {low}, ≤ {high}")
        elif low is not None:
            parts.append(f"{above} {low}")
        else:
            parts.append(f"≤ {high}")
    if "maxLength" in spec:
        parts.append(f"{spec.get('minLength', 0)}-{spec['maxLength']} characters")
    if "pattern" in spec:
        parts.append("`" + spec["pattern"].replace("|", "\\|") + "`")  # a table cell
    return f" ({', '.join(parts)})" if parts else ""


def field_table(schema: dict[str, Any]) -> str:
    """A Markdown table of an object's fields."""
    required = set(schema.get("required", []))
    rows = ["| field | type | default | what it does |", "|---|---|---|---|"]
    for name, spec in schema.get("properties", {}).items():
        if name in required:
            default = "**required**"
        elif "default" in spec:
            default = f"`{json.dumps(spec['default'])}`"
        else:
            default = ""
        description = " ".join(str(spec.get("description", "")).split()).replace("|", "\\|")
        rows.append(f"| `{name}` | {type_name(spec)} | {default} | {description} |")
    return "\n".join(rows)


def fields_block() -> str:
    """Every object of template.json with its fields."""
    schema = template_json_schema()
    definitions: dict[str, Any] = dict(schema.get("$defs", {}))  # type: ignore[call-overload]
    definitions["Template"] = schema
    sections = []
    names = OBJECTS + sorted(set(definitions) - set(OBJECTS))  # new objects are never left out
    for name in names:
        if name not in definitions:
            continue
        spec = definitions[name]
        summary = " ".join(str(spec.get("description", "")).split())
        body = f"### {name}\n\n" + (f"{summary}\n\n" if summary else "") + field_table(spec)
        sections.append(body)
    return "\n\n".join(sections)


def fields_v2_block() -> str:
    """The objects format 2 adds or changes (format 1's tables cover the rest)."""
    v1 = template_json_schema()
    v1_definitions: dict[str, Any] = dict(v1.get("$defs", {}))  # type: ignore[call-overload]
    schema = template_v2_json_schema()
    definitions: dict[str, Any] = dict(schema.get("$defs", {}))
    changed = [name for name, spec in definitions.items() if v1_definitions.get(name) != spec]
    definitions["TemplateV2"] = {k: v for k, v in schema.items() if k != "$defs"}
    sections = []
    for name in ["TemplateV2", *sorted(changed)]:
        spec = definitions[name]
        summary = " ".join(str(spec.get("description", "")).split())
        body = f"### {name}\n\n" + (f"{summary}\n\n" if summary else "") + field_table(spec)
        sections.append(body)
    return "\n\n".join(sections)


def manifest_block() -> str:
    """The fields of crossumer-package.json."""
    return field_table(PackageManifest.model_json_schema())


def rules_block() -> str:
    """What the installer refuses, with the limits it enforces."""
    suffixes = " ".join(f"`{s}`" for s in sorted(EXECUTABLE_SUFFIXES))
    mb = 1024 * 1024
    return "\n".join([
        f"- a package file over {MAX_PACKAGE_BYTES // mb} MB, more than {MAX_ENTRIES} entries, "
        f"or content that unpacks to more than {MAX_TOTAL_BYTES // mb} MB;",
        f"- an entry over 1 MB that expands more than {MAX_RATIO} times its packed size "
        "(a zip bomb);",
        "- an absolute path, a `..` in a path, a backslash or a control character in a name, a "
        "name Windows keeps for devices (`CON`, `aux.png`, `COM1`) or ending in a dot or space, "
        "the same file twice (in any case or Unicode spelling);",
        "- a symbolic link, a device file, a pipe or a socket; an encrypted entry;",
        "- anything marked executable, and any file or folder named with one of these suffixes: "
        f"{suffixes};",
        f"- an image whose header declares more than {MAX_IMAGE_PIXELS // 1_000_000} megapixels "
        "(checked before anything decodes it);",
        "- content that does not match the manifest's SHA-256, a manifest that is missing or "
        "invalid, an id taken by a bundled template, a studio older than `studio_version`;",
        "- a template that does not pass `studio template lint` once unpacked.",
    ])  # fmt: skip


def example_block() -> str:
    """The bundled POV template, verbatim."""
    text = (ROOT / "templates" / "pov" / "template.json").read_text(encoding="utf-8").strip()
    return f"```json\n{text}\n```"


BLOCKS = {
    "example": example_block,
    "fields": fields_block,
    "manifest": manifest_block,
    "rules": rules_block,
    "fields-v2": fields_v2_block,
}
# which generated parts each page carries
PAGES = {DOC: ["example", "fields", "manifest", "rules"], DOC_V2: ["fields-v2"]}


def render(text: str) -> str:
    """`text` with every generated block replaced by what the code says now."""

    def replace(match: re.Match[str]) -> str:
        return match.group(1) + BLOCKS[match.group("name")]() + "\n" + match.group(3)

    return BLOCK.sub(replace, text)


def main(argv: list[str]) -> int:
    stale = False
    for page in PAGES:
        current = page.read_text(encoding="utf-8")
        fresh = render(current)
        if "--check" in argv:
            if fresh != current:
                print(f"{page}: out of date; run packaging/make_template_docs.py", file=sys.stderr)
                stale = True
            continue
        page.write_text(fresh, encoding="utf-8")
        print(page)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
