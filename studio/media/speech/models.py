"""The Whisper models the studio offers, and where a creator's copy of one lives.

Models are not in the installer (one is as large as the whole app): on first use the studio
fetches the one the creator picks from its official source, the CTranslate2 conversions
published by Systran, pinned to a revision so the files cannot change under the checksums
below. A local model folder (Settings, `--model PATH`) is used as it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from studio.core.errors import StudioError
from studio.core.user_data import user_data_dir

OFFICIAL_HOST = "https://huggingface.co"
MODELS_FOLDER = "speech-models"


@dataclass(frozen=True)
class ModelFile:
    """One file of a model: its name, exact size and SHA-256 (None: checked by size only)."""

    name: str
    size: int
    sha256: str | None


@dataclass(frozen=True)
class SpeechModel:
    """A downloadable model: an id the creator picks, its repository, revision and files."""

    id: str
    repo: str
    revision: str
    files: tuple[ModelFile, ...]
    english_only: bool

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    def url(self, name: str, host: str = OFFICIAL_HOST) -> str:
        """Where `name` is fetched from (the pinned revision, never a moving branch)."""
        return f"{host}/{self.repo}/resolve/{self.revision}/{name}"


# The English-only models share a tokenizer; so do the multilingual ones.
_EN_TOKENIZER = ModelFile(
    "tokenizer.json", 2_128_466, "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df"
)
_EN_VOCABULARY = ModelFile(
    "vocabulary.txt", 422_309, "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf"
)

MODELS: dict[str, SpeechModel] = {
    model.id: model
    for model in (
        SpeechModel(
            "tiny.en",
            "Systran/faster-whisper-tiny.en",
            "0d3d19a32d3338f10357c0889762bd8d64bbdeba",
            (
                ModelFile("config.json", 2_317,
                          "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"),
                ModelFile("model.bin", 75_537_502,
                          "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"),
                _EN_TOKENIZER,
                _EN_VOCABULARY,
            ),
            english_only=True,
        ),
        SpeechModel(
            "base.en",
            "Systran/faster-whisper-base.en",
            "3d3d5dee26484f91867d81cb899cfcf72b96be6c",
            (
                ModelFile("config.json", 2_227, None),
                ModelFile("model.bin", 145_216_508,
                          "2a166925539a16005f14ff328359f9b9adb9dc4fb631bb3b227526862e93e2ef"),
                _EN_TOKENIZER,
                _EN_VOCABULARY,
            ),
            english_only=True,
        ),
        SpeechModel(
            "tiny",
            "Systran/faster-whisper-tiny",
            "d90ca5fe260221311c53c58e660288d3deb8d356",
            (
                ModelFile("config.json", 2_249, None),
                ModelFile("model.bin", 75_538_270,
                          "dcb76c6586fc06cbdac6dd21f14cfd129cc4cdd9dce19bf4ffa62e59cbe6e6d1"),
                ModelFile("tokenizer.json", 2_203_239, None),
                ModelFile("vocabulary.txt", 459_861, None),
            ),
            english_only=False,
        ),
        SpeechModel(
            "base",
            "Systran/faster-whisper-base",
            "ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66",
            (
                ModelFile("config.json", 2_309, None),
                ModelFile("model.bin", 145_217_532,
                          "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
                ModelFile("tokenizer.json", 2_203_239, None),
                ModelFile("vocabulary.txt", 459_861, None),
            ),
            english_only=False,
        ),
    )
}  # fmt: skip

DEFAULT_MODEL = "base"  # multilingual: the studio's languages are English, Italian and German
MODEL_ENV = "STUDIO_SPEECH_MODEL"  # a local model folder, as `--model PATH`


class ModelError(StudioError):
    """A speech model that is missing, incomplete or not what it claims to be."""


def models_dir() -> Path:
    """Where fetched models live: the studio's data folder."""
    return user_data_dir() / MODELS_FOLDER


def installed_model(model_id: str, root: Path | None = None) -> Path | None:
    """The folder of a fetched, complete model, or None when it has not been fetched."""
    folder = (root or models_dir()) / model_id
    model = MODELS.get(model_id)
    if model is None or not folder.is_dir():
        return None
    complete = all((folder / f.name).is_file() and (folder / f.name).stat().st_size == f.size
                   for f in model.files)  # fmt: skip
    return folder if complete else None


def check_model_folder(folder: Path) -> Path:
    """`folder` if it holds a CTranslate2 Whisper model; ModelError naming what is missing."""
    if not folder.is_dir():
        raise ModelError(f"{folder}: no such model folder")
    missing = [name for name in ("model.bin", "config.json") if not (folder / name).is_file()]
    if not (folder / "tokenizer.json").is_file():
        missing.append("tokenizer.json")
    if missing:
        raise ModelError(f"{folder}: not a Whisper model folder (missing {', '.join(missing)})")
    return folder


def resolve_model(local: Path | None = None, model_id: str | None = None) -> Path:
    """The model folder to use: a local folder given by the creator (`--model`, Settings or
    `STUDIO_SPEECH_MODEL`), else the fetched model `model_id`; ModelError says how to get one."""
    given = local or (Path(os.environ[MODEL_ENV]) if os.environ.get(MODEL_ENV) else None)
    if given is not None:
        return check_model_folder(given)
    wanted = model_id or DEFAULT_MODEL
    if wanted not in MODELS:
        raise ModelError(f"unknown speech model '{wanted}' (known: {', '.join(MODELS)})")
    folder = installed_model(wanted)
    if folder is None:
        raise ModelError(
            f"the speech model '{wanted}' is not on this computer yet: fetch it in Settings "
            f"or with `studio captions --fetch-model {wanted}`, or give a folder with --model"
        )
    return folder
