"""A font from this computer for letters the text's own font does not have.

A creator types Chinese, Arabic or Hindi into a template whose font is Latin (every bundled
one is): without a fallback the letters came out as empty boxes. As a phone or a browser does,
each such letter is drawn from a font the computer has that holds it: the one fontconfig
chooses on Linux, the system's usual fonts for each script on Windows and macOS, and then any
font in the usual folders. Which font that is depends on the computer, so a warning still says
when a letter has none (`text_coverage.py`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache, lru_cache
from pathlib import Path

from studio.core.template.font_file import NotAFont, font_characters

SYSTEM_FONT_BYTES = 150_000_000  # a CJK collection is 20-120 MB; read once, kept as code points
SCANNED_FONTS = 400  # the most font files read in the usual folders when nothing else has it
FC_SECONDS = 5.0

# checked in this order before any other file in the folders (Windows; macOS)
WINDOWS_FONTS = (
    "segoeui.ttf", "arial.ttf", "msyh.ttc", "YuGothR.ttc", "meiryo.ttc", "malgun.ttf",
    "Nirmala.ttf", "tahoma.ttf", "seguisym.ttf", "simsun.ttc",
)  # fmt: skip
WINDOWS_BOLD_FONTS = ("segoeuib.ttf", "arialbd.ttf", "msyhbd.ttc", "YuGothB.ttc", "malgunbd.ttf",
                      "NirmalaB.ttf", "tahomabd.ttf")  # fmt: skip
MAC_FONTS = (
    "Helvetica.ttc", "PingFang.ttc", "Hiragino Sans GB.ttc", "AppleSDGothicNeo.ttc",
    "GeezaPro.ttc", "ArialHB.ttc", "Kohinoor.ttc", "Thonburi.ttc", "Arial Unicode.ttf",
)  # fmt: skip


def is_bold(font: Path) -> bool:
    """Whether a text's font is a heavy one, so its fallback letters are asked for in bold."""
    return any(word in font.stem.lower() for word in ("bold", "black", "heavy"))


def fallback_font(character: str, bold: bool = False) -> Path | None:
    """A font file on this computer that has `character`, bold when asked and found; None when
    none has it."""
    return _fallback(ord(character), bold)


# fonts already drawn from, asked first: a Chinese sentence's next letter is most likely in the
# font its first came from (asking fontconfig again costs a process a letter)
_chosen: dict[bool, list[Path]] = {False: [], True: []}


@lru_cache(maxsize=4096)
def _fallback(code: int, bold: bool) -> Path | None:
    for path in _chosen[bold]:
        if code in characters(path):
            return path
    for path in _candidates(code, bold):
        if code in characters(path):
            _chosen[bold].append(path)
            return path
    return None


def _candidates(code: int, bold: bool) -> list[Path]:
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        names = (*(WINDOWS_BOLD_FONTS if bold else ()), *WINDOWS_FONTS)
        return [*(folder / name for name in names), *_scanned()]
    if sys.platform == "darwin":
        return [*(folder / name for folder in _mac_folders() for name in MAC_FONTS), *_scanned()]
    if shutil.which("fc-list"):  # fontconfig knows every font and what it has
        return _fontconfig(code, bold)
    return list(_scanned())


def _fontconfig(code: int, bold: bool) -> list[Path]:
    """fontconfig's choice for the letter (its best sans-serif, which may not have it), then
    every font it knows that has it."""
    match, listing = shutil.which("fc-match"), shutil.which("fc-list")
    weight = ":bold" if bold else ""
    commands = []
    if match:
        commands.append([match, "--format=%{file}\\n", f"sans-serif{weight}:charset={code:x}"])
    if listing:
        commands.append([listing, "--format=%{file}\\n", f":charset={code:x}"])
    paths: list[Path] = []
    for command in commands:
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=FC_SECONDS,
                                  check=False, stdin=subprocess.DEVNULL)  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            continue
        paths += sorted((Path(line) for line in done.stdout.splitlines() if line.strip()),
                        key=_preference)  # fmt: skip
    return paths


def _preference(path: Path) -> tuple[bool, bool, str]:
    """Upright sans fonts first: fontconfig lists in no useful order, and a serif or an italic
    beside the template's sans letters looks like a mistake."""
    name = path.name.lower()
    return ("serif" in name.replace("sans", "") or "mono" in name,
            "italic" in name or "oblique" in name, name)  # fmt: skip


def _mac_folders() -> list[Path]:
    return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]  # fmt: skip


@cache
def _scanned() -> tuple[Path, ...]:
    """Font files in the computer's usual font folders, at most SCANNED_FONTS of them."""
    if sys.platform == "win32":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        folders = _mac_folders()
    else:
        folders = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                   Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"]  # fmt: skip
    found: list[Path] = []
    for folder in folders:
        try:
            for root, _, files in os.walk(folder):
                found += [Path(root) / name for name in sorted(files)
                          if name.lower().endswith((".ttf", ".otf", ".ttc"))]  # fmt: skip
        except OSError:
            continue
    return tuple(sorted(found, key=_preference)[:SCANNED_FONTS])


@lru_cache(maxsize=SCANNED_FONTS + 64)
def characters(path: Path) -> frozenset[int]:
    """The letters a font file on this computer has; none for a file that is missing or not a
    font (a computer's fonts are not the designer's: nothing is said about them)."""
    try:
        return font_characters(path, SYSTEM_FONT_BYTES, collection=True)
    except (NotAFont, OSError):
        return frozenset()


def font_letters(path: Path) -> frozenset[int]:
    """The letters of a text's own font (bundled or the template's), read again when the
    designer saves the font anew; none for one that cannot be read (its loader says why)."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return frozenset()
    return _font_letters(path, stamp)


@lru_cache(maxsize=32)
def _font_letters(path: Path, stamp: int) -> frozenset[int]:
    """`stamp` (the file's modification time) makes a font saved again a new key."""
    try:
        return font_characters(path)
    except (NotAFont, OSError):
        return frozenset()
