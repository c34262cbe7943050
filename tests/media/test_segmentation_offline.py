"""Person segmentation stays on the computer: no network socket while the model runs.

mediapipe releases after 0.10.21 upload usage metrics to Google from their native library
(a name lookup of play.googleapis.com while segmenting). Patching Python's socket module cannot
see C++ sockets, so a real segmentation runs in a child process under strace, and the test fails
if that process, or any thread or child of it, opens or uses an internet socket: a resolver
lookup alone (even with no network at all) already shows as one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PHOTO = Path(__file__).parent / "photos" / "astronaut-9x16.jpg"
SEGMENT = f"""
import numpy as np
from PIL import Image
from studio.media.person_segmenter import PersonSegmenter, input_size
photo = Image.open({str(PHOTO)!r}).convert("RGB")
picture = np.asarray(photo.resize(input_size(*photo.size)))
segmenter = PersonSegmenter()
for _ in range(8):
    mask = segmenter.confidence(picture)
segmenter.close()
print("person pixels", int((mask > 128).sum()))
"""


@pytest.mark.skipif(shutil.which("strace") is None,
                    reason="needs strace (packaging/linux/install-system-deps.sh installs it)")  # fmt: skip
def test_segmenting_a_photo_opens_no_internet_socket(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(log),
         sys.executable, "-c", SEGMENT],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # the segmentation really ran: the portrait's person covers a good part of the picture
    assert int(result.stdout.split()[-1]) > 256 * 144 // 4, result.stdout
    internet = [line for line in log.read_text().splitlines()
                if "AF_INET" in line]  # AF_INET and AF_INET6: sockets, DNS, uploads  # fmt: skip
    assert internet == [], "segmentation used the network:\n" + "\n".join(internet[:10])


def test_a_later_mediapipe_is_refused_in_one_line() -> None:
    # only one mediapipe can be installed here, so the installed version is what is stood in
    code = (
        "import importlib.metadata as m\n"
        "real = m.version\n"
        "m.version = lambda name: '0.10.32' if name == 'mediapipe' else real(name)\n"
        "from studio.media.person_segmenter import unavailable_reason\n"
        "print(unavailable_reason())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("mediapipe 0.10.32 is installed; person segmentation uses "
                                     "only 0.10.21 (later releases send usage data to Google)")  # fmt: skip
