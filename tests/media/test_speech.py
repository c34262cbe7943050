"""Recognition on speech with known word times (espeak-ng words between silences), with the
real tiny.en model from the `test` extra."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.core.captions.voice import voice_track
from studio.core.errors import Cancelled
from studio.media.speech.transcribe import NoSpeech, SpeechRecogniser, voice_samples
from tests.media_factory import solid_clip
from tests.speech_factory import SpokenWord, espeak_available, speech_wav
from tests.speech_model import tiny_en_folder

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed "
                                "(packaging/linux/install-system-deps.sh installs it)")  # fmt: skip

# a creator's sentence with pauses of every length, the longest after "kitchen"
SAID = [("hello", 0.5), ("everyone", 0.15), ("welcome", 1.5), ("to", 0.15), ("my", 0.15),
        ("kitchen", 0.15), ("today", 2.0), ("we", 0.15), ("cook", 0.15), ("pasta", 0.15)]  # fmt: skip


@pytest.fixture(scope="module")
def recogniser() -> Iterator[SpeechRecogniser]:
    engine = SpeechRecogniser(tiny_en_folder())
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SpokenWord]]:
    path = tmp_path_factory.mktemp("speech") / "talk.wav"
    return path, speech_wav(path, SAID)


def _key(text: str) -> str:
    return text.casefold().strip(".,!?")


def test_every_word_is_heard_within_a_quarter_second(recogniser: SpeechRecogniser,
                                                     speech: tuple[Path, list[SpokenWord]]
                                                     ) -> None:  # fmt: skip
    path, truth = speech
    transcript = recogniser.transcribe(path)
    heard = transcript.words
    assert transcript.language == "en"
    assert [_key(w.text) for w in heard] == [w.text for w in truth]
    start_errors = [abs(h.start - t.start) for h, t in zip(heard, truth, strict=True)]
    end_errors = [abs(h.end - t.end) for h, t in zip(heard, truth, strict=True)]
    assert statistics.median(start_errors) <= 0.25, start_errors
    assert statistics.median(end_errors) <= 0.25, end_errors
    # after the 2 s pause Whisper starts "today" early or late; the signal puts it right
    today = heard[6]
    assert abs(today.start - truth[6].start) <= 0.25
    assert all(w.start < w.end for w in heard)
    assert [line.start for line in transcript.lines] == sorted(line.start for line in
                                                               transcript.lines)  # fmt: skip


def test_a_take_is_heard_through_its_voice_track_not_the_mix(
    recogniser: SpeechRecogniser, speech: tuple[Path, list[SpokenWord]], tmp_path: Path
) -> None:
    take = solid_clip(tmp_path / "take.mp4", "blue", seconds=2.0, size="64x64", tone_hz=440)
    shutil.copy(speech[0], voice_track(take))
    transcript = recogniser.transcribe(take)
    assert "kitchen" in [_key(w.text) for w in transcript.words]
    assert transcript.source == str(take)


def test_a_clip_without_sound_or_voice_has_no_captions_and_says_so(
    recogniser: SpeechRecogniser, tmp_path: Path
) -> None:
    mute = solid_clip(tmp_path / "mute.mp4", "red", seconds=1.0, size="64x64")
    with pytest.raises(NoSpeech) as caught:
        voice_samples(mute)
    assert caught.value.lines == [f"{mute}: the clip has no sound, so it has no captions"]
    tone = solid_clip(tmp_path / "tone.mp4", "red", seconds=3.0, size="64x64", tone_hz=440)
    with pytest.raises(NoSpeech) as caught:
        recogniser.transcribe(tone)
    assert caught.value.lines == [f"{tone}: no speech heard, so no captions"]


def test_cancel_stops_the_transcription(recogniser: SpeechRecogniser,
                                        speech: tuple[Path, list[SpokenWord]]) -> None:  # fmt: skip
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        recogniser.transcribe(speech[0], cancel=cancel)


def test_recognition_needs_no_pyav(speech: tuple[Path, list[SpokenWord]]) -> None:
    """The packaged app leaves PyAV out (the studio decodes with its own ffmpeg)."""
    script = (
        "import sys; sys.modules['av'] = None\n"
        "from pathlib import Path\n"
        "from studio.media.speech.transcribe import SpeechRecogniser\n"
        f"r = SpeechRecogniser(Path({str(tiny_en_folder())!r}))\n"
        f"print(' '.join(w.text for w in r.transcribe(Path({str(speech[0])!r})).words))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "kitchen" in result.stdout.casefold()


def test_a_damaged_speech_model_is_one_line_naming_its_folder(tmp_path: Path) -> None:
    """A model folder whose files are not a model ended in 'unexpected error (RuntimeError:
    Unsupported model binary version…)'."""
    from studio.media.ffmpeg import MediaError
    from studio.media.speech.transcribe import SpeechRecogniser

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    (folder / "model.bin").write_bytes(b"not a model at all")
    with pytest.raises(MediaError) as refused:
        SpeechRecogniser(folder)
    line = refused.value.first_line
    assert line.startswith(f"{folder}: the speech model cannot be loaded (")
    assert line.endswith("delete this folder and it is fetched again") and "\n" not in line
