"""A clip's voice transcribed to words with times, on this computer (faster-whisper).

The audio is decoded by the studio's own ffmpeg to 16 kHz mono float32 and handed over as
samples. A take is heard through its microphone track (`core/captions/voice.py`), never the mix
with its soundtrack: music makes Whisper repeat lines. Settings follow what users of
faster-whisper learned: greedy search (beam 1; 5 is far slower on a CPU), no conditioning on the
previous text (it loops on music), the bundled Silero VAD to skip silence, word times.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from studio.core.captions.transcript import (
    CaptionLine,
    Transcript,
    Word,
    lines_of,
    sane_word,
    tidy_lines,
)
from studio.core.captions.voice import voice_track
from studio.core.errors import Cancelled, StudioError
from studio.media.ffmpeg import MediaError
from studio.media.pcm import decode_pcm
from studio.media.probe import probe
from studio.media.speech.voice_onsets import loud_frames, trim_to_voice

SAMPLE_RATE = 16_000
LANGUAGES = ("en", "it", "de")  # the studio's languages: detection chooses among these
SILENT_RMS = 1e-4  # below this the clip is silent (about -80 dBFS)


class NoSpeech(StudioError):
    """A clip with nothing to caption: no sound at all, or sound with no voice in it."""


def sound_source(media: Path) -> Path:
    """The file whose sound is `media`'s voice: a take's microphone track when it has one, else
    the clip itself; MediaError for a file that cannot be read, NoSpeech when it has no sound
    (told before a speech model is fetched, not after)."""
    voice = voice_track(media)
    source = voice if voice.is_file() else media
    if not probe(source).has_audio:
        raise NoSpeech(f"{media}: the clip has no sound, so it has no captions")
    return source


def voice_samples(media: Path) -> np.ndarray:
    """The voice of `media` as 16 kHz mono float32: a take's microphone track when it has one,
    else the clip's own sound; NoSpeech when there is no sound to hear."""
    source = sound_source(media)
    samples = decode_pcm(source, SAMPLE_RATE, 1)
    if samples.size == 0 or float(np.sqrt(np.mean(samples * samples))) < SILENT_RMS:
        raise NoSpeech(f"{media}: the clip is silent, so it has no captions")
    return samples


def _without_av() -> None:
    """Let faster-whisper import without PyAV, which it needs only to decode files itself.

    The studio decodes with its own ffmpeg and hands samples over, so the packaged app leaves
    PyAV (about 100 MB) out; a placeholder module satisfies faster-whisper's `import av`.
    """
    blocked = "av" in sys.modules and sys.modules["av"] is None  # left out on purpose (a test)
    if blocked or ("av" not in sys.modules and importlib.util.find_spec("av") is None):
        sys.modules["av"] = types.ModuleType("av", "placeholder: the studio decodes with ffmpeg")


class SpeechRecogniser:
    """One loaded Whisper model (int8 on the CPU), transcribing one clip at a time."""

    def __init__(self, model_folder: Path, threads: int = 0) -> None:
        _without_av()
        from faster_whisper import WhisperModel  # heavy: loaded only when captions are made

        self.folder = model_folder
        try:
            self._model: Any = WhisperModel(str(model_folder), device="cpu", compute_type="int8",
                                            cpu_threads=threads)  # fmt: skip
        except (RuntimeError, ValueError, OSError) as exc:  # a damaged or foreign model file
            said = (str(exc).splitlines() or [type(exc).__name__])[0]
            reason = said.split(". ")[0].rstrip(".")[:160]  # its first sentence
            raise MediaError(model_folder, f"the speech model cannot be loaded ({reason}); "
                             "delete this folder and it is fetched again") from None  # fmt: skip

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def close(self) -> None:
        """Release the model's memory."""
        self._model = None

    def language_of(self, samples: np.ndarray) -> str:
        """The most likely of the studio's languages for this speech."""
        if not self.multilingual:
            return "en"
        _, _, ranked = self._model.detect_language(samples)
        scores = {code: float(p) for code, p in ranked if code in LANGUAGES}
        return max(scores, key=lambda code: scores[code]) if scores else "en"

    def transcribe(
        self,
        media: Path,
        language: str | None = None,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """The words `media` says, in its own time, in lines; NoSpeech when nothing is said.

        `language` overrides detection (en, it, de or any code Whisper knows).
        """
        samples = voice_samples(media)
        return self.transcribe_samples(samples, str(media), language, progress, cancel)

    def transcribe_samples(
        self,
        samples: np.ndarray,
        source: str,
        language: str | None = None,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """As `transcribe`, for 16 kHz mono samples already decoded."""
        if self._model is None:
            raise RuntimeError("the recogniser was closed")
        if not self.multilingual:
            language = "en"
        language = language or self.language_of(samples)
        duration = len(samples) / SAMPLE_RATE
        segments, _ = self._model.transcribe(
            samples,
            language=language,
            beam_size=1,
            condition_on_previous_text=False,
            word_timestamps=True,
            vad_filter=True,
        )
        words: list[Word] = []
        for segment in segments:  # a generator: the work happens as it is read
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            for item in segment.words or ():
                word = sane_word(item.word, float(item.start), float(item.end),
                                 float(item.probability))  # fmt: skip
                if word is not None:
                    words.append(word)
            if progress is not None and duration > 0:
                progress(min(1.0, float(segment.end) / duration))
        if progress is not None:
            progress(1.0)
        words = trim_to_voice(words, loud_frames(samples, SAMPLE_RATE))
        lines: tuple[CaptionLine, ...] = tidy_lines(lines_of(words))
        if not lines:
            raise NoSpeech(f"{source}: no speech heard, so no captions")
        return Transcript(language=language, lines=lines, source=source)
