"""Regenerate the studio's own bundled content: soundtracks, sample clips, stickers.

Everything here is made by the project (numpy synthesis, drawn frames), so it ships under the
project's licence. Run: `.venv/bin/python packaging/make_bundled_content.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.media.ffmpeg import ffmpeg_exe  # noqa: E402

RATE = 48_000
LICENCE = "Made by Crossumer Studio with numpy; MIT, like the rest of the project."


def _note(freq: float, seconds: float, kind: str = "saw") -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    phase = (freq * t) % 1.0
    if kind == "saw":
        wave_ = 2 * phase - 1
    elif kind == "square":
        wave_ = np.sign(np.sin(2 * np.pi * freq * t))
    else:
        wave_ = np.sin(2 * np.pi * freq * t)
    envelope = np.minimum(1, t / 0.01) * np.exp(-t * 3.0)
    return (wave_ * envelope).astype(np.float32)


def _kick(seconds: float = 0.35) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    freq = 50 + 110 * np.exp(-t * 30)
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    return (np.sin(phase) * np.exp(-t * 9)).astype(np.float32)


def _hat(seconds: float = 0.06, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = rng.standard_normal(int(seconds * RATE)).astype(np.float32)
    noise = np.diff(noise, prepend=0)  # crude high-pass
    return noise * np.exp(-np.arange(noise.size) / RATE * 60).astype(np.float32) * 0.25


def _place(track: np.ndarray, sound: np.ndarray, at: float, gain: float) -> None:
    start = int(at * RATE)
    end = min(track.size, start + sound.size)
    if start < track.size:
        track[start:end] += sound[: end - start] * gain


def synth_track(bpm: float, bars: int, chords: list[list[float]], lead: str, seed: int) -> np.ndarray:
    """Four-on-the-floor kick, off-beat hats, bass and chord stabs: a clear beat to cut on."""
    beat = 60.0 / bpm
    seconds = bars * 4 * beat + 1.0
    track = np.zeros(int(seconds * RATE), np.float32)
    kick, hat = _kick(), _hat(seed=seed)
    rng = np.random.default_rng(seed)
    for bar in range(bars):
        chord = chords[bar % len(chords)]
        for step in range(4):
            t = (bar * 4 + step) * beat
            _place(track, kick, t, 0.9)
            _place(track, hat, t + beat / 2, 0.6)
            _place(track, _note(chord[0] / 2, beat * 0.9, "sine"), t, 0.5)
        for voice in chord:
            _place(track, _note(voice, beat * 2, lead), bar * 4 * beat, 0.12)
            _place(track, _note(voice, beat * 1.5, lead), (bar * 4 + 2.5) * beat, 0.08)
        melody = chord[int(rng.integers(0, len(chord)))] * 2
        _place(track, _note(melody, beat * 0.5, "sine"), (bar * 4 + 1.5) * beat, 0.15)
    track /= np.max(np.abs(track)) * 1.12
    return track


def write_track(name: str, title: str, mood: str, bpm: float, audio: np.ndarray) -> None:
    music = ROOT / "resources" / "music"
    wav = music / f"{name}.wav"
    stereo = np.stack([audio, np.roll(audio, 96)], axis=1)  # a 2 ms offset widens the image
    with wave.open(str(wav), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((np.clip(stereo, -1, 1) * 32767).astype("<i2").tobytes())
    m4a = music / f"{name}.m4a"
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(wav), "-c:a", "aac", "-b:a", "160k",
         "-movflags", "+faststart", str(m4a)],
        check=True,
    )
    wav.unlink()
    meta = {
        "title": title,
        "mood": mood,
        "duration": round(audio.size / RATE, 3),
        "beats": {"bpm": bpm, "first_beat": 0.0},
        "licence": LICENCE,
    }
    (music / f"{name}.json").write_text(json.dumps(meta, indent=2) + "\n")


def make_music() -> None:
    a, c, d, e, f, g = 220.0, 261.63, 293.66, 329.63, 349.23, 392.0
    write_track("sunny-pop", "Sunny Pop", "bright", 120,
                synth_track(120, 16, [[c, e, g], [g / 2 * 2, 493.88, d * 2], [a, c, e], [f, a * 2, c * 2]], "saw", 1))
    write_track("night-drive", "Night Drive", "moody", 100,
                synth_track(100, 12, [[a, c, e], [f, a * 2, c * 2], [c, e, g], [g, 493.88, d * 2]], "square", 2))
    write_track("hype-beat", "Hype Beat", "energetic", 140,
                synth_track(140, 16, [[d, f, a * 2], [c, e, g], [a, c, e], [a, c, e]], "saw", 3))


def _encode_frames(path: Path, frames: list[np.ndarray], fps: int, tone_hz: float | None) -> None:
    h, w = frames[0].shape[:2]
    args = [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
            "-s", f"{w}x{h}", "-r", str(fps), "-i", "-"]
    if tone_hz:
        args += ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=48000",
                 "-c:a", "aac", "-b:a", "96k", "-shortest"]
    # a keyframe every second: a preview or `studio template frame` that seeks into a sample
    # decodes at most 30 frames to reach its moment, not the whole clip
    args += ["-c:v", "libx264", "-crf", "30", "-preset", "slow", "-pix_fmt", "yuv420p",
             "-g", str(fps), "-movflags", "+faststart", str(path)]
    process = subprocess.Popen(args, stdin=subprocess.PIPE)
    assert process.stdin is not None
    for frame in frames:
        process.stdin.write(frame.tobytes())
    process.stdin.close()
    if process.wait() != 0:
        raise RuntimeError(f"ffmpeg failed writing {path}")


def _scene(w: int, h: int, n: int, palette: tuple[tuple[int, int, int], tuple[int, int, int]], seed: int) -> list[np.ndarray]:
    """A soft gradient with drifting bubbles and a dancing figure: reads as 'a clip' at a glance."""
    rng = np.random.default_rng(seed)
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    top, bottom = (np.array(c, np.float32) for c in palette)
    bubbles = rng.uniform(0, 1, (14, 3))
    frames = []
    for i in range(n):
        t = i / 30
        shift = 0.5 + 0.5 * np.sin(t * 1.3)
        base = top * (1 - ys) * shift + bottom * ys + top * (1 - shift) * 0.3
        image = Image.fromarray(np.clip(np.broadcast_to(base, (h, w, 3)), 0, 255).astype(np.uint8))
        draw = ImageDraw.Draw(image, "RGBA")
        for bx, by, size in bubbles:
            x = (bx * w + 40 * np.sin(t + size * 9)) % w
            y = (by * h - t * 60 * (0.5 + size)) % h
            r = 10 + size * min(w, h) * 0.08
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, 60))
        cx, cy = w / 2 + np.sin(t * 3) * w * 0.12, h * 0.55
        s = min(w, h) * 0.12
        draw.ellipse([cx - s * 0.5, cy - s * 2.2, cx + s * 0.5, cy - s * 1.2], fill=(250, 225, 200, 255))
        draw.rounded_rectangle([cx - s * 0.6, cy - s * 1.15, cx + s * 0.6, cy + s * 0.6], s * 0.3,
                               fill=(30, 30, 40, 255))
        arm = np.sin(t * 6) * s
        draw.line([cx - s * 0.5, cy - s * 0.9, cx - s * 1.4, cy - s * 1.4 + arm], (30, 30, 40, 255), int(s * 0.25))
        draw.line([cx + s * 0.5, cy - s * 0.9, cx + s * 1.4, cy - s * 1.4 - arm], (30, 30, 40, 255), int(s * 0.25))
        frames.append(np.asarray(image))
    return frames


def make_samples() -> None:
    samples = ROOT / "resources" / "samples"
    samples.mkdir(parents=True, exist_ok=True)
    _encode_frames(samples / "dance-portrait.mp4", _scene(720, 1280, 150, ((255, 94, 98), (255, 195, 113)), 1), 30, 440)
    _encode_frames(samples / "city-landscape.mp4", _scene(1280, 720, 150, ((36, 59, 85), (20, 30, 48)), 2), 30, 330)
    _encode_frames(samples / "garden-square.mp4", _scene(720, 720, 120, ((86, 171, 47), (168, 224, 99)), 3), 30, None)
    Image.fromarray(_scene(1080, 1350, 1, ((131, 96, 195), (46, 191, 145)), 4)[0]).save(
        samples / "portrait-photo.jpg", quality=88)


def _green_screen(w: int, h: int, n: int) -> list[np.ndarray]:
    """The dancing figure of `_scene` in front of a flat chroma-green backdrop."""
    frames = []
    for i in range(n):
        t = i / 30
        image = Image.new("RGB", (w, h), (20, 220, 40))
        draw = ImageDraw.Draw(image)
        cx, cy = w / 2 + np.sin(t * 3) * w * 0.12, h * 0.6
        s = min(w, h) * 0.2
        draw.ellipse([cx - s * 0.5, cy - s * 2.2, cx + s * 0.5, cy - s * 1.2], fill=(250, 225, 200))
        draw.rounded_rectangle([cx - s * 0.6, cy - s * 1.15, cx + s * 0.6, cy + s * 0.9], s * 0.3,
                               fill=(200, 40, 90))
        arm = np.sin(t * 6) * s
        draw.line([cx - s * 0.5, cy - s * 0.9, cx - s * 1.3, cy - s * 1.4 + arm], (200, 40, 90), int(s * 0.25))
        draw.line([cx + s * 0.5, cy - s * 0.9, cx + s * 1.3, cy - s * 1.4 - arm], (200, 40, 90), int(s * 0.25))
        frames.append(np.asarray(image))
    return frames


def make_more_samples() -> None:
    """Photos for photo templates and a green-screen clip; small, made like the other samples."""
    samples = ROOT / "resources" / "samples"
    photos = {
        "beach-photo.jpg": (1600, 1067, ((64, 164, 223), (244, 215, 160)), 5),
        "city-photo.jpg": (1080, 1350, ((255, 140, 80), (60, 40, 90)), 6),
        "food-photo.jpg": (1200, 1200, ((250, 240, 220), (200, 90, 60)), 7),
    }
    for name, (w, h, palette, seed) in photos.items():
        Image.fromarray(_scene(w, h, 1, palette, seed)[0]).save(samples / name, quality=85)
    _encode_frames(samples / "green-screen-dance.mp4", _green_screen(360, 640, 120), 30, 392)


def _star(size: int, colour: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGBA", (size, size))
    draw = ImageDraw.Draw(image)
    angles = np.linspace(-np.pi / 2, 1.5 * np.pi, 11)[:-1]
    radii = np.where(np.arange(10) % 2 == 0, size * 0.48, size * 0.2)
    points = [(size / 2 + r * np.cos(a), size / 2 + r * np.sin(a)) for r, a in zip(radii, angles)]
    draw.polygon(points, fill=(*colour, 255), outline=(255, 255, 255, 255), width=max(2, size // 40))
    return image


def _heart(size: int, colour: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGBA", (size, size))
    draw = ImageDraw.Draw(image)
    t = np.linspace(0, 2 * np.pi, 200)
    x = 16 * np.sin(t) ** 3
    y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
    points = [(size / 2 + xi * size / 36, size / 2 - yi * size / 36) for xi, yi in zip(x, y)]
    draw.polygon(points, fill=(*colour, 255), outline=(255, 255, 255, 255), width=max(2, size // 40))
    return image


def _badge(size: int, colour: tuple[int, int, int], arrow: bool) -> Image.Image:
    image = Image.new("RGBA", (size, size))
    draw = ImageDraw.Draw(image)
    draw.ellipse([4, 4, size - 4, size - 4], fill=(*colour, 235), outline=(255, 255, 255, 255), width=size // 30)
    if arrow:
        s = size
        draw.polygon([(s * 0.3, s * 0.3), (s * 0.72, s * 0.5), (s * 0.3, s * 0.7)], fill=(255, 255, 255, 255))
    return image


def make_stickers() -> None:
    stickers = ROOT / "resources" / "stickers"
    stickers.mkdir(parents=True, exist_ok=True)
    _star(300, (255, 204, 0)).save(stickers / "star.png")
    _heart(300, (255, 59, 92)).save(stickers / "heart.png")
    _badge(300, (0, 200, 170), arrow=True).save(stickers / "play.png")


def make_previews(only: set[str] | None = None) -> None:
    """Each template's preview.png: a frame the engine renders from the samples and examples."""
    from studio.core.fill import CreatorInput, SlotInput
    from studio.core.template import load_template
    from studio.media.compositor import Compositor
    from studio.media.render import prepare

    samples = ["dance-portrait.mp4", "city-landscape.mp4", "garden-square.mp4"]
    photos = ["portrait-photo.jpg", "beach-photo.jpg", "city-photo.jpg", "food-photo.jpg"]
    for folder in sorted((ROOT / "templates").iterdir()):
        if only and folder.name not in only:
            continue
        loaded = load_template(folder)
        template = loaded.template
        chosen = {}
        for i, slot in enumerate(template.slots):
            if slot.example is not None:  # the template's own example (a real person to cut out)
                chosen[slot.id] = SlotInput(loaded.asset(slot.example))
                continue
            keyed = any(f.name == "chroma-key" for f in slot.filters)
            name = ("green-screen-dance.mp4" if keyed else
                    photos[i % 4] if slot.kind == "photo" else samples[i % 3])
            chosen[slot.id] = SlotInput(ROOT / "resources" / "samples" / name)
        for i, item in enumerate(getattr(template, "inputs", [])):
            chosen[item.id] = SlotInput(ROOT / "resources" / "samples" / photos[(i + 1) % 4])
        given = CreatorInput(slots=chosen,
                             blanks={b.id: b.example or b.prompt for b in template.blanks})
        plan = prepare(loaded, given)
        # a moment where the first text layer is fully on screen
        moment = plan.texts[0].span.start + 0.6 if plan.texts else plan.duration / 2
        compositor = Compositor(plan, scale=0.5)
        try:
            frame = compositor.frame_at(min(moment, plan.duration - 0.1))
        finally:
            compositor.close()
        Image.fromarray(frame).save(folder / template.preview, optimize=True)


if __name__ == "__main__":
    # `previews duet reaction` renders only those templates' previews
    parts = set(sys.argv[1:]) or {"music", "samples", "stickers", "previews"}
    slugs = {p for p in parts if (ROOT / "templates" / p).is_dir()}
    if "music" in parts:
        make_music()
    if "samples" in parts:
        make_samples()
    if "stickers" in parts:
        make_stickers()
    if "photos" in parts:
        make_more_samples()
    if "previews" in parts:
        make_previews(slugs or None)
    print("bundled content written under resources/")
