"""Preflight: what a platform would reject, cut or cover, each finding with how to fix it.

Runs on the facts of a video (a finished file, or the export about to be made), its caption and
title, and the boxes of its text. `error` means the platform refuses or cuts the video; `warning`
means it posts but something the creator cares about suffers (hidden text, soft picture).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from studio.core.platforms import Box, Platform
from studio.core.post.caption import hashtags_in
from studio.core.post.graphemes import visible_length

Severity = Literal["error", "warning"]
# what the export can do about a finding by itself
AutoFix = Literal["trim", "fps", "size", "reencode", "audio", "hashtags", "title", "faststart"]
# a finding's figures and names, so a window can phrase it in the creator's language
FindingValue = float | int | str
# every finding's stable code: the English sentences below are for the CLI and logs only
FINDING_CODES = (
    "too_long", "too_short", "fps_outside", "shape_wrong", "resolution_low", "container_wrong",
    "codec_wrong", "no_audio", "audio_wrong", "index_at_end", "caption_long", "hashtags_many",
    "title_missing", "title_long", "text_under_buttons", "overlay_under_buttons",
)  # fmt: skip


@dataclass(frozen=True)
class VideoFacts:
    """What preflight needs to know about a video file."""

    duration: float
    fps: float
    width: int
    height: int
    container: str  # "mp4", "mov", "mkv", "webm", ...
    video_codec: str  # ffmpeg's names: "h264", "hevc", "vp9", "prores"
    audio_codec: str = ""  # "" for no audio
    audio_rate: int = 0
    moov_first: bool | None = None  # MP4/MOV index before the media ("faststart"); None: n/a


@dataclass(frozen=True)
class Finding:
    platform: str  # the platform's id
    severity: Severity
    problem: str
    fix: str
    auto_fix: AutoFix | None = None
    code: str = ""  # one of FINDING_CODES
    values: dict[str, FindingValue] = field(default_factory=dict, hash=False)

    def line(self, platform_name: str) -> str:
        return f"{platform_name}: {self.severity}: {self.problem}. Fix: {self.fix}"


@dataclass(frozen=True)
class TextBox:
    """A text layer where it is drawn, in canvas pixels, and when."""

    label: str
    box: Box
    own: bool = False  # one of the creator's own texts or stickers (not the template's)


_Item = tuple[Severity, str, str, AutoFix | None, str, dict[str, FindingValue]]


class _Found(list[_Item]):
    def add(self, severity: Severity, problem: str, fix: str, auto: AutoFix | None, code: str,
            **values: FindingValue) -> None:  # fmt: skip
        self.append((severity, problem, fix, auto, code, values))


def _video_findings(p: Platform, v: VideoFacts) -> _Found:
    found = _Found()
    if v.duration > p.max_duration + 0.05:
        found.add(
            "error",
            f"it is {v.duration:.1f} s long; {p.name} takes at most "
            f"{p.max_duration:g} s and would cut or refuse it",
            f"post a {p.max_duration:g} s cut (the posting kit makes one)",
            "trim",
            "too_long",
            duration=v.duration,
            max=p.max_duration,
            name=p.name,
        )
    if v.duration < p.min_duration:
        found.add(
            "error",
            f"it is {v.duration:.1f} s long; {p.name} needs at least {p.min_duration:g} s",
            "make the video longer",
            None,
            "too_short",
            duration=v.duration,
            min=p.min_duration,
            name=p.name,
        )
    if not p.fps_min <= v.fps <= p.fps_max:
        found.add(
            "error",
            f"{v.fps:g} fps is outside {p.name}'s {p.fps_min:g}-{p.fps_max:g} fps",
            "export at 30 fps",
            "fps",
            "fps_outside",
            fps=v.fps,
            min=p.fps_min,
            max=p.fps_max,
            name=p.name,
        )
    if v.width * p.height != v.height * p.width:
        found.add(
            "warning",
            f"{v.width}x{v.height} is not {p.width}x{p.height}'s shape; "
            f"{p.name} adds bars or crops",
            f"export at {p.width}x{p.height}",
            "size",
            "shape_wrong",
            width=v.width,
            height=v.height,
            target_width=p.width,
            target_height=p.height,
            name=p.name,
        )
    elif v.width < p.width:
        found.add(
            "warning",
            f"{v.width}x{v.height} is below {p.width}x{p.height}; it will look soft",
            f"export at {p.width}x{p.height}",
            "size",
            "resolution_low",
            width=v.width,
            height=v.height,
            target_width=p.width,
            target_height=p.height,
        )
    if v.container not in p.containers:
        found.add(
            "error",
            f"{p.name} does not take {v.container.upper()} files",
            f"export as {p.containers[0].upper()}",
            "reencode",
            "container_wrong",
            container=v.container.upper(),
            wanted=p.containers[0].upper(),
            name=p.name,
        )
    if v.video_codec not in p.video_codecs:
        found.add(
            "error",
            f"{p.name} does not take {v.video_codec.upper()} video",
            f"re-encode as {p.video_codecs[0].upper()}",
            "reencode",
            "codec_wrong",
            codec=v.video_codec.upper(),
            wanted=p.video_codecs[0].upper(),
            name=p.name,
        )
    if not v.audio_codec:
        found.add(
            "warning",
            "the video has no sound; the platforms rank silent videos lower",
            "add a soundtrack",
            None,
            "no_audio",
        )
    elif v.audio_codec not in p.audio_codecs or v.audio_rate > p.max_audio_rate:
        found.add(
            "error",
            f"{v.audio_codec.upper()} audio at {v.audio_rate} Hz is not what {p.name} takes",
            "re-encode the sound as AAC at 48 kHz",
            "audio",
            "audio_wrong",
            codec=v.audio_codec.upper(),
            rate=v.audio_rate,
            name=p.name,
        )
    if v.moov_first is False:
        found.add(
            "warning",
            "the file's index is at the end, so uploads and previews start "
            "slowly (Reels may refuse it)",
            "move the index to the front (faststart)",
            "faststart",
            "index_at_end",
        )
    return found


def _post_findings(p: Platform, caption: str, title: str | None) -> _Found:
    found = _Found()
    length = visible_length(caption)
    if length > p.caption_max:
        found.add(
            "error",
            f"the caption is {length:,} characters; {p.name} allows {p.caption_max:,}",
            f"shorten it by {length - p.caption_max:,}",
            None,
            "caption_long",
            length=length,
            max=p.caption_max,
            over=length - p.caption_max,
            name=p.name,
        )
    tags = len(hashtags_in(caption))
    if tags > p.hashtags_max:
        found.add(
            "warning",
            f"{tags} hashtags; {p.name} uses at most {p.hashtags_max}",
            f"keep your best {p.hashtags_max} (the kit keeps the first {p.hashtags_max})",
            "hashtags",
            "hashtags_many",
            count=tags,
            max=p.hashtags_max,
            name=p.name,
        )
    if p.title_max is not None:
        if not title or not title.strip():
            found.add("warning", f"{p.name} shows a title and none is set", "add a title", "title",
                      "title_missing", name=p.name)  # fmt: skip
        elif visible_length(title) > p.title_max:
            found.add(
                "error",
                f"the title is {visible_length(title)} characters; {p.name} allows {p.title_max}",
                f"shorten it to {p.title_max}",
                None,
                "title_long",
                length=visible_length(title),
                max=p.title_max,
                name=p.name,
            )
    return found


def preflight(
    platform: Platform,
    video: VideoFacts | None = None,
    caption: str | None = None,
    title: str | None = None,
    texts: list[TextBox] | tuple[TextBox, ...] = (),
    canvas: tuple[int, int] = (1080, 1920),
) -> list[Finding]:
    """Every finding for one platform, errors first."""
    found = _video_findings(platform, video) if video else _Found()
    if caption is not None:
        found += _post_findings(platform, caption, title)
    for text in texts:
        edges = platform.safe_zone.covered_edges(text.box, *canvas)
        if edges and text.own:
            found.add(
                "warning",
                f"your '{text.label}' sits under {platform.name}'s buttons at the "
                f"{' and '.join(edges)}",
                "move it inside the safe zone (on the preview it snaps to its edges)",
                None,
                "overlay_under_buttons",
                label=text.label,
                edges=" ".join(edges),
                name=platform.name,
            )
        elif edges:
            found.add(
                "warning",
                f"text '{text.label}' reaches under {platform.name}'s "
                f"buttons at the {' and '.join(edges)}",
                "move it toward the centre or shorten it",
                None,
                "text_under_buttons",
                label=text.label,
                edges=" ".join(edges),
                name=platform.name,
            )
    findings = [Finding(platform.id, *item) for item in found]
    return sorted(findings, key=lambda f: f.severity != "error")
