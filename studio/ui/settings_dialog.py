"""Settings: where videos go, the platform to prepare for, language, microphone latency."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from studio.capture.devices import list_cameras, list_sound_devices
from studio.core.platforms import load_platforms
from studio.media.speech.models import MODELS
from studio.ui.jobs import JobRunner
from studio.ui.platform_names import platform_name
from studio.ui.settings import StudioSettings
from studio.ui.translation import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, settings: StudioSettings, parent: object = None,
                 used_folder: Path | None = None) -> None:  # fmt: skip
        super().__init__(parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.jobs = JobRunner(self)
        self.folder = QLineEdit(settings.output_folder)
        # empty keeps the default: the folder videos actually go to, shown whole
        self.folder.setPlaceholderText(str(used_folder) if used_folder else "")
        used = settings.output_path(used_folder) if used_folder else settings.output_folder
        self.folder.setToolTip(self.tr("Videos are saved in {0}").format(used))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.platform = QComboBox()
        for key, platform in load_platforms().items():
            self.platform.addItem(platform_name(platform), key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(settings.default_platform)))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.camera = QComboBox()
        self.camera.addItem(self.tr("The first camera found"), "")
        for camera in list_cameras():
            self.camera.addItem(camera.name, camera.name)
        self.camera.setCurrentIndex(max(0, self.camera.findData(settings.camera)))
        self.microphone = QComboBox()
        self.microphone.addItem(self.tr("No microphone"), "")
        for device in list_sound_devices():
            if device.inputs:
                self.microphone.addItem(device.name, device.name)
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(settings.microphone)))
        self.calibrate = QPushButton(self.tr("Measure microphone latency"))
        self.calibrate.setToolTip(self.tr("Plays clicks and listens for them: keep the room quiet"))
        self.calibrate.clicked.connect(self._calibrate)
        self.latency = QLabel("")
        self.latency.setObjectName("muted")
        self.latency.setWordWrap(True)
        self.speech_model = QComboBox()
        for model in MODELS.values():
            english = self.tr("English only")
            kind = english if model.english_only else self.tr("English, Italian, German")
            size = model.size // 1_000_000
            self.speech_model.addItem(f"{model.id} ({kind}, {size} MB)", model.id)
        self.speech_model.setCurrentIndex(max(0, self.speech_model.findData(settings.speech_model)))
        self.speech_model.setToolTip(self.tr("Fetched once, the first time you make captions"))
        self.model_folder = QLineEdit(settings.speech_model_folder)
        self.model_folder.setPlaceholderText(self.tr("Or a model folder on this computer"))
        pick_model = QPushButton(self.tr("Choose…"))
        pick_model.clicked.connect(self._browse_model)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_folder, 1)
        model_row.addWidget(pick_model)
        form = QFormLayout(self)
        form.addRow(self.tr("Save videos in"), row)
        form.addRow(self.tr("Prepare for"), self.platform)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Camera"), self.camera)
        form.addRow(self.tr("Microphone"), self.microphone)
        form.addRow(self.tr("Latency"), self.calibrate)
        form.addRow("", self.latency)
        form.addRow(self.tr("Captions model"), self.speech_model)
        form.addRow("", model_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> StudioSettings:
        return StudioSettings(
            output_folder=self.folder.text().strip(), default_platform=self.platform.currentData(),
            language=self.language.currentData(), camera=self.camera.currentData(),
            microphone=self.microphone.currentData(),
            speech_model=self.speech_model.currentData(),
            speech_model_folder=self.model_folder.text().strip(),
        )  # fmt: skip

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save videos in"))
        if folder:
            self.folder.setText(folder)

    def _browse_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Captions model"))
        if folder:
            self.model_folder.setText(folder)

    def _calibrate(self) -> None:
        from studio.capture.latency import DEFAULT_DEVICES, measure_round_trip, save_correction

        def work(_: object) -> object:
            trip = measure_round_trip()
            save_correction(DEFAULT_DEVICES, trip.correction)
            return trip

        self.calibrate.setEnabled(False)
        self.latency.setText(self.tr("Listening…"))
        self.jobs.submit("calibrate", work, done=self._calibrated,
                         failed=self._calibration_failed)  # fmt: skip

    def done(self, result: int) -> None:
        """Closing: a measurement still listening is waited for (it ends by itself)."""
        self.jobs.close()
        super().done(result)

    def _calibrated(self, trip: object) -> None:
        self.calibrate.setEnabled(True)
        self.latency.setText(self.tr("Round trip {0:.0f} ms (the device reports {1:.0f} ms); "
                                     "voice recordings are shifted by the difference.").format(
            trip.measured * 1000, trip.reported * 1000))  # type: ignore[attr-defined]  # fmt: skip

    def _calibration_failed(self, message: str) -> None:
        self.calibrate.setEnabled(True)
        self.latency.setText(self.tr("Could not measure: {0}").format(message))
