"""Real-world and hostile media, tiny and made here: anamorphic clips, animations, files cut
short or with damaged sound, a VBR MP3 without its Xing header, decompression bombs, HEIC photos, interlaced video, HDR video, photos with a wide-gamut colour profile."""

from __future__ import annotations

import io
import struct
import subprocess
import zlib
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageCms

from studio.media.ffmpeg import ffmpeg_exe, run_ffmpeg

ANIMATION_COLOURS = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]  # 100 ms each


def anamorphic_circle_clip(path: Path, stored: tuple[int, int] = (96, 72),
                           sar: tuple[int, int] = (64, 45), radius: int = 16) -> Path:  # fmt: skip
    """A white disc on black, stored with non-square pixels: it is round only when the sample
    aspect ratio is honoured (stored, it is an ellipse squeezed to 45/64 of its height)."""
    width, height = stored
    frame = np.zeros((height, width), np.uint8)
    squeeze = sar[1] / sar[0]
    cv2.ellipse(frame, (width // 2, height // 2), (round(radius * squeeze), radius), 0, 0, 360,
                255, -1)  # fmt: skip
    frames = np.repeat(frame[None], 10, axis=0)
    command = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
               "-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{width}x{height}", "-r", "10",
               "-i", "pipe:0", "-vf", f"setsar={sar[0]}/{sar[1]}", "-c:v", "libx264",
               "-pix_fmt", "yuv420p", str(path)]  # fmt: skip
    subprocess.run(command, input=frames.tobytes(), check=True)
    return path


def interlaced_clip(path: Path, order: str = "tff", size: tuple[int, int] = (160, 120)) -> Path:
    """A camcorder-like 25i clip of a white bar racing right on black: filmed at 50 moments a
    second, each frame stores two of them as its fields (`order`: tff or bff), so a frame shown
    whole has combed edges (rows alternating between the bar's two places)."""
    width, height = size
    frames = np.zeros((50, height, width), np.uint8)
    for moment in range(50):
        left = 8 + moment * 2
        frames[moment, :, left : left + 12] = 255
    command = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
               "-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{width}x{height}", "-r", "50",
               "-i", "pipe:0", "-vf", f"interlace=scan={order}:lowpass=0", "-c:v", "libx264",
               "-x264-params", f"{order}=1", "-flags", "+ildct+ilme", "-crf", "10",
               "-pix_fmt", "yuv420p", str(path)]  # fmt: skip
    subprocess.run(command, input=frames.tobytes(), check=True)
    return path


HDR_PATCHES = ((224, 112, 32), (128, 128, 128))  # orange and mid grey, side by side, in SDR


def hdr_clip(
    path: Path, transfer: str = "arib-std-b67", size: tuple[int, int] = (320, 240)
) -> Path:
    """A 10-bit HEVC clip in BT.2020 with HLG (`arib-std-b67`, an iPhone's HDR video) or PQ
    (`smpte2084`, HDR10), made the way a camera makes it: the SDR patches of HDR_PATCHES
    converted in linear light, with SDR's white at HDR's reference white (203 nits)."""
    width, height = size
    (r1, g1, b1), (r2, g2, b2) = HDR_PATCHES
    source = (f"color=c=0x{r1:02X}{g1:02X}{b1:02X}:s={width}x{height}:d=1,"
              f"drawbox=x={width // 2}:w={width // 2}:h={height}:c=0x{r2:02X}{g2:02X}{b2:02X}"
              ":t=fill,format=yuv444p")  # fmt: skip
    to_hdr = ("zscale=tin=bt709:pin=bt709:min=bt709:rin=tv:t=linear:npl=203:p=bt2020:m=gbr,"
              f"format=gbrpf32le,zscale=t={transfer}:p=bt2020:m=bt2020nc:r=tv:npl=203,"
              "format=yuv420p10le")  # fmt: skip
    run_ffmpeg(["-f", "lavfi", "-i", source, "-vf", to_hdr, "-c:v", "libx265",
                "-x265-params", "log-level=error", "-color_primaries", "bt2020",
                "-color_trc", transfer, "-colorspace", "bt2020nc", str(path)])  # fmt: skip
    return path


def comb_strength(frame: np.ndarray) -> float:
    """How combed a picture is: how far each row is from the mean of the rows around it, on
    average. Whole pictures of a bar score near 0; two moments woven into one score high."""
    rows = frame.astype(np.float32).mean(axis=2) if frame.ndim == 3 else frame.astype(np.float32)
    return float(np.abs(2 * rows[1:-1] - rows[:-2] - rows[2:]).mean())


def blob_size(frame: np.ndarray, threshold: int = 128) -> tuple[int, int]:
    """Width and height of the bright blob in an RGB frame, in pixels."""
    bright = frame.max(axis=2) > threshold
    columns, rows = np.flatnonzero(bright.any(axis=0)), np.flatnonzero(bright.any(axis=1))
    return int(columns[-1] - columns[0] + 1), int(rows[-1] - rows[0] + 1)


def animation(path: Path, size: tuple[int, int] = (48, 32)) -> Path:
    """An animated GIF, WebP or PNG (by suffix) of red, green, blue frames, 100 ms each."""
    frames = [Image.new("RGB", size, colour) for colour in ANIMATION_COLOURS]
    extra = {"format": "PNG"} if path.suffix == ".png" else {}
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0,
                   **extra)  # fmt: skip
    return path


def cut_short_clip(path: Path, seconds: float = 4.0, keep: float = 0.3) -> Path:
    """A clip whose index (moov, written first) promises `seconds` but whose data is cut at
    `keep` of the file: a copy stopped part way."""
    full = path.with_name(f"full-{path.name}")
    # noise makes the pictures, not the index, most of the file, as in a real clip
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc=s=160x120:r=30:d={seconds}", "-vf", "noise=alls=30:allf=t", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(full)])  # fmt: skip
    data = full.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    full.unlink()
    return path


SONG_CODECS = {".m4a": ["-c:a", "aac", "-b:a", "128k"], ".mp3": ["-c:a", "libmp3lame", "-b:a", "128k"],
               ".wav": [], ".ogg": ["-c:a", "libvorbis"]}  # fmt: skip


def tone_song(path: Path, seconds: float = 12.0) -> Path:
    """A steady tone as a song, in the codec its suffix names."""
    run_ffmpeg(["-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}",
                *SONG_CODECS[path.suffix], str(path)])  # fmt: skip
    return path


def damaged_file(path: Path, at: float = 0.4, share: float = 0.15, zeros: bool = False) -> Path:
    """A copy of `path` with a stretch of its bytes from `at` of the file overwritten (garbage,
    or zeros), its size and index untouched: a bad download. A 12 s AAC `tone_song` damaged so
    plays nothing from 4.9 s to 6.7 s."""
    data = bytearray(path.read_bytes())
    begin, length = int(len(data) * at), int(len(data) * share)
    data[begin : begin + length] = (
        bytes(length) if zeros else np.random.default_rng(7).bytes(length)
    )
    damaged = path.with_name("damaged-" + path.name)
    damaged.write_bytes(bytes(data))
    return damaged


def vbr_mp3_without_xing(path: Path) -> Path:
    """6 s of VBR MP3 (2 s of silence, then 4 s of noise) with no Xing/VBRI header: ffmpeg's
    bitrate estimate from the quiet start makes it three times too long."""
    run_ffmpeg(["-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono:d=2",
                "-f", "lavfi", "-i", "anoisesrc=r=44100:d=4:a=0.5",
                "-filter_complex", "[0][1]concat=n=2:v=0:a=1",
                "-c:a", "libmp3lame", "-q:a", "0", "-write_xing", "0", str(path)])  # fmt: skip
    return path


def bomb_png(path: Path, width: int = 30000, height: int = 30000) -> Path:
    """A PNG of a few hundred bytes whose header declares `width` x `height`: decoding it would
    need gigabytes (and fail on its missing rows, so a message about size proves no decoding)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 4096)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows)
                     + chunk(b"IEND", b""))  # fmt: skip
    return path


def heic_photo(path: Path, colour: tuple[int, int, int] = (200, 40, 40),
               size: tuple[int, int] = (64, 48)) -> Path:  # fmt: skip
    """A HEIC photo of one colour, written by pillow-heif (as an iPhone would)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    Image.new("RGB", size, colour).save(path, format="HEIF", quality=95)
    return path


def garbled_clip(path: Path, stream: str = "a", seconds: float = 2.0) -> Path:
    """A clip whose sound (`stream` "a") or picture ("v") has every packet turned to garbage
    (ffmpeg's `noise` bitstream filter on each byte) while the rest is whole: a copy damaged in
    one of its streams."""
    whole = path.with_name(f"whole-{path.name}")
    run_ffmpeg(["-f", "lavfi", "-i", f"color=c=red:s=160x120:r=30:d={seconds}",
                "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:d={seconds}",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(whole)])  # fmt: skip
    run_ffmpeg(["-i", str(whole), "-c", "copy", f"-bsf:{stream}", "noise=amount=1", str(path)])
    whole.unlink()
    return path


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz_tag(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def display_p3_profile() -> bytes:
    """An ICC v2 matrix/curve profile with Display P3's primaries and sRGB's curve, the profile
    an iPhone embeds in its photos (built here: Pillow only makes sRGB)."""

    def chromaticity(x: float, y: float) -> np.ndarray:
        return np.array([x / y, 1.0, (1 - x - y) / y])

    white = chromaticity(0.3127, 0.3290)
    primaries = np.stack([chromaticity(*xy) for xy in ((0.680, 0.320), (0.265, 0.690),
                                                        (0.150, 0.060))], 1)  # fmt: skip
    primaries = primaries * np.linalg.solve(primaries, white)
    bradford = np.array([[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367],
                         [0.0389, -0.0685, 1.0296]])  # fmt: skip
    d50 = np.array([0.9642, 1.0, 0.8249])
    to_d50 = np.linalg.inv(bradford) @ np.diag((bradford @ d50) / (bradford @ white)) @ bradford
    pcs = to_d50 @ primaries
    levels = np.arange(1024) / 1023
    srgb_curve = np.where(levels <= 0.04045, levels / 12.92, ((levels + 0.055) / 1.055) ** 2.4)
    curve = (
        b"curv\0\0\0\0"
        + struct.pack(">I", 1024)
        + (srgb_curve * 65535).round().astype(">u2").tobytes()
    )
    name = b"Display P3 (test)\0"
    tags = [(b"desc", b"desc\0\0\0\0" + struct.pack(">I", len(name)) + name + b"\0" * 79),
            (b"wtpt", _xyz_tag(*d50)), (b"rXYZ", _xyz_tag(*pcs[:, 0])),
            (b"gXYZ", _xyz_tag(*pcs[:, 1])), (b"bXYZ", _xyz_tag(*pcs[:, 2])),
            (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]  # fmt: skip
    offset, table, data = 128 + 4 + 12 * len(tags), b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    body = struct.pack(">I", len(tags)) + table + data
    header = (struct.pack(">I", 128 + len(body)) + b"lcms" + struct.pack(">I", 0x02100000)
              + b"mntrRGB XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 24 + b"\0" * 4 + _s15(0.9642)
              + _s15(1.0) + _s15(0.8249) + b"\0" * 48)  # fmt: skip
    return header + body


def wide_gamut_photo(path: Path, colour: tuple[int, int, int]) -> Path:
    """A JPEG of one sRGB `colour` stored in Display P3 with its profile, as an iPhone does."""
    profile = display_p3_profile()
    stored = ImageCms.applyTransform(
        Image.new("RGB", (64, 48), colour),
        ImageCms.buildTransform(ImageCms.createProfile("sRGB"),
                                ImageCms.ImageCmsProfile(io.BytesIO(profile)), "RGB", "RGB"),
    )  # fmt: skip
    assert stored is not None
    stored.save(path, quality=98, icc_profile=profile)
    return path
