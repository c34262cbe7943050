"""Which lanes the timeline shows for a render plan, from top to bottom, and what is on each.

A lane kind is a function from the plan (and the names to show) to lanes; `LANE_KINDS` lists
them in the order they are drawn, so a new kind is one function added there (the auto captions'
words are the last).
Clips are stacked by layer, the highest on top; clips of one layer that play at the same time
(a duet's Original and Me) get a lane each, named after their slot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from studio.core.fill_overlays import own_id
from studio.core.render_plan import PlannedSlot, PlannedText, RenderPlan
from studio.core.timeline import Span

CLIP_HEIGHT, SINGLE_CLIP_HEIGHT, ROW_HEIGHT = 38, 52, 18
MOST_TEXT_ROWS, MOST_OWN_ROWS = 3, 4


@dataclass(frozen=True)
class LaneItem:
    """One block on a lane. Slots and creator inputs carry their planned clip (its in-point can be
    dragged); the creator's own items carry their own id (their start and end can be dragged)."""

    kind: str  # "slot", "input", "text", "shape", "sticker", "own" or "caption" (a word)
    id: str
    label: str
    span: Span
    clip: PlannedSlot | None = None


@dataclass(frozen=True)
class Lane:
    """A named row of the timeline."""

    key: str
    name: str
    items: tuple[LaneItem, ...]
    height: int = ROW_HEIGHT
    clips: bool = False  # drawn with thumbnails


@dataclass(frozen=True)
class LaneNames:
    """The names the lanes show, in the creator's language: slots' and inputs' labels by id, and
    the timeline's own words ("Clips", "Texts", "Shapes", "Stickers", "Yours", "Captions")."""

    labels: dict[str, str] = field(default_factory=dict)
    words: Callable[[str], str] = str

    def label(self, item_id: str) -> str:
        return self.labels.get(item_id, item_id)


def packed_rows(items: Sequence[LaneItem], most: int) -> list[list[LaneItem]]:
    """Items in rows, each on the first row free at its start (at most `most` rows)."""
    ends: list[float] = []
    rows: list[list[LaneItem]] = []
    for item in sorted(items, key=lambda x: x.span.start):
        row = next((i for i, end in enumerate(ends) if end <= item.span.start + 1e-6), None)
        if row is None:
            row = min(len(ends), most - 1)
            if row == len(ends):
                ends.append(0.0)
                rows.append([])
        ends[row] = max(ends[row], item.span.end)
        rows[row].append(item)
    return rows


def _core(slot: PlannedSlot) -> Span:
    """The slot's time without the transition into it (crossfading neighbours share a lane)."""
    start = slot.transition_in.span.end if slot.transition_in else slot.visible.start
    return Span(min(start, slot.visible.end), slot.visible.end)


def clip_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    """Slots by layer (highest first), a lane per slot playing alongside another; then the
    creator inputs (a green screen's background), which are behind everything."""
    layers: dict[int, list[PlannedSlot]] = {}
    for slot in plan.slots:
        layers.setdefault(slot.placement.layer if slot.placement else 0, []).append(slot)
    rows: list[list[LaneItem]] = []
    for layer in sorted(layers, reverse=True):
        items = [LaneItem("slot", s.id, names.label(s.id), _core(s), s) for s in layers[layer]]
        rows += packed_rows(items, most=len(items))
    rows += [[LaneItem("input", s.id, names.label(s.id), s.visible, s)] for s in plan.inputs]
    single = len(rows) == 1
    lanes = []
    for row in rows:
        name = row[0].label if len(row) == 1 and not single else names.words("Clips")
        # the block keeps the slot's whole visible span (transitions included)
        blocks = tuple(LaneItem(i.kind, i.id, i.label, i.clip.visible if i.clip else i.span, i.clip)
                       for i in row)  # fmt: skip
        key = "clips:" + row[0].id
        lanes.append(Lane(key, name, blocks, SINGLE_CLIP_HEIGHT if single else CLIP_HEIGHT, True))
    return lanes


def shape_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    items = [LaneItem("shape", s.id, s.id, s.span) for s in plan.shapes]
    return [Lane("shapes", names.words("Shapes"), tuple(items))] if items else []


def text_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    items = [LaneItem("text", t.id, t.text.replace("\n", " "), t.span) for t in plan.texts]
    rows = packed_rows(items, MOST_TEXT_ROWS) or [[]]  # an empty row says there are none
    return [Lane(f"texts:{n}", names.words("Texts") if n == 0 else "", tuple(row))
            for n, row in enumerate(rows)]  # fmt: skip


def sticker_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    items = [LaneItem("sticker", s.id, s.image.stem, s.span) for s in plan.stickers]
    return [Lane("stickers", names.words("Stickers"), tuple(items))] if items else []


def own_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    """The creator's own texts and stickers, in rows where they overlap."""
    items = []
    for item in plan.overlays:
        label = item.text.replace("\n", " ") if isinstance(item, PlannedText) else item.image.stem
        items.append(LaneItem("own", own_id(item.id) or item.id, label, item.span))
    rows = packed_rows(items, MOST_OWN_ROWS)
    return [Lane(f"own:{n}", names.words("Yours") if n == 0 else "", tuple(row))
            for n, row in enumerate(rows)]  # fmt: skip


def caption_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    """The auto captions: every word where it is said (its id `slot:line:index`)."""
    if plan.captions is None:
        return []
    items = [LaneItem("caption", w.key, w.text, Span(w.start, w.end))
             for cue in plan.captions.cues for w in cue.words]  # fmt: skip
    return [Lane("captions", names.words("Captions"), tuple(items))] if items else []


LaneKind = Callable[[RenderPlan, LaneNames], list[Lane]]
LANE_KINDS: list[LaneKind] = [
    clip_lanes,
    shape_lanes,
    text_lanes,
    sticker_lanes,
    own_lanes,
    caption_lanes,
]


def plan_lanes(plan: RenderPlan, names: LaneNames) -> list[Lane]:
    """Every lane of `plan` below the ruler and the music, top to bottom."""
    return [lane for kind in LANE_KINDS for lane in kind(plan, names)]
