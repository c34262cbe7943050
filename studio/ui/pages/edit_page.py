"""Edit: drop takes into the template's slots, type its blanks, scrub the preview, export.

The page is a view of a Project (studio.core.project): it sends commands and redraws on the
project's change events; the project saves the draft after every change. The preview is drawn
by the render engine itself at 540x960 on a thread of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.draft import Draft
from studio.core.errors import Problem, StudioError
from studio.core.fill import CreatorInput, SlotInput
from studio.core.fill_overlays import plan_overlays
from studio.core.fill_v2 import duet_partner, inputs_as_slots
from studio.core.project import (
    Change,
    Project,
    ProjectState,
    RecordExport,
    SetLook,
    SetSlot,
    TypeBlank,
    project_state,
)
from studio.core.render_plan import RenderPlan
from studio.core.template import LoadedTemplate
from studio.core.template.schema import FilterRef
from studio.core.template.translated import blank_sample, template_words
from studio.ui.captions_control import CaptionsControl
from studio.ui.draft_writer import DraftWriter
from studio.ui.edit_planning import Measured, captioned_export, captioned_preview, missing_lines
from studio.ui.jobs import JobRunner
from studio.ui.own_items import OwnItems
from studio.ui.panel_focus import show_first_missing, show_timeline_pick
from studio.ui.plan_notice import PlanNotice
from studio.ui.preview_transport import PreviewTransport
from studio.ui.space_key import SpaceKey
from studio.ui.timeline_feed import TimelineFeed
from studio.ui.translation import current_language
from studio.ui.widgets.blanks_form import BlanksForm
from studio.ui.widgets.captions_panel import CaptionsPanel
from studio.ui.widgets.export_panel import ExportPanel
from studio.ui.widgets.field_runs import end_run_on_focus_out
from studio.ui.widgets.slot_card import SlotCard
from studio.ui.widgets.timeline import TimelineScroll, TimelineView


class EditPage(QWidget):
    """Emits `exported(path)` when a video is saved."""

    exported = Signal(str)

    def __init__(self, drafts_folder: Path, output_folder: Path) -> None:
        super().__init__()
        self.drafts_folder = drafts_folder
        self.output_folder = output_folder
        self.loaded: LoadedTemplate | None = None
        self.last_plan: RenderPlan | None = None
        self.project: Project | None = None
        self._exporting: Project | None = None  # the draft an export in progress belongs to
        self._unsubscribe: Callable[[], None] | None = None
        self.cards: dict[str, SlotCard] = {}
        self.blanks: BlanksForm | None = None
        self.preview_plan: RenderPlan | None = None  # the newest plan the preview shows
        self.plain_plan: RenderPlan | None = None  # the same without the captions
        self._infos: dict[Path, object] = {}  # its files' probes
        self._measured: Measured | None = None  # what planning it read from the files
        self.jobs = JobRunner(self)  # planning, probing, the checks before an export, drafts
        self.draft_writer = DraftWriter(self.jobs, self)

        self.title = QLabel(self.tr("Pick a template on Home to start"))
        self.title.setObjectName("pageTitle")
        self.slots_box = QVBoxLayout()
        self.form_box = QVBoxLayout()
        self.problems = QLabel("")
        self.problems.setObjectName("muted")
        self.notice = PlanNotice(self.problems, lambda: self.cards)
        self.problems.setWordWrap(True)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._toggle_play)
        self.timeline = TimelineView()
        self.transport = PreviewTransport(self.play_button, self.timeline,
                                          self.problems.setText, self)  # fmt: skip
        player = self.transport  # its widgets, by the names the page (and its tests) use
        self.preview, self.scrub, self.clock = player.canvas, player.scrub, player.clock
        self.sound, self.renderer = player.sound, player.renderer
        self.timeline.seek.connect(player.seek)
        self.timeline.in_point_changed.connect(self._in_point_changed)
        self.timeline.selected.connect(self._timeline_selected)
        self.feed = TimelineFeed(self.timeline)
        self.feed.proxies_changed.connect(player.use_proxies)
        self.snap_button = QPushButton(self.tr("Snap to beats"))
        self.snap_button.setCheckable(True)
        self.snap_button.setChecked(True)
        self.snap_button.setToolTip(self.tr("Dragging a clip moves it by whole beats "
                                            "(hold Shift to move it freely)"))  # fmt: skip
        self.snap_button.toggled.connect(lambda on: setattr(self.timeline, "snap", on))
        self.export_panel = ExportPanel()
        self.export_panel.export_button.clicked.connect(self.export)
        self.export_panel.finished.connect(self._exported)
        self.captions_panel = CaptionsPanel()
        # captions are made for the preview's plan without them (the newest one planned)
        self.captions = CaptionsControl(self.captions_panel, lambda: self.plain_plan)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.title)
        left_layout.addLayout(self.slots_box)
        left_layout.addLayout(self.form_box)
        left_layout.addWidget(self.captions_panel)
        left_layout.addWidget(self.problems)
        left_layout.addStretch(1)
        left_layout.addWidget(self.export_panel)
        self.panel_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        # the creator's own words and stickers: a panel under the blanks, handles on the preview
        self.own = OwnItems(self.preview, self.timeline, scroll, self.problems.setText)
        left_layout.insertWidget(left_layout.indexOf(self.problems), self.own.panel)
        self.own.picked.connect(self._timeline_selected)
        self.scrub.valueChanged.connect(lambda frame: self.own.show_time(frame / player.fps))
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.scrub, 1)
        transport.addWidget(self.clock)
        transport.addWidget(self.snap_button)
        top = QHBoxLayout()
        top.addWidget(scroll, 3)
        top.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(transport)
        layout.addWidget(TimelineScroll(self.timeline))

        # Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Ctrl+E are the window's (ui/undo_keys.py)
        self.space_key = SpaceKey(self, self.play_button.toggle)  # whatever has focus, but text

    # --- opening -----------------------------------------------------------------------------
    @property
    def draft(self) -> ProjectState | None:
        """The project's state as saved in the draft (None before a template is open)."""
        return self.project.state if self.project else None

    @property
    def settled(self) -> bool:
        """Nothing probed, planned or written is still on its way (what tests wait for)."""
        return self.jobs.settled and self.draft_writer.settled

    @property
    def preview_time(self) -> float:
        """The time, in seconds, of the frame the preview shows (or is drawing)."""
        return self.transport.preview_time

    @property
    def last_frame(self) -> QImage | None:
        """The preview's latest frame."""
        return self.transport.last_frame

    @property
    def draft_path(self) -> Path | None:
        return self.project.path if self.project else None

    def open_template(self, loaded: LoadedTemplate, draft: Draft | None = None,
                      draft_path: Path | None = None) -> None:  # fmt: skip
        """Show `loaded` for editing, continuing `draft` when given."""
        if draft is None or draft_path is None:
            self.open_project(Project.new(loaded, self.drafts_folder))
        else:
            self.open_project(Project(loaded, project_state(draft), draft_path))

    def open_project(self, project: Project) -> None:
        """View `project`: its slots, blanks and preview; status lines of another draft go."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.project = project
        self.loaded = loaded = project.loaded
        self.draft_writer.attach(project)
        self._unsubscribe = project.subscribe(self._project_changed)
        self.last_plan = self.preview_plan = self.plain_plan = None
        self.notice.clear()
        self._measured = None
        self.export_panel.show_result(project.state.last_export)
        self.problems.setText("")
        self.title.setText(template_words(loaded.template, current_language()).name)
        _clear(self.slots_box)
        _clear(self.form_box)
        self.cards = {}
        # a v2 template's creator inputs (a green screen's background) are picked like slots
        for slot in [*loaded.template.slots, *inputs_as_slots(loaded.template)]:
            card = SlotCard(slot)
            card.media_chosen.connect(self.choose_media)
            card.in_point_changed.connect(self._in_point_changed)
            card.filters_changed.connect(self.choose_look)
            card.timing_changed.connect(self.choose_timing)
            card.show_slot(project.slot(slot.id))
            self.slots_box.addWidget(card)
            self.cards[slot.id] = card
        self.blanks = BlanksForm(loaded.template.blanks)
        self.blanks.text_changed.connect(self.type_blank)
        for blank_id, edit in self.blanks.edits.items():
            end_run_on_focus_out(edit, project.seal)  # leaving a blank ends its undo step
            self.blanks.show_text(blank_id, project.state.blanks.get(blank_id, ""))
        self.form_box.addWidget(self.blanks)
        self.captions.show_project(project)
        self.timeline.show_names(self._lane_names())
        self.own.open(project)
        self._changed()
        # a template opens at the top of its form, its preview at the first frame
        self.transport.seek(0.0)
        QTimer.singleShot(0, lambda: self.panel_scroll.verticalScrollBar().setValue(0))

    # --- edits, as commands to the project ------------------------------------------------------
    def undo(self) -> None:
        if self.project is not None:
            self.project.undo()

    def redo(self) -> None:
        if self.project is not None:
            self.project.redo()

    def choose_media(self, slot_id: str, path: str) -> None:
        """A file for a slot, probed off the window's thread; one that cannot be used is
        refused with its reason, the slot kept."""
        from studio.media.render import media_kind, media_problems

        assert self.project is not None and self.loaded is not None
        project, loaded, media = self.project, self.loaded, Path(path)
        given = CreatorInput(slots={slot_id: SlotInput(media)})
        self.jobs.submit(f"media:{slot_id}",
                         lambda _: (media_problems(loaded, given), media_kind(media)),
                         done=lambda found: self._media_checked(project, slot_id, media, *found),
                         failed=self.problems.setText)  # fmt: skip

    def _media_checked(self, project: Project, slot_id: str, media: Path,
                       unusable: list[str], kind: str | None) -> None:  # fmt: skip
        if project is not self.project:
            return  # another project was opened meanwhile
        if unusable:
            card = self.cards.get(slot_id)
            reason = (card and card.kind_refusal(kind, media)) or unusable[0]
            self.problems.setText(reason)
            if card is not None:
                card.show_slot(project.slot(slot_id))
                card.refuse(reason)  # under the card the file was dropped on
                self.panel_scroll.ensureWidgetVisible(card)
            return
        project.put_media(slot_id, media)

    def type_blank(self, blank_id: str, text: str) -> None:
        assert self.project is not None
        self.project.execute(TypeBlank(blank_id, text))

    def choose_look(self, slot_id: str, filters: tuple[FilterRef, ...] | None) -> None:
        """The creator's look for a slot (None: the template's)."""
        assert self.project is not None
        old = self.project.slot(slot_id)
        if old is None:
            return
        new = old.model_copy(update={"filters": list(filters) if filters is not None else None})
        self.project.execute(SetLook(slot_id, new, "look"))

    def choose_timing(self, slot_id: str, fields: dict[str, object]) -> None:
        """The creator's speed, time effect and framing for a slot (None: the template's)."""
        assert self.project is not None
        old = self.project.slot(slot_id)
        if old is None:
            return
        self.project.execute(SetSlot(slot_id, old.model_copy(update=fields), "timing"))
        self.project.seal()

    def _in_point_changed(self, slot_id: str, seconds: float) -> None:
        assert self.project is not None
        old = self.project.slot(slot_id)
        if old is None:
            return
        self.project.execute(SetSlot(slot_id, old.model_copy(update={"in_point": seconds}), "trim"))
        self.project.seal()

    def _project_changed(self, change: Change) -> None:
        """Redraw what the edit (or its undo) changed."""
        assert self.project is not None
        if "slots" in change.aspects:
            for slot_id in change.keys & self.cards.keys():
                self.cards[slot_id].show_slot(self.project.slot(slot_id))
        if "blanks" in change.aspects and self.blanks is not None:
            for blank_id in change.keys & self.blanks.edits.keys():
                self.blanks.show_text(blank_id, self.project.state.blanks.get(blank_id, ""))
        if "captions" in change.aspects:
            self.captions.refresh()
        if "overlays" in change.aspects:
            self.own.show_items()
            if change.aspects == {"overlays"} and self._overlays_changed():
                return
        if change.aspects & {"slots", "blanks", "music", "overlays", "captions"}:
            missing = missing_lines(self.project, current_language())
            self._changed(missing)
            self.export_panel.edited(missing[0] if missing else None)

    # --- model to preview and export ------------------------------------------------------------
    def _changed(self, missing: list[str] | None = None) -> None:
        """Plan the preview off the window's thread; the newest edit's plan is the one shown.
        A keystroke is filled at once from what the last planning measured (`_retyped`)."""
        assert self.loaded is not None and self.project is not None
        if missing is None:
            missing = missing_lines(self.project, current_language())
        self.problems.setText("\n".join([*missing, *self.notice.lines]))  # until replanned
        loaded = self.loaded
        given = self.project.creator_input()
        # an empty blank previews as its example, so the layout shows before anything is typed
        language = current_language()  # the example the empty field shows, in its language
        examples = {b.id: given.blanks.get(b.id) or blank_sample(b, language)
                    for b in loaded.template.blanks}  # fmt: skip
        given = replace(given, blanks=examples)
        captioned = self.captions.captioner()  # the captions as they are now, drawn in the job
        if self._retyped(given, captioned):
            return
        # a bad file: said in one line, the old preview kept
        self.jobs.submit("plan", lambda _: captioned_preview(loaded, given, captioned),
                         done=lambda result: self._planned(loaded, *result),
                         failed=self.problems.setText)  # fmt: skip

    def _retyped(self, given: CreatorInput, captioned: Callable[[RenderPlan], RenderPlan]
                 ) -> bool:  # fmt: skip
        """Only words changed since the plan on show was made: fill the new plan from what that
        planning measured (no file read, a fraction of a millisecond) and show it, keeping the
        decoders; False when the edit needs planning (timing, files, music), or a planning job
        is still on its way (its result would come after, and older)."""
        from studio.media.compositor import only_text_differs

        measured, shown = self._measured, self.plain_plan
        if measured is None or shown is None or self.jobs.on_its_way("plan"):
            return False
        plain = measured.retyped(given)
        if plain is None or not only_text_differs(shown, plain):
            return False
        assert self.loaded is not None
        self._planned(self.loaded, plain, captioned(plain), self._infos, replace(measured,
                      given=given))  # fmt: skip
        return True

    def _planned(self, loaded: LoadedTemplate, plain: RenderPlan, plan: RenderPlan,
                 infos: dict[Path, object], measured: Measured) -> None:  # fmt: skip
        if loaded is not self.loaded:
            return
        self._measured = measured
        if self.project is not None:  # own items moved since it was planned: where they are now
            own = plan_overlays(tuple(self.project.state.overlays), loaded, plan.duration)
            plan = replace(plan, overlays=own)
        self.plain_plan, self.preview_plan = plain, plan
        self._infos = infos
        self.notice.show(plan, infos, measured)
        self.transport.show_plan(plan)
        self.feed.show(loaded, plan, infos)  # type: ignore[arg-type]
        self.own.show_plan(plan)

    def _overlays_changed(self) -> bool:
        """Only own texts or stickers changed (a drag): the plan on show takes the new ones at
        once, without planning again; False when there is none yet."""
        shown = self.preview_plan
        if shown is None or self.loaded is None or self.project is None:
            return False
        own = plan_overlays(tuple(self.project.state.overlays), self.loaded, shown.duration)
        self.preview_plan = plan = replace(shown, overlays=own)
        self.transport.show_plan(plan)
        self.feed.show(self.loaded, plan, self._infos)  # type: ignore[arg-type]
        self.own.show_plan(plan)
        return True

    def export(self) -> Path | None:
        """Export the draft to the output folder once it is planned and checked (off the
        window's thread); returns the path it will be written to."""
        if self.loaded is None or self.project is None or self.export_panel.busy:
            return None
        if missing := missing_lines(self.project, current_language()):  # said by Export too
            self.problems.setText("\n".join([*missing, *self.notice.lines]))
            self.export_panel.block(self.tr("Cannot export yet: {0}"), missing[0])
            self.show_missing()
            return None
        try:
            self.output_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.problems.setText(f"{self.output_folder}: {exc.strerror or exc}")
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        output = self.output_folder / f"{self.loaded.slug}-{stamp}.mp4"
        project, loaded = self.project, self.loaded
        given, preset = project.creator_input(), project.state.export.preset
        self.export_panel.status.setText(self.tr("Checking your clips…"))
        captioned = self.captions.captioner()
        self.jobs.submit("export-plan", lambda _: captioned_export(loaded, given, captioned),
                         done=lambda checked: self._export_checked(project, checked, output,
                                                                   preset),
                         failed=self.problems.setText)  # fmt: skip
        return output

    def _export_checked(self, project: Project, checked: object, output: Path,
                        preset: str) -> None:  # fmt: skip
        if self.export_panel.busy:
            return
        if isinstance(checked, StudioError):  # say what is missing where the Export button is
            self.problems.setText("\n".join(checked.lines))
            self.export_panel.block(self.tr("Cannot export yet: {0}"), checked.first_line)
            return
        plan, warnings = cast(tuple[RenderPlan, list[Problem]], checked)
        # a clip cut short renders, holding its last picture: say so while it does
        if warnings:
            self.notice.replace_with(warnings, plan)
        self.last_plan = plan  # the Post page reads its caption, title and text boxes
        # the draft the export belongs to, even if another is opened while it runs
        self._exporting = project
        self.export_panel.start(plan, output, preset, project.state.export.crf)

    def show_missing(self) -> None:
        """Bring the first thing still missing into view (where a message about it is useful)."""
        if self.project is not None:
            show_first_missing(self.project, self.blanks, self.cards, self.panel_scroll)

    def duet_clip(self) -> Path | None:
        """The clip to record beside when the open template is a duet or a reaction."""
        if self.loaded is None or self.draft is None:
            return None
        chosen = {key: Path(slot.media) for key, slot in self.draft.slots.items()}
        pair = duet_partner(self.loaded.template, chosen)
        return chosen[pair[0]] if pair else None

    def fill_first_empty_slot(self, path: str) -> bool:
        """Put a finished take into the first slot still waiting for a clip."""
        slot_id = self.project.first_empty_slot() if self.project else None
        if slot_id is None:
            return False
        self.choose_media(slot_id, path)
        return True

    def _exported(self, path: str) -> None:
        exported_from, self._exporting = self._exporting, None
        if exported_from is not None:
            exported_from.execute(RecordExport(path, exported_from.video_digest()), undoable=False)
            self.captions.after_export(self.last_plan, exported_from, Path(path))
        self.exported.emit(path)

    # --- preview (drawn and played by PreviewTransport) ------------------------------------------
    def _timeline_selected(self, kind: str, item_id: str) -> None:
        show_timeline_pick(kind, item_id, self.blanks, self.cards, self.panel_scroll, self.captions)

    def _lane_names(self) -> dict[str, str]:
        """The slots' and creator inputs' labels in the creator's language, for the timeline."""
        return {card_id: card.words.label for card_id, card in self.cards.items()}

    def _toggle_play(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.transport.play(playing)

    def showEvent(self, event: QShowEvent) -> None:
        self.space_key.install()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.space_key.remove()
        super().hideEvent(event)

    def shutdown(self) -> None:
        """Stop the preview, the jobs and any export (its partial file removed), and write the
        draft's last edits (called when the window closes)."""
        self.space_key.remove()
        self.transport.stop_playing()
        self.feed.close()
        self.captions.close()
        self.export_panel.close_jobs()
        self.transport.shutdown()
        self.draft_writer.attach(None)  # writes what the last 300 ms of typing left
        self.jobs.close()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
