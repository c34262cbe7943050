"""The packaged app finds its own ffmpeg and can run it even after a copy lost the executable bit."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from studio.media import bundled_ffmpeg
from studio.media.bundled_ffmpeg import ensure_executable, frozen_ffmpeg

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no executable bit on Windows")


def fake_bundle(tmp_path: Path) -> Path:
    """A PyInstaller-like folder whose 'ffmpeg' is a small real program that lost its x bit.

    /bin/echo stands in for ffmpeg's 170 MB: what is tested is finding and running the file.
    """
    binaries = tmp_path / "_internal" / "imageio_ffmpeg" / "binaries"
    binaries.mkdir(parents=True)
    (binaries / "README.md").write_text("not a program")
    program = binaries / "ffmpeg-linux-x86_64-v9.0.2"
    shutil.copyfile("/bin/echo", program)
    program.chmod(0o644)  # as after a copy that dropped the mode
    return tmp_path / "_internal"


def test_not_frozen_means_no_bundled_ffmpeg() -> None:
    assert frozen_ffmpeg() is None


def test_frozen_ffmpeg_is_found_and_made_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = fake_bundle(tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    found = frozen_ffmpeg()
    assert found == bundle / "imageio_ffmpeg" / "binaries" / "ffmpeg-linux-x86_64-v9.0.2"
    assert os.access(found, os.X_OK)
    ran = subprocess.run([str(found), "runs"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "runs"


def test_read_only_install_runs_a_private_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_data_folder: Path
) -> None:
    program = fake_bundle(tmp_path) / "imageio_ffmpeg" / "binaries" / "ffmpeg-linux-x86_64-v9.0.2"
    real_chmod = Path.chmod

    # Tests run as root here, and root may chmod anything: a read-only install folder (a mounted
    # DMG, a root-owned /opt for a user) cannot be made, so refusing the chmod stands in for it.
    def refuse_in_install_folder(self: Path, mode: int) -> None:
        if self == program:
            raise PermissionError(13, "Read-only file system", str(self))
        real_chmod(self, mode)

    monkeypatch.setattr(bundled_ffmpeg.Path, "chmod", refuse_in_install_folder)
    runnable = ensure_executable(program)
    assert runnable == private_data_folder / "bin" / program.name
    assert runnable.stat().st_mode & stat.S_IXUSR
    assert not program.stat().st_mode & stat.S_IXUSR
    assert subprocess.run([str(runnable), "ok"], capture_output=True, check=True).stdout == b"ok\n"
    assert ensure_executable(program) == runnable  # the second start reuses the copy
    assert not list(runnable.parent.glob("*.partial"))


def test_nowhere_to_run_it_from_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.core.errors import StudioError

    program = fake_bundle(tmp_path) / "imageio_ffmpeg" / "binaries" / "ffmpeg-linux-x86_64-v9.0.2"
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("STUDIO_DATA_DIR", str(blocker))
    real_chmod = Path.chmod

    def refuse(self: Path, mode: int) -> None:  # root can chmod anything: see above
        if self == program:
            raise PermissionError(13, "Read-only file system", str(self))
        real_chmod(self, mode)

    monkeypatch.setattr(bundled_ffmpeg.Path, "chmod", refuse)
    with pytest.raises(StudioError) as caught:
        ensure_executable(program)
    assert caught.value.first_line.startswith(
        f"{program}: the bundled ffmpeg cannot be made runnable"
    )
