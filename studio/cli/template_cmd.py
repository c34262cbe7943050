"""`studio template lint|schema|list` (and pack, install, remove, frame, preview): for designers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from studio.cli.output import say

# Template modules load inside each handler: `studio template frame` (the designer's loop, run
# after every save) then imports only what one frame needs.


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("template", help="lint, list and describe templates")
    sub = parser.add_subparsers(dest="template_command", metavar="ACTION", required=True)

    lint = sub.add_parser("lint", help="check a template folder; exit 1 on errors")
    lint.add_argument("paths", nargs="+", type=Path, help="template folder or template.json")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")
    lint.set_defaults(handler=run_lint)

    schema = sub.add_parser("schema", help="print the JSON Schema of template.json")
    schema.add_argument("-o", "--output", type=Path, help="write to a file instead")
    schema.add_argument("--format", type=int, choices=(1, 2), default=1,
                        help="template format version (2: layers, motion, fonts)")  # fmt: skip
    schema.set_defaults(handler=run_schema)

    listing = sub.add_parser("list", help="list bundled and installed templates")
    listing.set_defaults(handler=run_list)

    from studio.cli import template_package_cmd, template_view_cmd

    template_package_cmd.register(sub)
    template_view_cmd.register(sub)


def run_lint(args: argparse.Namespace) -> int:
    from studio.media.template_lint import lint_with_media  # the same checks pack runs

    failed = False
    for path in args.paths:
        problems = lint_with_media(path)
        for problem in problems:
            say(str(problem))
        errors = [p for p in problems if p.severity == "error" or args.strict]
        failed = failed or bool(errors)
        if not problems:
            say(f"{path}: ok")
    return 1 if failed else 0


def run_schema(args: argparse.Namespace) -> int:
    from studio.core.template.schema import template_json_schema
    from studio.core.template.v2 import template_v2_json_schema

    if args.format == 2:
        from studio.media.filters import filter_names
        from studio.media.text import available_fonts

        schema = template_v2_json_schema(filter_names(), available_fonts())
    else:
        schema = template_json_schema()
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from studio.core.template.catalogue import installed_templates_dir, list_templates

    for entry in list_templates():
        where = f"{entry.origin} {entry.version}"
        if entry.loaded is None:
            problem = entry.problem.message if entry.problem else "cannot be loaded"
            say(f"{entry.template_id:16} {where:16} {entry.name} (broken: {problem})")
            continue
        template = entry.loaded.template
        slots = ", ".join(s.id for s in template.slots)
        blanks = ", ".join(b.id for b in template.blanks) or "-"
        say(f"{entry.template_id:16} {where:16} {template.name:18} slots: {slots:28} "
              f"blanks: {blanks}")  # fmt: skip
    installed = installed_templates_dir()
    print(f"(installed templates live in {installed})")
    return 0
