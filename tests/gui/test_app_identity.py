"""The application's desktop identity: the icon (an SVG resource, rendered by
Qt's SVG icon engine at any size) and the desktop-file id the packaging uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from cosmart_desktop.ui.identity import APP_ID, apply_identity, icon_path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_window_icon_and_desktop_file_name(qapp: QGuiApplication) -> None:
    old_icon, old_name = qapp.windowIcon(), qapp.desktopFileName()
    try:
        apply_identity(qapp)
        assert qapp.desktopFileName() == APP_ID
        for size in (16, 48, 256):
            image = qapp.windowIcon().pixmap(size, size).toImage()
            assert (image.width(), image.height()) == (size, size)
            centre = image.pixelColor(size // 2, size // 2)
            corner = image.pixelColor(0, 0)
            assert centre.alpha() == 255  # the board is drawn …
            assert corner.alpha() == 0  # … inside rounded, transparent corners
    finally:
        qapp.setWindowIcon(old_icon)
        qapp.setDesktopFileName(old_name)


def test_the_packaging_names_the_same_application() -> None:
    assert Path(icon_path()).is_file()
    linux = PACKAGING / "linux"
    assert (linux / f"{APP_ID}.desktop").is_file()
    assert f"<id>{APP_ID}</id>" in (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "cosmart.spec").read_text(encoding="utf-8")
    assert f"APP_ID={APP_ID}" in (PACKAGING / "build.sh").read_text(encoding="utf-8")
