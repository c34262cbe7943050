"""Render the application icon from crossumer-studio.svg into every format the installers need.

PNG at the hicolor sizes (Linux), a multi-size .ico (Windows) and .icns (macOS), written to
packaging/icons/build/. Qt's SVG renderer draws, Pillow writes the icon containers.
Run: `python packaging/icons/make_icons.py` (make package does it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "crossumer-studio.svg"
OUT = HERE / "build"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(size: int, target: Path) -> None:
    """Draw the SVG at `size` x `size` pixels with a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"{target}: could not write the PNG")


def main() -> int:
    """Write build/<size>.png, crossumer-studio.png/.ico/.icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        render_png(size, OUT / f"{size}.png")
    render_png(1024, OUT / "crossumer-studio.png")
    big = Image.open(OUT / "crossumer-studio.png").convert("RGBA")
    big.save(OUT / "crossumer-studio.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "crossumer-studio.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
