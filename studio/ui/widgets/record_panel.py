"""The record page's side panel: music, devices, countdown, speed, length and earlier takes.

Only widgets: the record page connects them to what they do.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.capture.devices import list_cameras, list_sound_devices
from studio.capture.session import COUNTDOWNS, MAX_LENGTHS, SPEEDS
from studio.core.music_library import bundled_tracks
from studio.ui.icons import icon
from studio.ui.locale_numbers import local_number
from studio.ui.widgets.waveform import WaveformView

_MOODS = (  # the bundled songs' moods (resources/music/*.json), for the translation tools
    QT_TRANSLATE_NOOP("Moods", "bright"),
    QT_TRANSLATE_NOOP("Moods", "energetic"),
    QT_TRANSLATE_NOOP("Moods", "moody"),
)
TEST_PATTERN = "lavfi:testsrc2=size=1280x720:rate=30"
OWN_FILE = "<file>"


class RecordPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.track_combo = QComboBox()
        self.track_combo.addItem(self.tr("No music"), None)
        for track in bundled_tracks():
            mood = QCoreApplication.translate("Moods", track.mood) if track.mood else ""
            self.track_combo.addItem(f"{track.title} · {mood}" if mood else track.title,
                                     track.name)  # fmt: skip
        self.track_combo.addItem(self.tr("Your own file…"), OWN_FILE)
        self.listen_button = QPushButton(icon("play"), self.tr("Play"))
        self.listen_button.setCheckable(True)
        self.waveform = WaveformView()
        self.camera_combo = QComboBox()
        self.mic_combo = QComboBox()
        self.quality_combo = QComboBox()
        for label, size in (("720p", (1280, 720)), ("1080p", (1920, 1080))):
            self.quality_combo.addItem(label, size)
        self.background_combo = QComboBox()
        self.background_combo.addItem(self.tr("Your room"), "")
        self.background_combo.addItem(self.tr("A picture or clip…"), OWN_FILE)
        self.background_combo.setToolTip(
            self.tr("Stand in front of a picture or clip of your choice: your room is cut away")
        )
        self.countdown_combo = QComboBox()
        for countdown in COUNTDOWNS:
            label = self.tr("Off") if countdown == 0 else self.tr("{0} s").format(countdown)
            self.countdown_combo.addItem(label, countdown)
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(f"{local_number(speed)}x", speed)  # 0,5x in Italian
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.length_combo = QComboBox()
        for seconds in MAX_LENGTHS:
            label = self.tr("{0} s").format(int(seconds)) if seconds < 60 else self.tr(
                "{0} min").format(int(seconds // 60))  # fmt: skip
            self.length_combo.addItem(label, seconds)
        self.length_combo.setCurrentIndex(1)
        self.stop_at = QDoubleSpinBox()
        self.stop_at.setRange(0, 600)
        self.stop_at.setSuffix(" s")
        self.stop_at.setSpecialValueText(self.tr("End of track"))
        self.stop_at.setToolTip(self.tr("Stop by itself at this point of the track"))
        self.tap_mode = QCheckBox(self.tr("Tap to start and stop"))
        self.mirror_box = QCheckBox(self.tr("Mirror the recording too"))
        self.mirror_box.setToolTip(self.tr("The preview is always mirrored, like a mirror; "
                                           "the video is not, unless you tick this"))  # fmt: skip
        self.ghost_box = QCheckBox(self.tr("Ghost of the last segment"))
        self.ghost_box.setChecked(True)
        self.safe_box = QCheckBox(self.tr("Show what the app's buttons cover"))
        self.takes_combo = QComboBox()
        self.takes_combo.setToolTip(self.tr("Takes recorded before, kept on disk even if the "
                                            "studio closed while recording"))  # fmt: skip
        self.use_take_button = QPushButton(self.tr("Use this take"))

        form = QFormLayout()
        form.addRow(self.tr("Music"), self.track_combo)
        form.addRow("", self.listen_button)
        form.addRow(self.waveform)
        form.addRow(self.tr("Camera"), self.camera_combo)
        form.addRow(self.tr("Quality"), self.quality_combo)
        form.addRow(self.tr("Microphone"), self.mic_combo)
        form.addRow(self.tr("Background"), self.background_combo)
        form.addRow(self.tr("Countdown"), self.countdown_combo)
        form.addRow(self.tr("Speed"), self.speed_combo)
        form.addRow(self.tr("Length"), self.length_combo)
        form.addRow(self.tr("Stop at"), self.stop_at)
        side = QVBoxLayout()
        side.addLayout(form)
        for widget in (self.tap_mode, self.mirror_box, self.ghost_box, self.safe_box):
            side.addWidget(widget)
        side.addWidget(QLabel(self.tr("Earlier takes")))
        side.addWidget(self.takes_combo)
        side.addWidget(self.use_take_button)
        side.addStretch(1)
        self.setLayout(side)
        self.setFixedWidth(340)
        self._fill_devices()

    def in_scroll_area(self) -> QScrollArea:
        """The panel in a scroll area of its width: a small window scrolls the settings, never
        squeezes them."""
        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(self)
        side.setFixedWidth(self.width() + side.verticalScrollBar().sizeHint().width() + 4)
        return side

    def prefer(self, camera: str, microphone: str) -> None:
        """Select the devices named (in Settings) when they are connected."""
        for combo, name in ((self.camera_combo, camera), (self.mic_combo, microphone)):
            index = combo.findText(name) if name else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def lock(self, locked: bool) -> None:
        """Keep the song, its waveform and the devices as they are (while a take is made)."""
        for widget in (self.track_combo, self.waveform, self.camera_combo, self.mic_combo,
                       self.quality_combo, self.length_combo):  # fmt: skip
            widget.setEnabled(not locked)

    def _fill_devices(self) -> None:
        """Cameras (and the test camera STUDIO_CAMERA names), then microphones."""
        override = os.environ.get("STUDIO_CAMERA")
        if override:
            self.camera_combo.addItem(self.tr("Test camera"), override)
        for camera in list_cameras():
            self.camera_combo.addItem(camera.name, camera.index)
        self.camera_combo.addItem(self.tr("Test pattern"), TEST_PATTERN)
        self.has_camera = self.camera_combo.count() > 1
        self.mic_combo.addItem(self.tr("No microphone"), None)
        for device in list_sound_devices():
            if device.inputs:
                self.mic_combo.addItem(device.name, device.index)
