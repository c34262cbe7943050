"""The creator's preferences, in an INI file in the studio's data folder (shared with the CLI's
tag history and presets, and private to each test through STUDIO_DATA_DIR)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from studio.core.user_data import user_data_dir


@dataclass
class StudioSettings:
    output_folder: str = ""
    default_platform: str = "tiktok"
    language: str = "en"
    camera: str = ""  # "" picks the first camera found
    microphone: str = ""  # "" records no voice
    speech_model: str = "base"  # the model auto captions fetch on first use
    speech_model_folder: str = ""  # the creator's own model folder ("" fetches speech_model)

    @staticmethod
    def _store() -> QSettings:
        return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    @classmethod
    def load(cls) -> StudioSettings:
        store = cls._store()
        values = {f.name: str(store.value(f.name, f.default)) for f in fields(cls)}
        return cls(**values)

    def save(self) -> None:
        store = self._store()
        for item in fields(self):
            store.setValue(item.name, getattr(self, item.name))
        store.sync()

    def output_path(self, fallback: Path) -> Path:
        return Path(self.output_folder) if self.output_folder else fallback
