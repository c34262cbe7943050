"""`studio template pack|install|remove`: one-file template packages for designers and creators."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli.output import EXIT_OK, fail
from studio.core.errors import StudioError

# The package and catalogue modules (lint, platforms, render plans) load only when a subcommand
# of this module runs: `studio template frame` registers these parsers but needs none of them.


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add pack, install and remove to `studio template`."""
    pack = sub.add_parser("pack", help="pack a template folder into one .crossumer file")
    pack.add_argument("folder", type=Path, help="the template folder")
    pack.add_argument("-o", "--output", type=Path, help="NAME.crossumer (default: <id>.crossumer)")
    pack.add_argument("--template-version", help="the template's version, e.g. 1.2.0")
    pack.add_argument("--author", help="who made it")
    pack.add_argument("--licence", help="its licence, e.g. CC-BY-4.0")
    pack.add_argument("--studio-version", help="the oldest studio version it needs")
    pack.add_argument("--allow-warnings", action="store_true", help="pack despite lint warnings")
    pack.set_defaults(handler=run_pack)

    install = sub.add_parser("install", help="install a .crossumer package for this user")
    install.add_argument("file", type=Path, help="the .crossumer file")
    install.add_argument("--yes", action="store_true", help="replace an older version unasked")
    install.set_defaults(handler=run_install)

    remove = sub.add_parser("remove", help="remove an installed template")
    remove.add_argument("template_id", metavar="ID", help="the template's id (its folder name)")
    remove.set_defaults(handler=run_remove)


def run_pack(args: argparse.Namespace) -> int:
    from studio.core.template.package import newer_studio_warning, pack_template, package_summary
    from studio.core.template.package_manifest import PACKAGE_SUFFIX
    from studio.media.image_header import image_size
    from studio.media.template_lint import lint_with_media  # the checks `template lint` runs

    folder: Path = args.folder
    output: Path = args.output or Path(folder.resolve().name + PACKAGE_SUFFIX)
    try:
        manifest = pack_template(
            folder, output, args.template_version, args.author, args.licence,
            args.studio_version, args.allow_warnings, lint=lint_with_media, image_size=image_size,
        )  # fmt: skip
    except StudioError as exc:
        for line in exc.lines[1:]:
            print(line, file=sys.stderr)
        return fail(exc.first_line)
    except OSError as exc:
        return fail(f"{output}: cannot write ({exc.strerror or exc})")
    warning = newer_studio_warning(manifest, output)
    if warning is not None:
        print(warning, file=sys.stderr)
    print(f"{output}: {package_summary(manifest)}, sha256 {manifest.sha256[:12]}")
    return EXIT_OK


def run_install(args: argparse.Namespace) -> int:
    from studio.core.template.catalogue import bundled_ids, installed_templates_dir
    from studio.core.template.package import check_install, install_package, package_summary
    from studio.media.image_header import image_size
    from studio.media.template_lint import lint_with_media

    templates = installed_templates_dir()
    try:
        check = check_install(args.file, templates)
        replace = args.yes
        if check.action == "upgrade" and not replace:
            if not sys.stdin.isatty():
                return fail(
                    f"{args.file}: version {check.installed_version} is installed; "
                    f"add --yes to replace it with {check.manifest.version}"
                )
            question = (f"Update {check.manifest.name} from version {check.installed_version} "
                        f"to {check.manifest.version}? [y/N] ")  # fmt: skip
            if input(question).strip().casefold() not in ("y", "yes"):
                print(f"{args.file}: kept version {check.installed_version}")
                return EXIT_OK
            replace = True
        check = install_package(args.file, templates, image_size, replace, bundled_ids(),
                                lint=lint_with_media)  # fmt: skip
    except StudioError as exc:
        return fail(exc.first_line)
    except OSError as exc:
        return fail(f"{templates}: cannot install there ({exc.strerror or exc})")
    manifest = check.manifest
    if check.action in ("same", "older"):
        word = "the same" if check.action == "same" else "a newer"
        print(f"{args.file}: {word} version ({check.installed_version}) is already installed; "
              f"nothing changed")  # fmt: skip
    else:
        done = "updated" if check.action == "upgrade" else "installed"
        print(f"{package_summary(manifest)}: {done} in {templates / manifest.id}")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    from studio.core.template.catalogue import bundled_ids, installed_templates_dir
    from studio.core.template.package import remove_template

    if args.template_id in bundled_ids():
        return fail(f"'{args.template_id}' is bundled with the studio and cannot be removed")
    try:
        folder = remove_template(args.template_id, installed_templates_dir())
    except StudioError as exc:
        return fail(exc.first_line)
    print(f"removed {folder}")
    return EXIT_OK
