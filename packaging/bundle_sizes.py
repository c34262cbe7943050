"""Print the packaged app's size: the whole folder, its biggest parts, each engine's share, and
the built packages.

Usage: `python packaging/bundle_sizes.py [BUNDLE_DIR] [--top N] [--max-deb-mb MB]` (default
dist/crossumer-studio). The parts are the top-level entries of the bundle's `_internal/` (one per
Python package or shared library), so a dependency that grows shows up by name. An engine's
share is what the bundle holds only for it (its packages, their bundled libraries and metadata,
its model files): what leaving it out would save. `--max-deb-mb` exits 1 when the .deb is larger.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The optional engines and the top-level packages that are there only for them.
ENGINES = {
    # faster-whisper and what it pulls in (sympy and mpmath come with onnxruntime)
    "speech (auto captions)": (
        "ctranslate2",
        "onnxruntime",
        "av",
        "tokenizers",
        "faster_whisper",
        "huggingface_hub",
        "hf_xet",
        "tqdm",
        "filelock",
        "fsspec",
        "sympy",
        "mpmath",
    ),
    # mediapipe imports matplotlib at load (its drawing utilities), which brings its own deps
    "segmentation (remove background)": (
        "mediapipe",
        "matplotlib",
        "absl",
        "flatbuffers",
        "contourpy",
        "kiwisolver",
        "fontTools",
        "cycler",
        "pyparsing",
        "dateutil",
    ),
}
# Model files an engine loads, wherever in the bundle they are (inside a package or beside).
MODELS = {"speech (auto captions)": ("model.bin", ".onnx"),
          "segmentation (remove background)": (".tflite",)}  # fmt: skip


def belongs_to(name: str, package: str) -> bool:
    """Whether a top-level entry of `_internal/` is (part of) `package`: the package, its
    `.libs` folder of shared libraries, its `.dist-info`."""
    lowered, package = name.lower(), package.lower()
    return lowered == package or lowered.startswith((f"{package}.", f"{package}-"))


def engine_shares(inside: Path) -> dict[str, list[tuple[int, str]]]:
    """For each engine, (bytes, entry) for its parts and for model files outside them."""
    entries = list(inside.iterdir()) if inside.is_dir() else []
    shares: dict[str, list[tuple[int, str]]] = {}
    for engine, packages in ENGINES.items():
        parts = [p for p in entries if any(belongs_to(p.name, pkg) for pkg in packages)]
        found = [(tree_size(p), p.name) for p in parts]
        models = [m for m in inside.rglob("*") if m.is_file() and m.name.endswith(MODELS[engine])
                  and not any(part in m.parents for part in parts)]  # fmt: skip
        found += [(m.stat().st_size, str(m.relative_to(inside))) for m in models]
        shares[engine] = sorted(found, reverse=True)
    return shares


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
    parser.add_argument("--max-deb-mb", type=float, help="fail when the .deb is larger")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"bundle_sizes: {args.bundle}: no such folder (run make package)", file=sys.stderr)
        return 1
    print(f"{megabytes(tree_size(args.bundle))}  {args.bundle} (installed size)")
    inside = args.bundle / "_internal"
    parts = [(tree_size(p), p.name) for p in (inside.iterdir() if inside.is_dir() else [])]
    for size, name in sorted(parts, reverse=True)[: args.top]:
        print(f"{megabytes(size)}    {name}")
    for engine, found in engine_shares(inside).items():
        total = sum(size for size, _ in found)
        print(f"{megabytes(total)}  {engine}: {'' if found else 'not in this bundle'}")
        for size, name in found:
            print(f"{megabytes(size)}    {name}")
    too_big = []
    for package in sorted(args.bundle.parent.glob("crossumer-studio*")):
        if package.is_file():
            print(f"{megabytes(package.stat().st_size)}  {package.name}")
            limit = args.max_deb_mb
            if limit and package.suffix == ".deb" and package.stat().st_size > limit * 1e6:
                too_big.append(f"{package.name} is over {limit:.0f} MB")
    for line in too_big:
        print(f"bundle_sizes: {line}", file=sys.stderr)
    return 1 if too_big else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
