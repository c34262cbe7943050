"""The Debian packages the bundle loads libraries from, for the .deb's `Depends:` line.

Found, not guessed: `ldd` over every ELF file in the bundle gives the system libraries it links
(anything resolved outside the bundle), `dpkg -S` names the package owning each. PortAudio is not
linked but opened by sounddevice at run time (ctypes), so it is resolved the same way from the
library name sounddevice looks for. Any library ldd cannot find is an error: the bundle would not
start. Usage: `python3 deb_depends.py BUNDLE_DIR` prints `pkg1, pkg2, ...`.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

# Opened with dlopen by Python code, invisible to ldd: the library names they search for.
DLOPENED = {"portaudio": "sounddevice (PortAudio)"}


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF executable or shared library in the bundle."""
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def linked_libraries(files: list[Path], bundle: Path) -> tuple[set[str], list[str]]:
    """System library paths the files link, and the `lib => not found` lines."""
    system: set[str] = set()
    missing: list[str] = []
    # The bundle's own libraries resolve through their RPATH or the loader PyInstaller sets up;
    # put the bundle's folders on the search path so ldd sees the same thing.
    folders = sorted({str(p.parent) for p in files})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(folders)}
    for path in files:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            line = line.strip()
            if "=> not found" in line:
                missing.append(f"{path.relative_to(bundle)}: {line}")
            elif "=>" in line:
                target = line.split("=>", 1)[1].split("(")[0].strip()
                if target and not Path(target).resolve().is_relative_to(bundle.resolve()):
                    system.add(target)
            elif line.startswith("/"):  # the dynamic loader itself
                system.add(line.split("(")[0].strip())
    return system, missing


def owning_package(library: str) -> str | None:
    """The Debian package owning `library` (tries the merged-/usr spellings too)."""
    resolved = str(Path(library).resolve())
    candidates = [library, resolved]
    for path in (library, resolved):
        if path.startswith("/usr/lib/"):
            candidates.append(path[len("/usr") :])
        elif path.startswith("/lib/"):
            candidates.append("/usr" + path)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].strip()
            return package.split(",")[0].strip()
    return None


def dlopened_libraries() -> tuple[set[str], list[str]]:
    """Paths of the libraries opened at run time (DLOPENED), and the names not installed here."""
    paths: set[str] = set()
    missing: list[str] = []
    for name, user in DLOPENED.items():
        soname = ctypes.util.find_library(name)
        located = _locate(soname) if soname else None
        if located is None:
            missing.append(f"{user}: lib{name} is not installed on the build machine")
        else:
            paths.add(located)
    return paths, missing


def _locate(soname: str) -> str | None:
    result = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.strip().startswith(soname + " ") and "=>" in line:
            return line.split("=>", 1)[1].strip()
    return None


def main(argv: list[str]) -> int:
    """Print the Depends value for the bundle folder given as the only argument."""
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    bundle = Path(argv[1])
    libraries, missing = linked_libraries(elf_files(bundle), bundle)
    opened, not_installed = dlopened_libraries()
    problems = missing + not_installed
    packages: dict[str, str] = {}
    for library in sorted(libraries | opened):
        package = owning_package(library)
        if package is None:
            problems.append(f"{library}: no Debian package owns it")
        else:
            packages.setdefault(package, library)
    if problems:
        for problem in problems:
            print(f"deb_depends: {problem}", file=sys.stderr)
        return 1
    if os.environ.get("DEB_DEPENDS_VERBOSE"):
        for package, library in sorted(packages.items()):
            print(f"{package}: {library}", file=sys.stderr)
    print(", ".join(sorted(packages)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
