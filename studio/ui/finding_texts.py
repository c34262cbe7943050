"""Preflight findings in the creator's language: the core gives a code and its figures, this
catalogue phrases them (the core's English sentences stay for the CLI and logs)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from studio.core.post.preflight import Finding, FindingValue
from studio.ui.locale_numbers import local_number
from studio.ui.platform_names import CONTEXT as PLATFORM_NAMES


class FindingTexts(QObject):
    """Problem and fix of a preflight finding, translated, numbers in the locale's format."""

    def phrase(self, finding: Finding) -> tuple[str, str]:
        """(problem, fix) for `finding`; the core's English when its code is unknown."""
        phrasing = self._phrasings().get(finding.code)
        if phrasing is None:
            return finding.problem, finding.fix
        return phrasing(_Values(finding.values, self._edge))

    def _edge(self, edges: str) -> str:
        names = {"top": self.tr("top"), "bottom": self.tr("bottom"),
                 "left": self.tr("left"), "right": self.tr("right")}  # fmt: skip
        return self.tr(" and ").join(names.get(edge, edge) for edge in edges.split())

    def _export_at(self, v: _Values) -> str:
        return self.tr("export at {0}x{1}").format(v.text("target_width"), v.text("target_height"))

    def _phrasings(self) -> dict[str, Callable[[_Values], tuple[str, str]]]:
        return {
            "too_long": lambda v: (
                self.tr("it is {0} s long; {1} takes at most {2} s and would cut or refuse it")
                .format(v.num("duration", 1), v.text("name"), v.num("max")),
                self.tr("post a {0} s cut (the posting kit makes one)").format(v.num("max")),
            ),
            "too_short": lambda v: (
                self.tr("it is {0} s long; {1} needs at least {2} s").format(
                    v.num("duration", 1), v.text("name"), v.num("min")),
                self.tr("make the video longer"),
            ),
            "fps_outside": lambda v: (
                self.tr("{0} fps is outside the {1}-{2} fps that {3} takes").format(
                    v.num("fps"), v.num("min"), v.num("max"), v.text("name")),
                self.tr("export at {0} fps").format(local_number(30)),
            ),
            "shape_wrong": lambda v: (
                self.tr("{0}x{1} is not the shape of {2}x{3}; {4} adds bars or crops").format(
                    v.text("width"), v.text("height"), v.text("target_width"),
                    v.text("target_height"), v.text("name")),
                self._export_at(v),
            ),
            "resolution_low": lambda v: (
                self.tr("{0}x{1} is below {2}x{3}; it will look soft").format(
                    v.text("width"), v.text("height"), v.text("target_width"),
                    v.text("target_height")),
                self._export_at(v),
            ),
            "container_wrong": lambda v: (
                self.tr("{0} does not take {1} files").format(v.text("name"), v.text("container")),
                self.tr("export as {0}").format(v.text("wanted")),
            ),
            "codec_wrong": lambda v: (
                self.tr("{0} does not take {1} video").format(v.text("name"), v.text("codec")),
                self.tr("re-encode as {0}").format(v.text("wanted")),
            ),
            "no_audio": lambda v: (
                self.tr("the video has no sound; the platforms rank silent videos lower"),
                self.tr("add a soundtrack"),
            ),
            "audio_wrong": lambda v: (
                self.tr("{0} audio at {1} Hz is not what {2} takes").format(
                    v.text("codec"), v.text("rate"), v.text("name")),
                self.tr("re-encode the sound as AAC at {0} kHz").format(local_number(48)),
            ),
            "index_at_end": lambda v: (
                self.tr("the file's index is at the end, so uploads and previews start slowly "
                   "(Reels may refuse it)"),
                self.tr("move the index to the front (faststart)"),
            ),
            "caption_long": lambda v: (
                self.tr("the caption is {0} characters; {1} allows {2}").format(
                    v.text("length"), v.text("name"), v.text("max")),
                self.tr("shorten it by {0}").format(v.text("over")),
            ),
            "hashtags_many": lambda v: (
                self.tr("{0} hashtags; {1} uses at most {2}").format(
                    v.text("count"), v.text("name"), v.text("max")),
                self.tr("keep your best {0} (the kit keeps the first {0})").format(v.text("max")),
            ),
            "title_missing": lambda v: (
                self.tr("{0} shows a title and none is set").format(v.text("name")),
                self.tr("add a title"),
            ),
            "title_long": lambda v: (
                self.tr("the title is {0} characters; {1} allows {2}").format(
                    v.text("length"), v.text("name"), v.text("max")),
                self.tr("shorten it to {0}").format(v.text("max")),
            ),
            "text_under_buttons": lambda v: (
                self.tr("the text “{0}” reaches under the buttons of {1} at the {2}").format(
                    v.text("label"), v.text("name"), v.edges("edges")),
                self.tr("move it toward the centre or shorten it"),
            ),
            "overlay_under_buttons": lambda v: (
                self.tr("your “{0}” sits under the buttons of {1} at the {2}").format(
                    v.text("label"), v.text("name"), v.edges("edges")),
                self.tr("move it inside the safe zone (on the preview it snaps to its edges)"),
            ),
        }  # fmt: skip


class _Values:
    """A finding's figures, each written for the current locale."""

    def __init__(self, values: dict[str, FindingValue], edge: Callable[[str], str]) -> None:
        self.values = values
        self.edge = edge

    def num(self, key: str, decimals: int | None = None) -> str:
        return local_number(float(self.values.get(key, 0)), decimals)

    def text(self, key: str) -> str:
        value = self.values.get(key, "")
        if key == "name":  # a platform: "Custom" is a word, the brands stay as they are
            return QCoreApplication.translate(PLATFORM_NAMES, str(value))
        return str(value)  # whole counts and sizes: 1080, 2318 read the same everywhere

    def edges(self, key: str) -> str:
        return self.edge(str(self.values.get(key, "")))
