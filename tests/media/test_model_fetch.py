"""Fetching a speech model from a real HTTP server on 127.0.0.1 (tests never reach the
internet): progress, resume after a cut, a wrong checksum refused, nothing half-written."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from studio.core.errors import Cancelled
from studio.media.speech.model_fetch import fetch_model
from studio.media.speech.models import ModelError, ModelFile, SpeechModel, installed_model

WEIGHTS = bytes(range(256)) * 4096  # 1 MiB
CONFIG = b'{"alignment_heads": []}'


class Files(BaseHTTPRequestHandler):
    """Serves FILES, honours Range, and cuts the connection after `cut_after` bytes once."""

    files: ClassVar[dict[str, bytes]] = {}
    cut_after: ClassVar[int | None] = None
    ranges: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        data = self.files.get(name)
        if data is None:
            self.send_error(404)
            return
        wanted = self.headers.get("Range")
        start = int(wanted.split("=")[1].rstrip("-")) if wanted else 0
        type(self).ranges.append(f"{name}:{start}")
        self.send_response(206 if wanted else 200)
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        body = data[start:]
        if self.cut_after is not None and name == "model.bin":
            body = body[: self.cut_after]
            type(self).cut_after = None
            self.wfile.write(body)
            self.wfile.flush()
            self.connection.close()  # the connection drops mid-file
            return
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Files.files = {"model.bin": WEIGHTS, "config.json": CONFIG}
    Files.cut_after, Files.ranges = None, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Files)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _model(weights_sha: str | None = None) -> SpeechModel:
    return SpeechModel(
        "test.en",
        "Systran/faster-whisper-test.en",
        "0" * 40,
        (
            ModelFile("config.json", len(CONFIG), hashlib.sha256(CONFIG).hexdigest()),
            ModelFile(
                "model.bin", len(WEIGHTS), weights_sha or hashlib.sha256(WEIGHTS).hexdigest()
            ),
        ),
        english_only=True,
    )


def test_a_model_arrives_whole_with_progress(server: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    folder = fetch_model(_model(), tmp_path, lambda done, total: seen.append((done, total)),
                         host=server)  # fmt: skip
    assert folder == tmp_path / "test.en"
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["test.en"]
    assert sorted(p.name for p in folder.iterdir()) == ["config.json", "model.bin"]
    assert seen[-1] == (len(CONFIG) + len(WEIGHTS), len(CONFIG) + len(WEIGHTS))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_cut_download_resumes_where_it_stopped(server: str, tmp_path: Path) -> None:
    Files.cut_after = 300_000
    with pytest.raises(ModelError, match="try again to resume"):
        fetch_model(_model(), tmp_path, host=server)
    assert not (tmp_path / "test.en").exists()  # no model folder until every file is whole
    part = tmp_path / "test.en.partial" / "model.bin.part"
    assert part.stat().st_size == 300_000
    folder = fetch_model(_model(), tmp_path, host=server)
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    assert "model.bin:300000" in Files.ranges  # only the rest was asked for
    assert not (tmp_path / "test.en.partial").exists()


def test_a_wrong_checksum_is_refused_and_nothing_is_left(server: str, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="checksum differs"):
        fetch_model(_model("f" * 64), tmp_path, host=server)
    assert not (tmp_path / "test.en").exists()
    assert not (tmp_path / "test.en.partial" / "model.bin.part").exists()
    assert not (tmp_path / "test.en.partial" / "model.bin").exists()


def test_cancel_stops_without_a_model_folder(server: str, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        fetch_model(_model(), tmp_path, cancel=cancel, host=server)
    assert not (tmp_path / "test.en").exists()


def test_an_unreachable_source_says_so_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        fetch_model(_model(), tmp_path, host="http://127.0.0.1:9")
    assert len(caught.value.lines) == 1
    assert "cannot fetch the speech model" in caught.value.first_line


def test_the_official_models_are_pinned_and_a_fetched_one_is_found(tmp_path: Path) -> None:
    from studio.media.speech.models import MODELS

    assert {"tiny", "tiny.en", "base", "base.en"} <= set(MODELS)
    for model in MODELS.values():
        weights = next(f for f in model.files if f.name == "model.bin")
        assert weights.sha256 is not None and len(weights.sha256) == 64
        assert "/resolve/" + model.revision + "/" in model.url("model.bin")
    assert installed_model("tiny.en", tmp_path) is None
