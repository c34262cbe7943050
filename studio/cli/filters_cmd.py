"""`studio filters`: every filter a template or creator can name, with its parameters."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("filters", help="list the filters and their parameters")
    parser.set_defaults(handler=run_filters)


def run_filters(args: argparse.Namespace) -> int:
    from studio.media.filters import param_specs
    from studio.media.filters.base import filter_class, filter_names

    for name in filter_names():
        cls = filter_class(name)
        print(f"{name:14} {cls.title}: {cls.description}")
        for field, spec in param_specs(cls).items():
            if spec.kind == "choice":
                values = " | ".join(spec.choices)
            elif spec.kind == "file":
                values = "a " + "/".join(spec.suffixes) + " file"
            else:
                values = f"{spec.minimum:g} to {spec.maximum:g}"
            print(f"    {field:12} {values}  {spec.label}")
    return 0
