"""`studio batch --cluster` on a real Dask LocalCluster: two worker processes on 127.0.0.1,
each offering one `render` slot, exactly as `dask worker --resources render=1` would."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from studio.batch.dask_engine import unreadable
from studio.media.probe import probe
from tests.batch.conftest import SAMPLES, TinyTemplate, leftovers, rendering, sample, write_rows
from tests.media_factory import decode_frames, stream_summary

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

HEADER = ["output", "scene", "activity", "day", "hashtags"]


@dataclass(frozen=True)
class Cluster:
    address: str
    client: Any
    data: Path  # the studio's data folder of the workers and of the batch (its scratch)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    data = tmp_path_factory.mktemp("cluster-data")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("STUDIO_DATA_DIR", str(data))  # before the workers start: they inherit it
        with (
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     host="127.0.0.1", dashboard_address=None,
                                     resources={"render": 1}) as local,
            distributed.Client(local) as client,
        ):  # fmt: skip
            yield Cluster(local.scheduler_address, client, data)


def batch(cluster: Cluster, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "studio", "batch", *args, "--cluster", cluster.address],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "STUDIO_DATA_DIR": str(cluster.data)})  # fmt: skip


def test_four_rows_render_on_two_workers_and_a_bad_row_is_reported(
    tmp_path: Path, tiny_pov: TinyTemplate, cluster: Cluster
) -> None:
    template = tiny_pov(2.0)
    rows = write_rows(tmp_path / "rows.csv", HEADER, [
        ["ann", sample("portrait-photo.jpg"), "bake bread", "Monday", "#ann"],
        ["bob", sample("portrait-photo.jpg"), "fix bikes", "Sunday", "#bob"],
        ["cat", sample("dance-portrait.mp4"), "dance", "Friday", "#cat"],
        ["dan", "nowhere.mp4", "sleep", "Monday", ""],
        ["eve", sample("city-landscape.mp4"), "commute", "Tuesday", "#eve"],
    ])  # fmt: skip
    out = tmp_path / "out"
    report = tmp_path / "report.csv"
    process = batch(cluster, str(template), str(rows), "-o", str(out),
                    "--skip-bad", "--report", str(report), "--preset", "ultrafast")  # fmt: skip
    stdout, stderr = process.communicate(timeout=240)
    assert process.returncode == 1, stderr  # one row could not render
    assert (
        f"studio: {rows}: row 5, column scene: {tmp_path / 'nowhere.mp4'}: no such file" in stderr
    )
    assert stdout.splitlines() == [
        str(out / f"{name}.mp4") for name in ("ann", "bob", "cat", "eve")
    ]
    assert [line.split(",")[:2] for line in report.read_text().splitlines()[1:]] == [
        ["2", "done"], ["3", "done"], ["4", "done"], ["5", "invalid"], ["6", "done"],
    ]  # fmt: skip
    for name, words in (("ann", "bake bread on a Monday"), ("eve", "commute on a Tuesday")):
        video = probe(out / f"{name}.mp4")
        assert (video.width, video.height) == (180, 320)
        assert video.duration == pytest.approx(2.0, abs=0.1)
        assert video.has_audio
        caption = f"POV: you {words} #{name}"
        assert re.search(r"comment\s+: " + re.escape(caption), stream_summary(out / f"{name}.mp4"))
        assert (out / f"{name}.caption.txt").read_text(encoding="utf-8").strip() == caption
    # Same photo, different words: the headline's band differs, the picture below it does not.
    ann = decode_frames(out / "ann.mp4", (180, 320))[12].astype(np.int16)
    bob = decode_frames(out / "bob.mp4", (180, 320))[12].astype(np.int16)
    changed = np.abs(ann - bob).max(axis=2) > 40
    assert changed[80:110].sum() > 100  # the headline sits at 30% of the height
    assert changed[150:].sum() == 0
    assert leftovers(out) == []


def test_a_worker_killed_mid_render_has_its_row_finished_by_the_other(
    tmp_path: Path, tiny_pov: TinyTemplate, cluster: Cluster
) -> None:
    template = tiny_pov(6.0)
    rows = write_rows(tmp_path / "rows.csv", HEADER,
                      [[f"v{n}", sample(SAMPLES[n]), f"try {n}", "Monday", ""] for n in range(4)])  # fmt: skip
    out = tmp_path / "out"
    report = tmp_path / "report.csv"
    process = batch(cluster, str(template), str(rows), "-o", str(out),
                    "--report", str(report), "--preset", "ultrafast", "--quiet")  # fmt: skip
    deadline = time.monotonic() + 120
    while not rendering(cluster.data):  # a worker is encoding a row's picture
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    busy = [worker for worker, keys in cluster.client.processing().items() if keys]
    assert busy
    pid = cluster.client.run(os.getpid, workers=[busy[0]])[busy[0]]
    os.kill(pid, signal.SIGKILL)  # as if the machine lost power: no cleanup in that process
    stdout, stderr = process.communicate(timeout=240)
    assert process.returncode == 0, stderr
    assert sorted(stdout.splitlines()) == [str(out / f"v{n}.mp4") for n in range(4)]
    assert sorted(p.name for p in out.glob("*.mp4")) == [f"v{n}.mp4" for n in range(4)]
    for n in range(4):
        assert probe(out / f"v{n}.mp4").duration == pytest.approx(6.0, abs=0.1)
    assert [line.split(",")[1] for line in report.read_text().splitlines()[1:]] == ["done"] * 4
    assert leftovers(out) == []
    assert not rendering(cluster.data)  # the killed worker's scratch was swept too


def test_the_worker_check_names_what_a_worker_cannot_read(tmp_path: Path) -> None:
    there = tmp_path / "there.mp4"
    there.write_bytes(b"x")
    assert unreadable([str(there), str(tmp_path / "gone.mp4"), str(tmp_path) + os.sep]) == [
        str(tmp_path / "gone.mp4")
    ]
