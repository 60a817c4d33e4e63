"""Render the application icon (resources/icons/cosmart.svg) for the installers.

Usage: ``python packaging/render_icons.py OUT_DIR``. Writes ``cosmart-SIZE.png``
(16 … 512 px, the Linux hicolor sizes), ``cosmart.ico`` (Windows: exe, start menu,
file association) and ``cosmart.icns`` (macOS). Generated at build time into the
build folder; nothing generated is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "cosmart_desktop" / "resources" / "icons" / "cosmart.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out: Path) -> list[Path]:
    """Render every size into ``out``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"cosmart-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"render_icons: could not write {path}")
        written.append(path)
    largest = Image.open(out / "cosmart-512.png").convert("RGBA")
    ico = out / "cosmart.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = out / "cosmart.icns"
    largest.save(icns, format="ICNS")
    written += [ico, icns]
    del app
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in render(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
