"""Preview proxies: made once in the data folder, read for the preview, never for the export;
typing redraws text without touching decoders; a filter's background clip is closed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pytest

from studio.core.errors import Cancelled
from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import PlannedSlot, RenderPlan
from studio.core.template import load_template
from studio.core.template.schema import FilterRef
from studio.core.timeline import Span
from studio.media.compositor import Compositor
from studio.media.ffmpeg import run_ffmpeg
from studio.media.filters import FilterChain, build_filter
from studio.media.preview_proxy import index_path, make_proxy, proxies_dir
from studio.media.proxy_source import ProxySource
from studio.media.render import prepare
from studio.media.slot_source import SlotSource
from tests.media_factory import counting_clip, frame_number, small_template, solid_clip


@pytest.fixture
def counting(tmp_path: Path) -> Path:
    """640x360, 60 frames whose grey level says which frame each is."""
    return counting_clip(tmp_path / "count.mp4", frames=60, size=(640, 360))


def _plan(tmp_path: Path, clip: Path, in_point: float = 0.0, blank: str = "hi") -> RenderPlan:
    folder = small_template(tmp_path / "t", {
        "slots": [{"id": "one", "label": "One", "duration": 1}],
        "blanks": [{"id": "word", "prompt": "Word"}],
        "texts": [{"id": "caption", "text": "{blank:word}", "y": 0.5}],
    })  # fmt: skip
    given = CreatorInput(slots={"one": SlotInput(clip, in_point=in_point)}, blanks={"word": blank})
    return prepare(load_template(folder), given)


def test_the_proxy_is_made_once_in_the_data_folder(
    counting: Path, private_data_folder: Path
) -> None:
    seen: list[float] = []
    proxy = make_proxy(counting, progress=seen.append, short_side=180)
    assert proxy.parent == private_data_folder / "proxies" == proxies_dir()
    assert seen and seen[-1] == 1.0
    made = proxy.stat().st_mtime_ns
    assert make_proxy(counting, short_side=180) == proxy  # found, not made again
    assert proxy.stat().st_mtime_ns == made
    os.utime(counting, ns=(made + 10**9, made + 10**9))  # the creator changed the clip
    assert make_proxy(counting, short_side=180) != proxy
    assert [p.name for p in proxies_dir().iterdir() if p.name.startswith(".")] == []


def test_a_stopped_proxy_leaves_nothing(counting: Path) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        make_proxy(counting, stop=stop, short_side=180)
    assert list(proxies_dir().iterdir()) == []


def test_the_preview_reads_the_proxy_and_the_export_the_original(
    tmp_path: Path, counting: Path
) -> None:
    proxy = make_proxy(counting, short_side=180)
    plan = _plan(tmp_path, counting, in_point=0.5)
    preview = Compositor(plan, scale=0.5, proxies={counting: proxy})
    export = Compositor(plan)
    try:
        shown = preview.sources["one"]
        assert isinstance(shown, ProxySource) and shown.proxy_size == (320, 180)
        exported = export.sources["one"]
        assert isinstance(exported, SlotSource) and exported.info is not None
        assert (exported.info.path, exported.info.width) == (counting, 640)
        for t in (0.9, 0.1, 0.5, 0.0, 0.7):  # any order: the proxy jumps
            want = round(t * 30) + 15  # the in-point is frame 15
            assert frame_number(preview._picture(plan.slots[0], t)) == want
        for t in (0.0, 0.1, 0.5, 0.7, 0.9):  # the export reads forward
            assert frame_number(export._picture(plan.slots[0], t)) == round(t * 30) + 15
    finally:
        preview.close()
        export.close()


def test_new_words_redraw_the_text_without_restarting_decoders(tmp_path: Path) -> None:
    clip = solid_clip(tmp_path / "blue.mp4", "blue", seconds=1)
    before = _plan(tmp_path, clip, blank="hi")
    after = _plan(tmp_path, clip, blank="hello there")
    compositor = Compositor(before, scale=0.5)
    try:
        first = compositor.frame_at(0.5)
        source = compositor.sources["one"]
        assert isinstance(source, SlotSource)
        reader = source._reader
        assert reader is not None
        compositor.retext(after)
        second = compositor.frame_at(0.5)
        assert compositor.sources["one"] is source and source._reader is reader
        assert np.abs(first.astype(int) - second.astype(int)).max() > 100  # new words shown
    finally:
        compositor.close()


def test_closing_the_compositor_stops_a_green_screen_background_clip(tmp_path: Path) -> None:
    screen = solid_clip(tmp_path / "green.mp4", "0x00FF00", seconds=1)
    folder = small_template(tmp_path / "t", {"slots": [{
        "id": "one", "label": "One", "duration": 1,
        "filter": {"name": "chroma-key", "params": {"background": "red.mp4"}},
    }]})  # fmt: skip
    solid_clip(folder / "red.mp4", "red", seconds=1)
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(screen)}))
    compositor = Compositor(plan, scale=0.5)
    frame = compositor.frame_at(0.2)
    assert frame[120, 67, 0] > 200 and frame[120, 67, 1] < 60  # the red background shows
    chroma = compositor.filters["one"].filters[0]
    source = chroma.backdrop._source  # type: ignore[attr-defined]
    process = source._reader._process
    assert process.poll() is None
    compositor.close()
    assert process.poll() is not None


def test_a_filter_chain_closes_its_filters(tmp_path: Path) -> None:
    backdrop = solid_clip(tmp_path / "red.mp4", "red", seconds=1)
    chain = FilterChain([build_filter("chroma-key", params={"background": str(backdrop)}),
                         build_filter(FilterRef(name="mono").name)])  # fmt: skip
    green = np.zeros((48, 32, 3), np.uint8)
    green[..., 1] = 255
    chain.apply(green, 0.0)
    process = chain.filters[0].backdrop._source._reader._process  # type: ignore[attr-defined]
    chain.close()
    chain.close()  # twice is harmless
    assert process.poll() is not None


@pytest.mark.parametrize("levels", ["untagged", "bt709", "bt709-full"])
def test_the_proxy_keeps_the_clips_colours(tmp_path: Path, levels: str) -> None:
    """Phones tag their clips BT.709 (a few record full range); a JPEG is BT.601: the proxy
    converts, so the preview's orange is the export's orange."""
    clip = tmp_path / "orange.mp4"
    full = levels == "bt709-full"
    tags = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
            "-color_range", "pc" if full else "tv"]  # fmt: skip
    convert = f"scale=out_color_matrix=bt709:out_range={'full' if full else 'limited'}"
    run_ffmpeg(["-f", "lavfi", "-i", "color=c=0xD04020:s=320x568:r=30:d=1",
                "-vf", "null" if levels == "untagged" else convert, "-c:v", "libx264",
                "-pix_fmt", "yuvj420p" if full else "yuv420p",
                *([] if levels == "untagged" else tags), str(clip)])  # fmt: skip
    slot = PlannedSlot("one", clip, Span(0, 1))
    original, proxied = (
        SlotSource(slot, 270, 480, 30),
        ProxySource(slot, make_proxy(clip), 270, 480, 30),
    )
    try:
        want = original.frame_at(0.5).reshape(-1, 3).mean(axis=0)
        got = proxied.frame_at(0.5).reshape(-1, 3).mean(axis=0)
    finally:
        original.close()
        proxied.close()
    assert np.abs(want - got).max() < 5


def test_a_proxy_deleted_since_falls_back_to_the_original(tmp_path: Path, counting: Path) -> None:
    proxy = make_proxy(counting, short_side=180)
    index_path(proxy).unlink()  # e.g. the cache was cleaned while the editor was open
    plan = _plan(tmp_path, counting)
    compositor = Compositor(plan, scale=0.5, proxies={counting: proxy})
    try:
        assert isinstance(compositor.sources["one"], SlotSource)
        assert frame_number(compositor._picture(plan.slots[0], 0.5)) == 15
    finally:
        compositor.close()


def test_a_layered_plan_scrubs_on_proxies(tmp_path: Path, private_data_folder: Path) -> None:
    """The duet's two clips are read from their proxies in the preview, giving the frames the
    originals give; the export (no proxies) still reads the originals."""
    from studio.core.resources import bundled_templates_dir

    original = counting_clip(tmp_path / "original.mp4", frames=60, size=(360, 640))
    me = solid_clip(tmp_path / "me.mp4", "red", seconds=2, size="360x640")
    loaded = load_template(bundled_templates_dir() / "duet")
    given = CreatorInput(slots={"original": SlotInput(original), "me": SlotInput(me)},
                         blanks={"who": "me"})  # fmt: skip
    plan = prepare(loaded, given)
    assert plan.layered
    proxies = {clip: make_proxy(clip, short_side=180) for clip in (original, me)}
    from_proxies = Compositor(plan, scale=0.5, proxies=proxies)
    from_originals = Compositor(plan, scale=0.5)
    try:
        for t in (1.5, 0.4, 1.0):  # jumps, as a scrub makes them
            near = from_proxies.frame_at(t).astype(int)
            truth = from_originals.frame_at(t).astype(int)
            assert np.abs(near - truth).mean() < 6
        assert {type(s) for s in from_proxies.sources.values()} == {ProxySource}
        assert {type(s) for s in from_originals.sources.values()} == {SlotSource}
    finally:
        from_proxies.close()
        from_originals.close()


def test_the_proxy_of_an_interlaced_clip_is_not_combed(tmp_path: Path) -> None:
    """Scrubbing shows the same whole pictures the export makes of a camcorder's 1080i."""
    from tests.hostile_media import comb_strength, interlaced_clip
    from tests.media_factory import decode_frames

    clip = interlaced_clip(tmp_path / "tff.mp4")
    woven = comb_strength(decode_frames(clip, (160, 120))[10])
    pictures = decode_frames(make_proxy(clip, short_side=120), (160, 120))
    assert len(pictures) == 30  # a second of clip at the proxy's 30 a second
    assert max(comb_strength(picture) for picture in pictures[5:25]) < woven / 4
