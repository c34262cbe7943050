"""Fetching a speech model: resumable (HTTP Range), checked, and never half-written.

Files download into `<id>.partial/` beside the models; a cut connection leaves the bytes it got
there, and the next fetch asks only for the rest. Each file is checked against its pinned size
and SHA-256; a file that fails is deleted. Only when every file is whole and checked is the
folder renamed to `<id>`, so a model folder is either complete or absent.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from studio.core.errors import Cancelled
from studio.media.speech.models import (
    DEFAULT_MODEL,
    MODEL_ENV,
    MODELS,
    OFFICIAL_HOST,
    ModelError,
    ModelFile,
    SpeechModel,
    check_model_folder,
    installed_model,
    models_dir,
)

CHUNK = 1 << 20
TIMEOUT_SECONDS = 30

# (bytes so far, bytes in all) for the whole model
Progress = Callable[[int, int], None]


def fetch_model(
    model_id: str | SpeechModel,
    root: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    host: str = OFFICIAL_HOST,
) -> Path:
    """Fetch model `model_id` into `root` (the data folder's models) and return its folder.

    ModelError names the file and what went wrong; Cancelled keeps what was fetched so far
    for the next try (in the `.partial` folder, never in the model's own).
    """
    model = model_id if isinstance(model_id, SpeechModel) else MODELS.get(model_id)
    if model is None:
        raise ModelError(f"unknown speech model '{model_id}' (known: {', '.join(MODELS)})")
    root = root or models_dir()
    final = root / model.id
    if final.is_dir():
        return final
    partial = root / f"{model.id}.partial"
    partial.mkdir(parents=True, exist_ok=True)
    done = 0
    for item in model.files:
        target = partial / item.name
        if target.is_file() and target.stat().st_size == item.size:
            done += item.size  # checked when it was completed
            continue
        _fetch_file(model, item, partial, host, done, progress, cancel)
        done += item.size
    partial.rename(final)
    return final


def _fetch_file(
    model: SpeechModel,
    item: ModelFile,
    folder: Path,
    host: str,
    before: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    """One file into `folder/<name>.part`, resumed where it stopped, checked, then renamed."""
    part = folder / f"{item.name}.part"
    have = part.stat().st_size if part.is_file() else 0
    url = model.url(item.name, host)
    if have < item.size:
        _download(
            url,
            part,
            have,
            item.size,
            lambda n: progress and progress(before + n, model.size),
            cancel,
        )
    have = part.stat().st_size
    if have != item.size:
        part.unlink(missing_ok=True)  # longer than the pinned file: not the published one
        raise ModelError(f"{url}: {have} bytes where {item.size} were expected")
    if item.sha256 is not None and _sha256(part) != item.sha256:
        part.unlink(missing_ok=True)
        raise ModelError(f"{url}: the file is not the published model (its checksum differs)")
    part.rename(folder / item.name)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _download(url: str, part: Path, have: int, size: int, progress: Callable[[int], object],
              cancel: threading.Event | None) -> None:  # fmt: skip
    """Append the rest of `url` from byte `have` to `part` (all of it if the server ignores
    the Range); stops a little past `size` so a wrong file cannot fill the disk."""
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            if have and response.status != 206:  # the server sent it all again: start over
                have = 0
            with part.open("ab" if have else "wb") as out:
                while block := response.read(CHUNK):
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    out.write(block)
                    have += len(block)
                    if have > size:
                        break
                    progress(have)
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ModelError(f"{url}: cannot fetch the speech model ({reason}); "
                         "try again to resume") from None  # fmt: skip
    got = part.stat().st_size
    if got < size:
        raise ModelError(f"{url}: the connection ended after {got} of {size} bytes; "
                         "try again to resume")  # fmt: skip


def forget_partial(model_id: str, root: Path | None = None) -> None:
    """Delete what an unfinished fetch of `model_id` left for resuming."""
    shutil.rmtree((root or models_dir()) / f"{model_id}.partial", ignore_errors=True)


def ensure_model(
    local: Path | None = None,
    model_id: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The model folder to use: the creator's own folder (`--model`, Settings or
    `STUDIO_SPEECH_MODEL`) as it is, else model `model_id`, fetched on first use."""
    given = local or (Path(os.environ[MODEL_ENV]) if os.environ.get(MODEL_ENV) else None)
    if given is not None:
        return check_model_folder(given)
    wanted = model_id or DEFAULT_MODEL
    return installed_model(wanted) or fetch_model(wanted, progress=progress, cancel=cancel)
