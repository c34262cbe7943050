"""A font from this computer for letters the text's own font does not have.

A creator types Chinese, Arabic or Hindi into a template whose font is Latin (every bundled
one is): without a fallback the letters came out as empty boxes. As a phone or a browser does,
each such letter is drawn from a font the computer has that holds it: on Linux the fonts
fontconfig knows (their letters listed once, in one call), on Windows and macOS the system's
usual fonts for each script first, then any font in the usual folders. The choice depends only
on the letter and the weight asked for, so the window, `studio render` and a batch draw the
same text alike on one computer. Which font that is depends on the computer, so a warning still
says when a letter has none (`text_coverage.py`).
"""

from __future__ import annotations

import bisect
import os
import re
import shutil
import subprocess
import sys
from functools import cache, lru_cache
from pathlib import Path

from PIL import ImageFont

from studio.core.template.font_file import NotAFont, font_characters

SYSTEM_FONT_BYTES = 150_000_000  # a CJK collection is 20-120 MB (only its cmap is read)
SCANNED_FONTS = 400  # the most font files read in the usual folders when nothing else has it
FC_SECONDS = 10.0
HEAVY = ("bold", "black", "heavy")
LIGHT = ("thin", "light", "hairline")

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
    return any(word in font.stem.lower() for word in HEAVY)


def warm_up() -> None:
    """List the computer's fonts (and what they have) ahead of the first letter that needs one,
    off the window's thread: the first such letter typed would otherwise wait for it."""
    if _fontconfig_index() is None:
        _scanned(False)


def fallback_font(character: str, bold: bool = False) -> Path | None:
    """A font file on this computer that has `character` and can be drawn with, bold when asked
    and found; None when none has it."""
    return _fallback(ord(character), bold)


@lru_cache(maxsize=4096)
def _fallback(code: int, bold: bool) -> Path | None:
    index = _fontconfig_index()
    if index is not None:  # fontconfig lists every font and what it has
        having = [path for path, ranges in index if _covers(ranges, code)]
        candidates = sorted(having, key=lambda path: _preference(path, bold))
    else:
        candidates = [*_usual_fonts(bold), *_scanned(bold)]
        candidates = [path for path in candidates if font_has(path, code)]
    return next((path for path in candidates if drawable(path)), None)


Runs = tuple[tuple[int, ...], tuple[int, ...]]  # the first and last letter of each run


def _covers(runs: Runs, code: int) -> bool:
    starts, ends = runs
    at = bisect.bisect_right(starts, code) - 1
    return at >= 0 and code <= ends[at]


def _preference(path: Path, bold: bool) -> tuple[bool, bool, bool, bool, str]:
    """Fonts of the weight asked for first, then upright, sans, not light ones: fontconfig
    lists in no useful order, and a serif or an italic beside the template's letters looks like
    a mistake."""
    name = path.name.lower()
    return (any(word in name for word in HEAVY) != bold,
            "italic" in name or "oblique" in name,
            "serif" in name.replace("sans", "") or "mono" in name,
            any(word in name for word in LIGHT), name)  # fmt: skip


_CHARSET_RANGE = re.compile(r"([0-9a-f]+)(?:-([0-9a-f]+))?")


@cache
def _fontconfig_index() -> tuple[tuple[Path, Runs], ...] | None:
    """Every font fontconfig knows (the first face of a collection, as the text renderer opens
    it) with the ranges of letters it has; None without fontconfig (Windows, macOS)."""
    if sys.platform in ("win32", "darwin") or not (listing := shutil.which("fc-list")):
        return None
    try:
        done = subprocess.run([listing, "--format=%{file}\t%{index}\t%{charset}\n"],
                              capture_output=True, timeout=FC_SECONDS, check=False,
                              stdin=subprocess.DEVNULL)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    index = []
    # a file name is bytes, in any encoding: read as the file system names it (a Latin-1
    # name made the whole listing fail, and every letter with it)
    for line in os.fsdecode(done.stdout).splitlines():
        file, face, charset = [*line.split("\t"), "", ""][:3]
        if face.strip() != "0" or not file:
            continue
        found = _CHARSET_RANGE.findall(charset)
        runs = (tuple(int(low, 16) for low, _ in found),
                tuple(int(high or low, 16) for low, high in found))  # fmt: skip
        index.append((Path(file), runs))
    return tuple(index) or None  # nothing listed: the folders are looked through instead


def _usual_fonts(bold: bool) -> list[Path]:
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [folder / name for name in (*(WINDOWS_BOLD_FONTS if bold else ()), *WINDOWS_FONTS)]
    if sys.platform == "darwin":
        return [folder / name for folder in _mac_folders() for name in MAC_FONTS]
    return []


def _mac_folders() -> list[Path]:
    return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]  # fmt: skip


@cache
def _scanned(bold: bool) -> tuple[Path, ...]:
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
    return tuple(sorted(found, key=lambda path: _preference(path, bold))[:SCANNED_FONTS])


def font_has(path: Path, code: int) -> bool:
    """Whether a font file on this computer has the letter `code`."""
    return _covers(_letter_ranges(path), code)


@lru_cache(maxsize=SCANNED_FONTS + 64)
def _letter_ranges(path: Path) -> Runs:
    """The letters a font file on this computer has, as runs (a CJK font's 40,000 letters as a
    set took 3 MB; as runs a few kilobytes), read from its character map alone; none for a file
    that is missing or not a font (a computer's fonts are not the designer's: nothing is said
    about them)."""
    try:
        letters = sorted(font_characters(path, SYSTEM_FONT_BYTES, collection=True))
    except (NotAFont, OSError):
        return (), ()
    starts: list[int] = []
    ends: list[int] = []
    for code in letters:
        if ends and code == ends[-1] + 1:
            ends[-1] = code
        else:
            starts.append(code)
            ends.append(code)
    return tuple(starts), tuple(ends)


@lru_cache(maxsize=256)
def drawable(path: Path) -> bool:
    """Whether the text renderer can draw with the font: a colour-bitmap one (an emoji font)
    has letters but no sizes but its own, and would fail mid-render."""
    try:
        ImageFont.truetype(str(path), 24)
    except (OSError, ValueError):
        return False
    return True


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
