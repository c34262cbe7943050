"""`studio batch` from a shell on the local pool: bad rows, the report, Ctrl-C and --resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.media.probe import probe
from tests.batch.conftest import SAMPLES, TinyTemplate, leftovers, rendering, sample, write_rows

pytestmark = pytest.mark.slow


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args], capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


def test_a_bad_row_stops_everything_unless_skip_bad(tmp_path: Path, tiny_pov: TinyTemplate) -> None:
    template = tiny_pov(1.0)
    rows = write_rows(tmp_path / "rows.csv", ["output", "scene", "activity", "day"], [
        ["one", sample("portrait-photo.jpg"), "smile", "Monday"],
        ["two", str(tmp_path / "missing.mp4"), "run", "Tuesday"],
        ["three", sample("garden-square.mp4"), "dig", "Friday"],
    ])  # fmt: skip
    out = tmp_path / "out"
    refused = studio("batch", str(template), str(rows), "-o", str(out), "--preset", "ultrafast")
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"studio: {rows}: row 3, column scene: {tmp_path / 'missing.mp4'}: no such file",
        "studio: nothing was rendered: 1 of 3 rows have problems (fix them, or --skip-bad to render the others)",
    ]
    assert not any(out.glob("*.mp4"))

    report = tmp_path / "report.json"
    result = studio("batch", str(template), str(rows), "-o", str(out), "--skip-bad", "--quiet",
                    "--report", str(report), "--preset", "ultrafast", "--jobs", "2")  # fmt: skip
    assert result.returncode == 1, result.stderr  # not every row succeeded
    assert result.stdout.splitlines() == [str(out / "one.mp4"), str(out / "three.mp4")]
    records = json.loads(report.read_text())
    assert [
        (r["row"], r["status"], Path(r["output"]).name if r["output"] else "") for r in records
    ] == [
        (2, "done", "one.mp4"),
        (3, "invalid", ""),
        (4, "done", "three.mp4"),
    ]
    assert (
        records[1]["error"]
        == f"{rows}: row 3, column scene: {tmp_path / 'missing.mp4'}: no such file"
    )
    assert records[0]["seconds"] > 0
    assert probe(out / "one.mp4").duration == pytest.approx(1.0, abs=0.1)
    assert (out / "three.caption.txt").read_text().startswith("POV: you dig on a Friday")


def test_ctrl_c_leaves_no_partial_file_and_resume_finishes_the_rest(
    tmp_path: Path, tiny_pov: TinyTemplate, private_data_folder: Path
) -> None:
    template = tiny_pov(3.0)
    rows = write_rows(tmp_path / "rows.csv", ["output", "scene", "activity", "day"],
                      [[f"v{n}", sample(SAMPLES[n % 4]), f"try {n}", "Monday"] for n in range(5)])  # fmt: skip
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "studio", "batch", str(template), str(rows), "-o", str(out),
         "--jobs", "1", "--preset", "ultrafast"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    while not process.stderr.readline().startswith("batch: 1/5 done"):
        assert time.monotonic() < deadline and process.poll() is None
    while not rendering(private_data_folder):  # the next row is being encoded
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "stopped; finished videos are kept, --resume renders the rest" in err
    assert leftovers(out) == []
    assert not rendering(private_data_folder)  # the worker's scratch is gone too
    finished = {p.name: p.stat().st_mtime_ns for p in out.glob("*.mp4")}
    assert 1 <= len(finished) < 5

    report = tmp_path / "report.csv"
    resumed = studio("batch", str(template), str(rows), "-o", str(out), "--resume", "--quiet",
                     "--preset", "ultrafast", "--report", str(report))  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert sorted(p.name for p in out.glob("*.mp4")) == [f"v{n}.mp4" for n in range(5)]
    assert {name: (out / name).stat().st_mtime_ns for name in finished} == finished
    statuses = [line.split(",")[1] for line in report.read_text().splitlines()[1:]]
    assert statuses.count("skipped") == len(finished)
    assert statuses.count("done") == 5 - len(finished)
    assert leftovers(out) == []


def test_resume_renders_a_row_again_when_its_input_changed(
    tmp_path: Path, tiny_pov: TinyTemplate
) -> None:
    template = tiny_pov(0.5)
    header = ["output", "scene", "activity", "day"]
    rows = write_rows(tmp_path / "rows.csv", header, [["a", sample("portrait-photo.jpg"), "x", "Monday"],
                                                      ["b", sample("portrait-photo.jpg"), "y", "Monday"]])  # fmt: skip
    out = tmp_path / "out"
    assert (
        studio(
            "batch", str(template), str(rows), "-o", str(out), "--quiet", "--preset", "ultrafast"
        ).returncode
        == 0
    )
    before = {name: (out / name).stat().st_mtime_ns for name in ("a.mp4", "b.mp4")}
    write_rows(rows, header, [["a", sample("portrait-photo.jpg"), "x", "Monday"],
                              ["b", sample("portrait-photo.jpg"), "y", "Tuesday"]])  # fmt: skip
    again = studio(
        "batch", str(template), str(rows), "-o", str(out), "--resume", "--preset", "ultrafast"
    )
    assert again.returncode == 0, again.stderr
    assert (out / "a.mp4").stat().st_mtime_ns == before["a.mp4"]
    assert (out / "b.mp4").stat().st_mtime_ns != before["b.mp4"]
    assert "Tuesday" in (out / "b.caption.txt").read_text()


def test_example_rows_file_and_usage_errors(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    made = studio("batch", "three-things", "--example-rows", str(target))
    assert made.returncode == 0, made.stderr
    header = target.read_text().splitlines()[0]
    assert header == "output,first,second,third,topic,one,two,three,caption,hashtags"
    again = studio("batch", "three-things", "--example-rows", str(target))
    assert (again.returncode, again.stderr) == (
        1,
        f"studio: {target}: already exists; not overwritten\n",
    )
    no_rows = studio("batch", "pov", "-o", str(tmp_path))
    assert (no_rows.returncode, no_rows.stderr) == (
        1,
        "studio: batch needs ROWS and -o FOLDER (or --example-rows)\n",
    )
    missing = studio("batch", "pov", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o"))
    assert (missing.returncode, missing.stderr) == (
        1,
        f"studio: {tmp_path / 'nope.csv'}: no such file\n",
    )


def test_a_bad_cluster_address_is_one_line(tmp_path: Path, tiny_pov: TinyTemplate) -> None:
    pytest.importorskip("distributed")
    rows = write_rows(tmp_path / "rows.csv", ["scene", "activity", "day"],
                      [[sample("portrait-photo.jpg"), "x", "Monday"]])  # fmt: skip
    result = studio("batch", str(tiny_pov(0.5)), str(rows), "-o", str(tmp_path / "out"),
                    "--cluster", "localhost")  # fmt: skip
    assert (result.returncode, result.stderr) == (
        1, "studio: --cluster localhost: missing port number in address 'localhost' (use tcp://HOST:PORT)\n"
    )  # fmt: skip


def _children(pid: int) -> list[int]:
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in listed]


def _command(pid: int) -> str:
    """The process's command line; empty once it has ended (between listing and reading)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _rendering_batch(
    tmp_path: Path, template: Path, data_folder: Path, rows: int
) -> tuple[subprocess.Popen[str], Path, list[int]]:
    """A two-worker batch of `rows` rows, once a render is under way: the process, its
    output folder and its workers' process ids."""
    table = write_rows(tmp_path / "rows.csv", ["output", "scene", "activity", "day"],
                       [[f"v{n}", sample(SAMPLES[n % 4]), f"try {n}", "Monday"]
                        for n in range(rows)])  # fmt: skip
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "studio", "batch", str(template), str(table), "-o", str(out),
         "--jobs", "2", "--preset", "ultrafast"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not rendering(data_folder):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    workers = [pid for pid in _children(process.pid) if "spawn_main" in _command(pid)]
    assert workers
    return process, out, workers


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_workers_end_with_a_batch_killed_outright(
    tmp_path: Path, tiny_pov: TinyTemplate, private_data_folder: Path
) -> None:
    """kill -9 of the batch left its workers rendering the queued rows, then waiting for
    ever, holding their scratch folders (they ignored SIGTERM)."""
    process, out, workers = _rendering_batch(tmp_path, tiny_pov(3.0), private_data_folder, 6)
    process.kill()
    process.wait()  # not its pipes: a worker that outlived it would hold them open
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "the workers outlived their batch"
        time.sleep(0.2)
    finished = len(list(out.glob("*.mp4")))
    time.sleep(3)
    assert len(list(out.glob("*.mp4"))) == finished  # nothing rendered after them
    process.communicate(timeout=30)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_a_worker_killed_midway_costs_no_row(
    tmp_path: Path, tiny_pov: TinyTemplate, private_data_folder: Path
) -> None:
    """One worker killed (out of memory, a crash) failed every row in the pool, the ones
    that had not started too: each is now sent once more to a new pool."""
    process, out, workers = _rendering_batch(tmp_path, tiny_pov(3.0), private_data_folder, 4)
    os.kill(workers[0], signal.SIGKILL)
    try:
        _, err = process.communicate(timeout=240)
    finally:
        process.kill()  # a batch that hangs fails the test, and is not left running
    assert process.returncode == 0, err
    assert sorted(p.name for p in out.glob("*.mp4")) == [f"v{n}.mp4" for n in range(4)]
