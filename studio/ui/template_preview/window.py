"""The workbench window: the template filled with examples, redrawn whenever one of its files
is saved, with a scrubber, play, platform safe zones, a beat ruler and the lint problems beside it.

Frames are composed on the UI thread at half size (a few tens of milliseconds): a designer's
tool, where the simplicity of one thread is worth more than smooth playback of heavy templates.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.platforms import load_platforms
from studio.core.render_plan import RenderPlan
from studio.core.template import load_template
from studio.media.compositor import Compositor
from studio.ui.template_preview.beat_ruler import BeatRuler
from studio.ui.template_preview.canvas import ZONE_COLOURS, PreviewCanvas
from studio.ui.workers import frame_to_image

DEBOUNCE_MS = 120  # editors save in several steps (truncate, write, rename): wait for the last
PREVIEW_WIDTH = 540


class TemplatePreviewWindow(QWidget):
    """Watches a template folder and redraws the current frame on every save."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder.resolve()
        self.plan: RenderPlan | None = None
        self.compositor: Compositor | None = None
        self.playhead = 0.0
        self.error = ""  # the load error on screen, "" when the last save was good
        self.redraws = 0
        self.linted = 0  # how many times lint has run (tests wait for it)
        self.last_reload_seconds = 0.0  # from the save being noticed to the frame on screen
        self._changed_at = 0.0
        self.setWindowTitle(self.tr("Template preview: {0}").format(self.folder.name))

        self.canvas = PreviewCanvas()
        self.ruler = BeatRuler()
        self.ruler.seek.connect(self.seek)
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.scrub.valueChanged.connect(self._scrubbed)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._play)
        self.clock = QLabel("0.00 s")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a problem is read in full, never cut off
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone_boxes: dict[str, QCheckBox] = {}
        self._play_from = (0.0, 0.0)  # (playhead, perf_counter) when Play was pressed
        self._player = QTimer(self)
        self._player.timeout.connect(self._next_frame)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._files_changed)
        self.watcher.directoryChanged.connect(self._files_changed)
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.scrub, 1)
        controls.addWidget(self.clock)
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addWidget(self.ruler)
        left.addLayout(controls)
        zones = QHBoxLayout()
        zones.addWidget(QLabel(self.tr("Safe zones:")))
        for index, (platform_id, platform) in enumerate(load_platforms().items()):
            box = QCheckBox(platform.name)
            box.setStyleSheet(f"color: {ZONE_COLOURS[index % len(ZONE_COLOURS)]}")
            box.toggled.connect(self._zones_changed)
            self.zone_boxes[platform_id] = box
            zones.addWidget(box)
        zones.addStretch(1)
        left.addLayout(zones)
        picture = QWidget()
        picture.setLayout(left)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Lint"))
        heading.setObjectName("sectionTitle")
        right.addWidget(heading)
        right.addWidget(self.status)
        right.addWidget(self.problems, 1)
        hint = QLabel(self.tr("Save any file of the template to redraw this frame."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        right.addWidget(hint)
        side = QWidget()
        side.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(picture)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- watching -------------------------------------------------------------------------------
    def _watch(self) -> None:
        """Watch the folder, its sub-folders and files (saving by rename drops a file's watch)."""
        paths = [self.folder, *sorted(self.folder.rglob("*"))] if self.folder.is_dir() else []
        wanted = {str(p) for p in paths if not any(part.startswith(".") for part in p.parts[-1:])}
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if missing := sorted(wanted - watched):
            self.watcher.addPaths(missing)

    def _files_changed(self, _path: str) -> None:
        if not self._debounce.isActive():
            self._changed_at = time.perf_counter()
        self._debounce.start()

    # --- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load, lint and fill the template again, then redraw the frame at the playhead."""
        from studio.media.template_example import beat_times, carry_decoders, example_plan

        self._watch()
        try:
            # a new template without its preview picture is drawn; lint's list says it is missing
            loaded = load_template(self.folder, preview_needed=False)
            plan = example_plan(loaded)
            compositor = Compositor(plan, min(1.0, PREVIEW_WIDTH / plan.width))
        except StudioError as exc:  # the template, a sample, a filter: keep the last picture
            self._show_error(exc.lines)
            return
        if self.compositor is not None:
            carry_decoders(compositor, self.compositor)
        self._close_compositor()
        self.plan, self.compositor = plan, compositor
        self.error = ""
        self.canvas.aspect = (plan.width, plan.height)
        cuts = [(slot.visible.start, slot.id) for slot in plan.slots]
        self.ruler.set_timeline(plan.duration, beat_times(loaded, plan), cuts)
        self.scrub.blockSignals(True)
        self.scrub.setRange(0, max(0, plan.frame_count - 1))
        self.scrub.blockSignals(False)
        self.seek(min(self.playhead, plan.duration))  # the playhead stays where the designer was
        if self._changed_at:
            self.last_reload_seconds = time.perf_counter() - self._changed_at
            self._changed_at = 0.0
        QTimer.singleShot(0, self._lint)  # the picture first; lint's exact text boxes can wait

    def _lint(self) -> None:
        """List lint's problems (errors and warnings) beside the picture."""
        from studio.media.template_lint import lint_with_media  # what lint and pack run

        if self.error:
            return
        problems = lint_with_media(self.folder)
        self._list_problems([str(p) for p in problems])
        self.linted += 1
        count = len(problems)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Watching {0}").format(self.folder)
            if not count
            else self.tr("{0} problem(s) in {1}").format(count, self.folder)
        )

    def _show_error(self, lines: list[str]) -> None:
        """Say what is wrong and keep the last good picture on screen."""
        self.error = lines[0]
        self.status.setText(self.tr("Cannot load the template; showing the last good version:"))
        self.status.setStyleSheet("color: #FF8FA3;")
        self._list_problems(lines)
        self._changed_at = 0.0

    def _list_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        shown = [line.replace(f"{self.folder}{'/'}", "") for line in lines]  # paths are long
        self.problems.addItems(shown or [self.tr("Lint finds nothing to fix.")])

    # --- time -----------------------------------------------------------------------------------
    def seek(self, seconds: float) -> None:
        """Show the frame at `seconds`."""
        if self.plan is None:
            return
        index = min(max(0, round(seconds * self.plan.fps)), self.plan.frame_count - 1)
        self.scrub.blockSignals(True)
        self.scrub.setValue(index)
        self.scrub.blockSignals(False)
        self._draw(seconds if seconds < self.plan.duration else index / self.plan.fps)

    def _scrubbed(self, index: int) -> None:
        if self.plan is not None:
            self._draw(index / self.plan.fps)

    def _draw(self, seconds: float) -> None:
        if self.plan is None or self.compositor is None:
            return
        self.playhead = seconds
        try:
            frame = self.compositor.frame_at(seconds)
        except StudioError as exc:  # e.g. a sample that cannot be decoded there: say so
            self.status.setText(exc.first_line)
            return
        self.canvas.show_image(frame_to_image(frame))
        self.ruler.set_playhead(seconds)
        self.clock.setText(f"{seconds:.2f} s")
        self.redraws += 1

    def _play(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        if on and self.plan is not None:
            self._play_from = (self.playhead, time.perf_counter())
            self._player.start(round(1000 / self.plan.fps))
        else:
            self._player.stop()

    def _next_frame(self) -> None:
        """Show the frame due now: a slow frame makes the next ones skip, not the clock drag."""
        if self.plan is None:
            return
        start, started = self._play_from
        elapsed = (start + time.perf_counter() - started) % max(self.plan.duration, 1e-3)
        index = min(int(elapsed * self.plan.fps), self.plan.frame_count - 1)
        if index != self.scrub.value():
            self.scrub.setValue(index)

    def _zones_changed(self) -> None:
        platforms = load_platforms()
        ids = list(platforms)
        self.canvas.zones = [
            (platforms[pid], ZONE_COLOURS[ids.index(pid) % len(ZONE_COLOURS)])
            for pid, box in self.zone_boxes.items()
            if box.isChecked()
        ]
        self.canvas.update()

    def _close_compositor(self) -> None:
        if self.compositor is not None:
            self.compositor.close()
            self.compositor = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._player.stop()
        self._debounce.stop()
        self._close_compositor()
        super().closeEvent(event)


def run_preview_window(folder: Path) -> int:
    """Open the preview window for `folder` and run until it closes."""
    from studio.ui.app import create_app

    if not (folder / "template.json").is_file() and folder.name != "template.json":
        print(f"studio: {folder}: no template.json in this folder", file=sys.stderr)
        return 1
    folder = folder.parent if folder.name == "template.json" else folder
    app = create_app(sys.argv[:1])
    window = TemplatePreviewWindow(folder)
    window.resize(1200, 860)
    window.show()
    return int(app.exec())
