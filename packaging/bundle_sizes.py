"""Print the packaged app's size: the whole folder, its biggest parts, and the built packages.

Usage: `python packaging/bundle_sizes.py [BUNDLE_DIR] [--top N]` (default dist/crossumer-studio).
The parts are the top-level entries of the bundle's `_internal/` (one per Python package or
shared library), so a dependency that grows shows up by name.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tree_size(path: Path) -> int:
    """Bytes used by a file or a folder's files (symlinks counted as links, not targets)."""
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:8.1f} MB"


def main(argv: list[str]) -> int:
    """Print sizes; exit 1 when the bundle folder does not exist."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "crossumer-studio")
    parser.add_argument("--top", type=int, default=15, help="how many parts to list")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"bundle_sizes: {args.bundle}: no such folder (run make package)", file=sys.stderr)
        return 1
    print(f"{megabytes(tree_size(args.bundle))}  {args.bundle} (installed size)")
    inside = args.bundle / "_internal"
    parts = [(tree_size(p), p.name) for p in (inside.iterdir() if inside.is_dir() else [])]
    for size, name in sorted(parts, reverse=True)[: args.top]:
        print(f"{megabytes(size)}    {name}")
    for package in sorted(args.bundle.parent.glob("crossumer-studio*")):
        if package.is_file():
            print(f"{megabytes(package.stat().st_size)}  {package.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
