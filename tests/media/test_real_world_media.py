"""Real-world media the acceptance run found mishandled: anamorphic video, animations, files cut
short, a VBR MP3 without its Xing header, HEIC photos, interlaced video, and sources larger than
the canvas."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from studio.core.fill import CreatorInput, SlotInput
from studio.core.render_plan import PlannedSlot
from studio.core.template import load_template
from studio.core.timeline import Span
from studio.media.kit import frame_at
from studio.media.measured_length import truncation
from studio.media.probe import probe
from studio.media.render import input_warnings, prepare, render
from studio.media.slot_source import SlotSource
from studio.media.video_facts import video_facts
from tests.hostile_media import (
    ANIMATION_COLOURS,
    HDR_PATCHES,
    anamorphic_circle_clip,
    animation,
    blob_size,
    comb_strength,
    cut_short_clip,
    hdr_clip,
    heic_photo,
    interlaced_clip,
    vbr_mp3_without_xing,
)
from tests.media_factory import small_template, solid_clip, stream_summary


def _slot(media: Path, seconds: float = 2.0, fit: str = "cover", when_short: str = "hold",
          speed: float = 1.0) -> PlannedSlot:  # fmt: skip
    return PlannedSlot("one", media, Span(0, seconds), fit=fit, when_short=when_short,
                       speed=speed)  # fmt: skip


# --- anamorphic ---------------------------------------------------------------------------------
def test_anamorphic_clip_reports_its_displayed_size(tmp_path: Path) -> None:
    clip = anamorphic_circle_clip(tmp_path / "pal.mp4")  # 96x72 stored at 64:45
    info = probe(clip)
    assert (info.width, info.height) == (136, 72)
    assert video_facts(clip).width == 136  # what preflight sees


@pytest.mark.parametrize("fit", ["cover", "contain", "follow"])
def test_circle_in_anamorphic_clip_comes_out_round(tmp_path: Path, fit: str) -> None:
    clip = anamorphic_circle_clip(tmp_path / "pal.mp4")
    source = SlotSource(_slot(clip, fit=fit), 270, 480, 10)
    try:
        frame = source.frame_at(0.3)
    finally:
        source.close()
    if fit == "contain":  # the picture is the band across the middle; a blurred copy is behind
        band = round(frame.shape[1] * 72 / 136)
        top = (frame.shape[0] - band) // 2
        frame = frame[top + 2 : top + band - 2]
    width, height = blob_size(frame)
    # square pixels would draw it at 45/64 = 0.70 of its height
    assert width / height == pytest.approx(1.0, abs=0.06)


def test_thumbnail_of_anamorphic_clip_is_round(tmp_path: Path) -> None:
    clip = anamorphic_circle_clip(tmp_path / "pal.mp4")
    facts = video_facts(clip)
    width, height = blob_size(frame_at(clip, 0.2, facts.width, facts.height))
    assert width / height == pytest.approx(1.0, abs=0.06)


# --- animations -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["moving.gif", "moving.webp", "moving.png"])
def test_animation_is_a_clip_whose_frames_move(tmp_path: Path, name: str) -> None:
    path = animation(tmp_path / name)
    info = probe(path)
    assert info.kind == "video"
    assert info.duration == pytest.approx(0.3)
    assert info.fps == pytest.approx(10)
    source = SlotSource(_slot(path, seconds=1.0), 60, 40, 30)
    try:
        colours = [source.frame_at(t)[20, 30].astype(int) for t in (0.05, 0.15, 0.25, 0.8)]
    finally:
        source.close()
    expected = [*ANIMATION_COLOURS, ANIMATION_COLOURS[-1]]  # held on its last frame
    for got, want in zip(colours, expected, strict=True):
        assert np.abs(got - want).max() < 20


def test_animation_loops_when_the_slot_says_loop(tmp_path: Path) -> None:
    path = animation(tmp_path / "moving.gif")
    source = SlotSource(_slot(path, seconds=1.0, when_short="loop"), 60, 40, 30)
    try:
        later = [source.frame_at(t)[20, 30].astype(int) for t in (0.35, 0.45, 0.55)]
    finally:
        source.close()
    for got, want in zip(later, ANIMATION_COLOURS, strict=True):
        assert np.abs(got - want).max() < 20


# --- files cut short ------------------------------------------------------------------------------
def test_clip_cut_short_is_measured(tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    found = truncation(probe(clip))
    assert found is not None
    assert found.claimed == pytest.approx(4.0)
    assert 0.3 < found.decodable < 2.0
    assert str(found).startswith(f"{clip}: ends after ")
    assert "of the 4.0 s its index claims" in str(found)


def test_whole_clip_is_not_reported(tmp_path: Path) -> None:
    assert truncation(probe(solid_clip(tmp_path / "whole.mp4", "red", seconds=2.0))) is None


def test_clip_whose_picture_stops_before_its_sound_is_not_cut_short(tmp_path: Path) -> None:
    from studio.media.ffmpeg import run_ffmpeg

    clip = tmp_path / "talk.mp4"  # 2 s of picture, 4 s of sound: whole, as recorded
    run_ffmpeg(["-f", "lavfi", "-i", "testsrc=s=160x120:r=30:d=2", "-f", "lavfi", "-i",
                "sine=d=4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                str(clip)])  # fmt: skip
    assert probe(clip).duration == pytest.approx(4.0, abs=0.05)
    assert truncation(probe(clip)) is None


@pytest.mark.parametrize("b_frames", [0, 3])
def test_a_clip_cut_near_its_end_is_warned_of_when_its_last_second_does_not_decode(
    tmp_path: Path, b_frames: int
) -> None:
    """The end is checked by copying packets, not decoding them: a picture cut in half by the
    end of the file was taken as there (its warning hidden), and with B-frames a whole picture
    stored before its time was missed. Whatever the cut, no warning means a picture decodes
    1 s before the stated end, as the check used to decode it; a warning means the data ends
    over a quarter of a second early."""
    import subprocess

    from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg

    whole = tmp_path / "whole.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=30:d=3", "-vf", "noise=alls=30:allf=t",
                "-c:v", "libx264", "-bf", str(b_frames), "-g", "15", "-pix_fmt", "yuv420p",
                "-movflags", "+faststart", str(whole)])  # fmt: skip
    data = whole.read_bytes()
    for permille in range(500, 1000, 25):
        cut = tmp_path / f"cut-{permille}.mp4"
        cut.write_bytes(data[: len(data) * permille // 1000])
        info = probe(cut)
        found = truncation(info)
        decoded = subprocess.run([ffmpeg_exe(), "-loglevel", "quiet", "-ss", f"{info.duration - 1:.3f}",
                                  "-i", str(cut), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt",
                                  "gray", "-"], capture_output=True, check=False).stdout  # fmt: skip
        if found is None:
            assert decoded, f"{permille}: no warning, yet nothing decodes 1 s before the end"
        else:
            assert found.decodable < info.duration - 0.25, permille


def test_render_warns_of_a_clip_cut_short(tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One",
                                                        "duration": 1}]})  # fmt: skip
    plan = prepare(load_template(folder), CreatorInput(slots={"one": SlotInput(clip)}))
    [warning] = input_warnings(plan)
    assert warning.severity == "warning" and warning.file == clip
    assert "ends after" in str(warning) and "\n" not in str(warning)


@pytest.mark.parametrize(("song_seconds", "told"), [(1.0, True), (2.8, False), (4.0, False)])
def test_render_warns_of_a_song_shorter_than_the_video(
    tmp_path: Path, song_seconds: float, told: bool
) -> None:
    """A 1 s song under a 3 s video: 2 s of silence came out without a word."""
    from studio.media.ffmpeg import run_ffmpeg

    song = tmp_path / "song.m4a"
    run_ffmpeg(["-f", "lavfi", "-i", f"sine=d={song_seconds}", "-c:a", "aac", str(song)])
    folder = small_template(tmp_path / "t", {"slots": [{"id": "one", "label": "One",
                                                        "duration": 3}]})  # fmt: skip
    clip = solid_clip(tmp_path / "clip.mp4", "red", seconds=3.0, size="64x64")
    given = CreatorInput(slots={"one": SlotInput(clip)}, soundtrack=song)
    said = [str(w) for w in input_warnings(prepare(load_template(folder), given))]
    expected = f"{song}: warning: the song ends 1.0 s into the 3.0 s video: the rest has no music"
    assert said == ([expected] if told else [])
    late = CreatorInput(slots={"one": SlotInput(clip)}, soundtrack=song, soundtrack_start=5.0)
    said = [w.message for w in input_warnings(prepare(load_template(folder), late))]
    assert said == [f"the song is {song_seconds:.1f} s long and starts at 5.0 s: the video has "
                    "no music"]  # fmt: skip


# --- VBR MP3 --------------------------------------------------------------------------------------
def test_vbr_mp3_without_xing_header_has_its_real_length(tmp_path: Path) -> None:
    song = vbr_mp3_without_xing(tmp_path / "song.mp3")
    assert "Estimating duration from bitrate" in stream_summary(song)  # the trap is armed
    assert probe(song).duration == pytest.approx(6.0, abs=0.05)


@pytest.mark.slow
def test_video_following_a_vbr_mp3_is_as_long_as_the_song(tmp_path: Path) -> None:
    song = vbr_mp3_without_xing(tmp_path / "song.mp3")
    clip = solid_clip(tmp_path / "clip.mp4", "blue", seconds=1.0)
    folder = small_template(tmp_path / "t", {
        "follow_soundtrack": True,
        "slots": [{"id": "one", "label": "One", "duration": 1, "when_short": "hold"}],
    })  # fmt: skip
    given = CreatorInput(slots={"one": SlotInput(clip)}, soundtrack=song, fps=10)
    out = render(prepare(load_template(folder), given), tmp_path / "out.mp4")
    # within one frame (0.1 s at 10 fps) of the song, not the 18 s the estimate claims
    assert probe(out).duration == pytest.approx(6.0, abs=0.1)


# --- HEIC -----------------------------------------------------------------------------------------
def test_heic_photo_fills_a_slot(tmp_path: Path) -> None:
    photo = heic_photo(tmp_path / "IMG_0001.HEIC")
    info = probe(photo)
    assert (info.kind, info.width, info.height) == ("photo", 64, 48)
    source = SlotSource(_slot(photo), 60, 40, 30)
    colour = source.frame_at(0.0).reshape(-1, 3).mean(axis=0)
    assert np.abs(colour - [200, 40, 40]).max() < 12


# --- a short clip held past its end ---------------------------------------------------------------
def test_hold_past_the_clip_end_after_a_jump(tmp_path: Path) -> None:
    """A preview (or a transition) asking far past a short clip's end gets its last frame."""
    clip = solid_clip(tmp_path / "short.mp4", "green", seconds=1.0)
    source = SlotSource(_slot(clip, seconds=8.0), 60, 40, 10)
    try:
        held = [source.frame_at(t) for t in (0.0, 0.5, 5.0, 7.9, 3.0)]
    finally:
        source.close()
    assert held[0][20, 30, 1] > 100 and held[0][20, 30, 0] < 40  # green, not black
    for frame in held[1:]:
        assert np.abs(frame.astype(int) - held[0]).max() < 10


# --- interlaced ----------------------------------------------------------------------------------
@pytest.mark.parametrize("order", ["tff", "bff"])
def test_interlaced_clip_is_known_as_such(tmp_path: Path, order: str) -> None:
    clip = interlaced_clip(tmp_path / f"{order}.mp4", order)
    assert probe(clip).interlaced
    assert not probe(solid_clip(tmp_path / "progressive.mp4", "white")).interlaced


@pytest.mark.parametrize("order", ["tff", "bff"])
def test_interlaced_clip_fills_a_slot_without_combing(tmp_path: Path, order: str) -> None:
    """Shown whole, a 1080i camcorder clip's every moving edge is combed (and a cover crop's
    upscale makes the teeth larger). Each field becomes a picture of its own, in order."""
    from tests.media_factory import decode_frames

    clip = interlaced_clip(tmp_path / f"{order}.mp4", order)
    woven = comb_strength(decode_frames(clip, (160, 120))[10])
    source = SlotSource(_slot(clip, seconds=1.0, fit="contain"), 160, 120, 50)
    try:
        pictures = [source.frame_at(index / 50) for index in range(10, 16)]
    finally:
        source.close()
    assert max(comb_strength(picture) for picture in pictures) < woven / 4
    # 50 moments a second, as filmed: the bar moves between consecutive pictures, forward
    places = [int(np.argmax(picture[60, :, 0] > 128)) for picture in pictures]
    assert all(later > earlier for earlier, later in itertools.pairwise(places))


# --- HDR -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("transfer", ["arib-std-b67", "smpte2084"])
def test_hdr_clip_keeps_its_colours_in_the_sdr_export(tmp_path: Path, transfer: str) -> None:
    """An iPhone's HDR video (HLG) read as SDR came out grey and washed out (orange 224,112,32
    as 165,115,51), and an HDR10 one (PQ) dull and dark (132,105,65): tone mapped, the colours
    an SDR screen would show come back, and grey stays grey."""
    clip = hdr_clip(tmp_path / f"{transfer}.mov", transfer)
    info = probe(clip)
    assert (info.transfer, info.primaries, info.colour_matrix) == (transfer, "bt2020", "bt2020nc")
    source = SlotSource(_slot(clip, seconds=1.0, fit="contain"), 320, 240, 25)
    try:
        frame = source.frame_at(0.5).astype(int)
    finally:
        source.close()
    for patch, colour in zip((frame[120, 40:120], frame[120, 200:280]), HDR_PATCHES, strict=True):
        assert np.abs(patch.mean(axis=0) - colour).max() <= 12


def test_the_proxy_of_an_hdr_clip_has_the_exports_colours(tmp_path: Path) -> None:
    from studio.media.preview_proxy import make_proxy
    from tests.media_factory import decode_frames

    clip = hdr_clip(tmp_path / "hlg.mov")
    frame = decode_frames(make_proxy(clip, short_side=120), (160, 120))[10].astype(int)
    for patch, colour in zip((frame[60, 20:60], frame[60, 100:140]), HDR_PATCHES, strict=True):
        assert np.abs(patch.mean(axis=0) - colour).max() <= 12


# --- what already worked keeps working ------------------------------------------------------------
def test_platform_version_of_an_anamorphic_clip_is_round(tmp_path: Path) -> None:
    """`studio check --fix` and the posting kit re-encode through the same squaring."""
    from studio.core.platforms import platform
    from studio.media.conform import conform
    from tests.media_factory import decode_frames

    clip = anamorphic_circle_clip(tmp_path / "pal.mp4")
    tiktok = platform("tiktok")
    out = conform(clip, video_facts(clip), tiktok, tmp_path / "tiktok.mp4")
    frame = decode_frames(out, (tiktok.width, tiktok.height))[0]
    band = round(tiktok.width * 72 / 136)  # the contained picture across the middle
    top = (tiktok.height - band) // 2
    width, height = blob_size(frame[top + 4 : top + band - 4])
    assert width / height == pytest.approx(1.0, abs=0.06)


def test_preview_jump_into_a_clip_cut_short_holds_its_last_picture(tmp_path: Path) -> None:
    clip = cut_short_clip(tmp_path / "cut.mp4")
    source = SlotSource(_slot(clip, seconds=4.0), 64, 48, 10)
    try:
        late = source.frame_at(3.5)  # past where the data ends, inside what the index claims
        early = source.frame_at(0.2)
    finally:
        source.close()
    assert late.mean() > 10 and early.mean() > 10  # pictures, not black


@pytest.mark.parametrize("size", ["2x2", "8x6", "4000x16", "16x4000"])
def test_a_clip_of_a_few_pixels_or_a_sliver_fills_a_slot(tmp_path: Path, size: str) -> None:
    """A 2x2 clip was told it was 'not a video' (its size was read from two digits up); a
    sliver must cover a portrait slot with its own colour, in bounded memory."""
    from studio.media.ffmpeg import run_ffmpeg

    clip = tmp_path / f"clip-{size}.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", f"color=c=0xE03020:s={size}:r=30:d=1", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", str(clip)])  # fmt: skip
    width, height = (int(side) for side in size.split("x"))
    assert (probe(clip).kind, probe(clip).width, probe(clip).height) == ("video", width, height)
    source = SlotSource(_slot(clip, seconds=1.0), 90, 160, 30)
    try:
        colour = source.frame_at(0.5).reshape(-1, 3).mean(axis=0)
    finally:
        source.close()
    assert colour[0] > 180 and colour[1] < 90 and colour[2] < 70  # the clip's red everywhere
