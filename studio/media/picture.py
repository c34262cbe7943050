"""The one place that opens pictures: photos, stickers, backgrounds, animations, HEIC.

Every picture is a creator's or designer's file, so untrusted: its declared size is read from
the header and checked before a single pixel is decoded. A PNG of a few hundred bytes can declare
30000x30000 (900 million pixels, 2.7 GB decoded): that is refused with one line naming the file.

The limit, MAX_PICTURE_PIXELS, is 50 million pixels: every phone's full-resolution photo fits
(48 MP is 8064x6048, 50 MP sensors are 8160x6120), and decoded as RGBA it is 200 MB, which with
the copies a fit or a resize makes keeps one picture under about half a gigabyte.

Animated GIF, WebP and PNG (APNG) are clips, not stills: `inspect_picture` reports their frames
and durations, and `AnimationFrames` walks them for the decoder.
"""

from __future__ import annotations

import io
import re
import stat as stat_kind
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from math import ceil
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms, ImageOps, JpegImagePlugin, UnidentifiedImageError

from studio.media.ffmpeg import MediaError

_heif: list[bool] = []  # [True] once the HEIC opener is registered, [False] if unavailable


def heic_supported() -> bool:
    """Register pillow-heif's opener with Pillow on first need (importing it costs ~0.1 s, so
    the studio does not pay it until a HEIC photo, or a picture Pillow cannot name, turns up)."""
    if not _heif:
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif.append(True)
        except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
            _heif.append(False)
    return _heif[0]


MAX_PICTURE_PIXELS = 50_000_000
# every frame is decoded once to learn its duration; 3000 frames is 100 s at 30 fps
MAX_ANIMATION_FRAMES = 3000
# browsers show a frame that declares 10 ms or less for 100 ms: animations are made to look
# right in a browser, so they are timed the same way here
SHORTEST_FRAME_MS = 10
DEFAULT_FRAME_MS = 100
HEIC_SUFFIXES = {".heic", ".heif"}
ANIMATED_CODECS = {"gif", "webp", "apng"}
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")
MAX_PROFILE_BYTES = 4 << 20  # a colour profile larger than this is not one a camera wrote
_SRGB = ImageCms.createProfile("sRGB")
ORIENTATION = 0x0112  # the EXIF tag
_ROTATED_ORIENTATIONS = {5, 6, 7, 8}  # EXIF orientations that turn the picture on its side
# what Pillow's readers raise for a damaged file: the errors they mean to, and those their code
# trips on (a GIF cut short raised IndexError from its frame count, past every handler)
DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError,
           ZeroDivisionError, struct.error)  # fmt: skip


@dataclass(frozen=True)
class PictureInfo:
    """A picture's header facts: upright size, format, and for an animation its frame timing."""

    width: int
    height: int
    format: str  # "gif", "webp", "apng", "png", "jpeg", "heif", ...
    frame_durations: tuple[float, ...] = ()  # seconds per frame; empty for a still

    @property
    def animated(self) -> bool:
        return len(self.frame_durations) > 1

    @property
    def duration(self) -> float:
        return round(float(sum(self.frame_durations)), 6)

    @property
    def fps(self) -> float:
        """The average frame rate (an animation's frames may each last differently)."""
        frames = len(self.frame_durations)
        return round(frames / self.duration, 3) if self.duration > 0 else 0.0


def check_declared_size(path: Path, width: int, height: int) -> None:
    """MediaError when `width` x `height` is above the picture limit (nothing decoded yet)."""
    if width * height > MAX_PICTURE_PIXELS:
        raise MediaError(
            path,
            f"the picture is too large to open ({width}x{height}, "
            f"{width * height / 1e6:.0f} MP; the limit is {MAX_PICTURE_PIXELS // 1_000_000} MP)",
        )


@contextmanager
def open_picture(path: str | Path) -> Iterator[Image.Image]:
    """The picture opened lazily (header only), its declared size already checked."""
    path = Path(path)
    if path.suffix.lower() in HEIC_SUFFIXES:
        heic_supported()
    try:
        if _special_file(path):  # a pipe would block the opener, a device never end
            raise MediaError(path, "is a device or pipe, not a picture file")
        try:
            image = _open(path)
        except UnidentifiedImageError:
            if _heif:
                raise
            heic_supported()  # a HEIC photo under another name: try again with its opener
            image = _open(path)
    except FileNotFoundError:
        raise MediaError(path, "no such file") from None
    except PermissionError:
        raise MediaError(path, "permission denied (the file cannot be read)") from None
    except IsADirectoryError:
        raise MediaError(path, "is a folder, not a video or photo") from None
    except Image.DecompressionBombError as exc:  # Pillow's own, higher, limit tripped first
        match = _BOMB_PIXELS.search(str(exc))
        pixels = f"{int(match.group(1)) / 1e6:.0f} MP" if match else "too many pixels"
        raise MediaError(path, f"the picture is too large to open ({pixels}; the limit is "
                         f"{MAX_PICTURE_PIXELS // 1_000_000} MP)") from None  # fmt: skip
    except UnidentifiedImageError:
        raise MediaError(path, _unreadable(path)) from None
    except OSError as exc:
        raise MediaError(path, f"cannot read the picture ({exc.strerror or exc})") from None
    try:
        check_declared_size(path, image.width, image.height)
        yield image
    finally:
        image.close()


def _open(path: Path) -> Image.Image:
    with warnings.catch_warnings():  # past Pillow's warning size ours refuses it anyway
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(path)


def _unreadable(path: Path) -> str:
    if path.suffix.lower() in HEIC_SUFFIXES and not heic_supported():
        return "HEIC photos are not supported on this installation"
    return "is not a video or photo (the picture cannot be read)"


def _decode_error(path: Path, exc: Exception) -> MediaError:
    if "truncated" in str(exc):  # Pillow's "image file is truncated (5 bytes not processed)"
        return MediaError(path, "the picture is cut short (its data ends early); copy it again")
    return MediaError(path, f"the picture is damaged and cannot be decoded ({exc})")


def check_picture_data(path: str | Path) -> None:
    """MediaError now when the picture's data is damaged or cut short: the header's check
    passes a JPEG cut at 60%, and the export failed half way through, at that photo. A JPEG
    is decoded at an eighth of its size (every byte is still read: 40 ms for 12 MP), any
    other picture whole; once per file while it is unchanged."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:  # gone since it was probed: the export's opener names it then
        return
    _check_data(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _check_data(name: str, size: int, mtime_ns: int) -> None:
    """The uncached check; `size` and `mtime_ns` only make a changed file a new key."""
    path = Path(name)
    with open_picture(path) as image:
        try:
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
        except DAMAGED as exc:
            raise _decode_error(path, exc) from None


def _special_file(path: Path) -> bool:
    """A device, pipe or socket (one stat; a missing file is for the opener to name)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat_kind.S_ISREG(mode) or stat_kind.S_ISDIR(mode))


def inspect_picture(path: str | Path) -> PictureInfo:
    """The picture's facts, from its header (and, for an animation, each frame's duration)."""
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise MediaError(path, "no such file") from None
    except OSError as exc:
        raise MediaError(path, f"cannot read the picture ({exc.strerror or exc})") from None
    return _inspect(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=128)
def _inspect(name: str, size: int, mtime_ns: int) -> PictureInfo:
    """The uncached inspection; `size` and `mtime_ns` only make a changed file a new key."""
    path = Path(name)
    try:
        with open_picture(path) as image:
            width, height = image.size
            if image.getexif().get(ORIENTATION) in _ROTATED_ORIENTATIONS:
                width, height = height, width
            kind = (image.format or path.suffix.lstrip(".")).lower()
            animated = bool(getattr(image, "is_animated", False))
            if kind == "png" and animated:
                kind = "apng"
            if animated and kind in ANIMATED_CODECS:
                return PictureInfo(width, height, kind, _frame_durations(path, image))
        with open_picture(path) as image:
            image.verify()  # cheap structural check (must follow open); decoding is on use
    except DAMAGED as exc:
        raise _decode_error(path, exc) from None
    return PictureInfo(width, height, kind)


def _frame_durations(path: Path, image: Image.Image) -> tuple[float, ...]:
    frames = int(getattr(image, "n_frames", 1))
    if frames > MAX_ANIMATION_FRAMES:
        raise MediaError(path, f"the animation has {frames} frames (the limit is "
                         f"{MAX_ANIMATION_FRAMES})")  # fmt: skip
    durations = []
    for index in range(frames):
        image.seek(index)
        image.load()  # WebP reports a frame's duration once it is read
        declared = image.info.get("duration") or 0
        milliseconds = DEFAULT_FRAME_MS if declared <= SHORTEST_FRAME_MS else float(declared)
        durations.append(round(milliseconds / 1000, 6))
    return tuple(durations)


def picture_problem(path: str | Path) -> str | None:
    """None when the picture can be opened safely, else the one line saying why not (for views
    that open pictures themselves, e.g. Qt's QPixmap)."""
    try:
        inspect_picture(path)
    except MediaError as exc:
        return str(exc)
    except OSError as exc:
        return f"{path}: cannot read the picture ({exc.strerror or exc})"
    return None


def load_picture_array(
    path: str | Path, shown_at: tuple[int, int] | None = None, fit: str = "cover"
) -> np.ndarray:
    """The picture upright (EXIF orientation applied) in sRGB as an H x W x 3 array, what is
    see-through in it shown over black; MediaError in one line.

    With `shown_at` (the width and height it is fitted into, by `fit`), a JPEG much larger than
    that is decoded at 1/2, 1/4 or 1/8 of its size (`_decode_smaller`): libjpeg scales as it
    decodes, so a 12 MP photo for a small region (a grid of photos) is read in half the time
    and a quarter of the memory, and a timeline thumbnail in a third of the time."""
    path = Path(path)
    with open_picture(path) as image:
        try:
            if shown_at is not None:
                _decode_smaller(image, shown_at, fit)
            return np.asarray(_upright_rgb(image))
        except DAMAGED as exc:
            raise _decode_error(path, exc) from None


def _upright_rgb(image: Image.Image) -> Image.Image:
    # one copy at most (a 12 MP photo's is 36 MB), made by the caller's array while the file is
    # open: Pillow's transpose and its conversion to RGB each made one
    ImageOps.exif_transpose(image, in_place=True)
    return over_black(in_srgb(image))


# the decode is scaled only while the resize after it still shrinks to this share or less: a
# 12 MP portrait photo decoded at half size (1500x2000) and then shrunk by 0.96 to 1080x1920 was
# visibly softer than shrunk once from the whole (two box filters in a row blur more than one);
# at a quarter or less the picture is as sharp as from the whole, within 2%
SHRINK_AFTER_DECODE = 0.25


def _decode_smaller(image: Image.Image, shown_at: tuple[int, int], fit: str) -> None:
    """Ask a JPEG's decoder for the smallest of its 1/1, 1/2, 1/4 and 1/8 sizes that is still at
    least 1/SHRINK_AFTER_DECODE times what `fit` makes of it in `shown_at` (cover and follow fill
    the box; contain fits inside it). Other formats are left whole."""
    if not isinstance(image, JpegImagePlugin.JpegImageFile):
        return
    width, height = shown_at
    if image.getexif().get(ORIENTATION) in _ROTATED_ORIENTATIONS:  # stored on its side
        width, height = height, width
    ratios = (width / image.width, height / image.height)
    needed = (min(ratios) if fit == "contain" else max(ratios)) / SHRINK_AFTER_DECODE
    if needed < 0.5:  # draft keeps both sides at or above the size asked for
        image.draft(image.mode, (max(1, ceil(image.width * needed)),
                                 max(1, ceil(image.height * needed))))  # fmt: skip


def over_black(picture: Image.Image) -> Image.Image:
    """An RGB or RGBA picture as RGB, what is see-through in it shown over black: RGB alone
    would show the colours a see-through part hides (a PNG's transparent corner is often
    magenta or white underneath, and a GIF's transparent colour anything its encoder chose)."""
    if picture.mode == "RGB":
        return picture  # converting it to its own mode would copy it
    if picture.mode != "RGBA":
        return picture.convert("RGB")
    return Image.alpha_composite(Image.new("RGBA", picture.size, "black"), picture).convert("RGB")


def load_picture_rgba(path: str | Path) -> np.ndarray:
    """The picture as an H x W x 4 uint8 array in sRGB (a sticker); MediaError in one line."""
    path = Path(path)
    with open_picture(path) as image:
        try:
            return np.asarray(in_srgb(image).convert("RGBA"))
        except DAMAGED as exc:
            raise _decode_error(path, exc) from None


def in_srgb(image: Image.Image) -> Image.Image:
    """`image` as 8-bit RGB or RGBA in sRGB, the colours the export is made in.

    A phone's photo carries its colour profile (an iPhone's is Display P3): read as sRGB, its
    red 199,58,39 came out 185,70,49, and Adobe RGB was up to 52 levels off. Its profile
    converts it instead (LittleCMS, perceptual); a profile that cannot be read leaves the
    picture as it is. A 16-bit grey PNG is brought to 8 bits (Pillow's own conversion clipped
    it to white)."""
    image = _eight_bit(image)
    if image.mode not in ("RGB", "RGBA") or "transparency" in image.info:  # a colour key too
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
    profile = image.info.get("icc_profile")
    if not profile or len(profile) > MAX_PROFILE_BYTES:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if source.profile.xcolor_space.strip() != "RGB" or "sRGB" in (
            ImageCms.getProfileDescription(source) or ""
        ):
            return image
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image
    return converted if converted is not None else image


def _eight_bit(image: Image.Image) -> Image.Image:
    """16- and 32-bit grey pictures (`I;16`, `I`, `F`) as 8-bit grey, scaled, not clipped."""
    if image.mode not in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        return image
    values = np.asarray(image, dtype=np.float64)
    top = float(values.max()) if values.size else 0.0
    if image.mode == "F" and top <= 1.0:
        scale = 255.0  # floats from 0 to 1
    elif image.mode.startswith("I;16") or top > 255:
        scale = 255.0 / 65535.0
    else:
        scale = 1.0  # 8-bit values stored wide
    grey = Image.fromarray(np.clip(values * scale + 0.5, 0, 255).astype(np.uint8))
    grey.info = dict(image.info)  # its profile, and its transparent grey brought to 8 bits
    if isinstance(key := grey.info.get("transparency"), int):
        grey.info["transparency"] = min(255, round(key * scale))
    return grey


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info


class AnimationFrames:
    """The frames of an animated picture in order, as RGB arrays, reopened to loop."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.info = inspect_picture(path)
        starts = np.cumsum((0.0, *self.info.frame_durations))
        self._starts = starts[:-1]
        self._image: Image.Image | None = None
        self._index = -1
        self._frame: np.ndarray | None = None

    def index_at(self, seconds: float) -> int:
        """The frame showing `seconds` into the animation (the last one past its end)."""
        return max(0, int(np.searchsorted(self._starts, seconds, side="right")) - 1)

    def frame(self, index: int) -> np.ndarray:
        """Frame `index` as H x W x 3 RGB (frames are composed on the ones before them)."""
        if index == self._index and self._frame is not None:
            return self._frame
        try:
            if self._image is None:  # its declared size was checked by inspect_picture
                self._image = Image.open(self.path)
            self._image.seek(index)
            # as a photo is: in sRGB, what is see-through over black (an animated GIF's or
            # APNG's transparent colour showed, a bright magenta disc)
            self._frame = np.asarray(over_black(in_srgb(self._image.convert("RGBA"))))
        except DAMAGED as exc:
            raise _decode_error(self.path, exc) from None
        self._index = index
        return self._frame

    def close(self) -> None:
        """Release the open file (safe to call twice)."""
        if self._image is not None:
            self._image.close()
            self._image = None
